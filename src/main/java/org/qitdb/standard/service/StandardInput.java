package org.qitdb.standard.service;

import org.qitdb.standard.StandardVocabulary;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.qitdb.standard.store.Relation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A standard as clients write it (POST, PUT, upsert, bulk rows). Server-owned fields of a fetched entry
 * ({@code id}, {@code revision}, {@code createdAt}, {@code updatedAt}, {@code provenance}) are accepted and
 * ignored, so that a GET result can be edited and sent back; any other unknown field is rejected.
 */
@JsonIgnoreProperties(value = {"id", "revision", "createdAt", "updatedAt", "provenance"}, allowGetters = false)
@Schema(name = "StandardInput", description = "A standard to create or replace. Server-owned fields (id, revision, createdAt, updatedAt, provenance) are ignored if present.")
public record StandardInput(
        @Schema(required = true, description = "Code, slug, name or alias of the organization, any case", examples = "ITU-T") String organization,
        @Schema(description = "Code of a group of that organization, any case", examples = "SG13") String group,
        @Schema(required = true, maxLength = 200, description = "Identifier as the SDO writes it, without version; a leading organization name is removed", examples = "Y.3800") String identifier,
        @Schema(description = "Other identifiers the document has carried (provisional names, work items)", examples = "[\"Y.QKDN-pkpe-fr\"]") List<String> aliases,
        @Schema(required = true, maxLength = 1000, examples = "Overview on networks supporting quantum key distribution") String title,
        @Schema(maxLength = 10000) String summary,
        @Schema(required = true, implementation = StandardVocabulary.DocumentType.class) String documentType,
        @Schema(required = true, description = "planned, in-development, published, superseded, withdrawn — or an SDO's words such as 'In force', 'Under study', 'Stage 40.20', which are mapped and kept in sdoStatus",
                examples = "published") String status,
        @Schema(maxLength = 200, description = "The SDO's own status words", examples = "In force") String sdoStatus,
        @Schema(maxLength = 100, examples = "1.1.1") String version,
        @Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", examples = "2019-10") String publicationDate,
        @Schema(description = "For planned or in-development entries: YYYY, YYYY-MM or YYYY-MM-DD", examples = "2027") String expectedDate,
        @Schema(required = true, description = "Topic slugs, at least one", examples = "[\"qkdn-architecture\"]") List<String> topics,
        @Schema(examples = "[\"key management\"]") List<String> keywords,
        @Schema(description = "Official page (http or https)", examples = "https://www.itu.int/rec/T-REC-Y.3800/") String url,
        List<Relation> relations) {

    /** The same input for another organization (a submission's rows may leave their organization out). */
    public StandardInput withOrganization(String organizationCode) {
        return new StandardInput(organizationCode, group, identifier, aliases, title, summary, documentType, status, sdoStatus,
                version, publicationDate, expectedDate, topics, keywords, url, relations);
    }

    /** The same input with an identifier where it had none (an upsert's path names it). */
    public StandardInput withIdentifierIfBlank(String pathIdentifier) {
        if (identifier != null && !identifier.isBlank()) {
            return this;
        }
        return new StandardInput(organization, group, pathIdentifier, aliases, title, summary, documentType, status, sdoStatus,
                version, publicationDate, expectedDate, topics, keywords, url, relations);
    }

    public StandardInput withTitle(String newTitle) {
        return new StandardInput(organization, group, identifier, aliases, newTitle, summary, documentType, status, sdoStatus,
                version, publicationDate, expectedDate, topics, keywords, url, relations);
    }
}
