package org.qitdb.standard.api;

import org.qitdb.standard.StandardVocabulary;
import java.util.List;
import org.qitdb.standard.store.Relation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /standards/{id}} as the contract describes it: a JSON Merge Patch (RFC 7396) of a
 * {@link StandardInput}. Every member is optional, a member present replaces the stored value and {@code null} removes
 * it; the result must still be a valid entry (so the required fields of a full write cannot be removed). The server
 * reads the patch as a JSON tree; this record only gives generated clients a type in which one field can be sent alone.
 */
@Schema(name = "StandardPatch", description = "A JSON Merge Patch (RFC 7396) of a standard: members present replace the stored value, "
        + "`null` removes it (the optional fields only), absent members stay as they are. The patched entry must be valid as a whole.")
public record StandardPatch(
        @Schema(description = "Code, slug, name or alias of the organization, any case", examples = "ITU-T") String organization,
        @Schema(nullable = true, description = "Code of a group of that organization; `null` removes it", examples = "SG13") String group,
        @Schema(maxLength = 200, examples = "Y.3800") String identifier,
        @Schema(nullable = true, description = "Replaces the whole list", examples = "[\"Y.QKDN-pkpe-fr\"]") List<String> aliases,
        @Schema(maxLength = 1000) String title,
        @Schema(nullable = true, maxLength = 10000) String summary,
        @Schema(implementation = StandardVocabulary.DocumentType.class) String documentType,
        @Schema(description = "A canonical status or an SDO's words, as for a full write", examples = "published") String status,
        @Schema(nullable = true, maxLength = 200) String sdoStatus,
        @Schema(nullable = true, maxLength = 100, examples = "1.2.1") String version,
        @Schema(nullable = true, description = "YYYY, YYYY-MM or YYYY-MM-DD", examples = "2019-10") String publicationDate,
        @Schema(nullable = true, description = "YYYY, YYYY-MM or YYYY-MM-DD", examples = "2027") String expectedDate,
        @Schema(description = "Replaces the whole list; at least one topic must remain") List<String> topics,
        @Schema(nullable = true, description = "Replaces the whole list") List<String> keywords,
        @Schema(nullable = true, description = "Official page (http or https)") String url,
        @Schema(nullable = true, description = "Replaces the whole list") List<Relation> relations) {
}
