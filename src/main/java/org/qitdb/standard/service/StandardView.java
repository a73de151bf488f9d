package org.qitdb.standard.service;

import org.qitdb.standard.StandardVocabulary;
import java.time.Instant;
import java.util.List;
import org.qitdb.standard.store.Relation;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Standard", description = "One document of one SDO")
public record StandardView(
        @Schema(required = true, readOnly = true, description = "Server-assigned, stable") UUID id,
        @Schema(required = true, examples = "ITU-T") String organization,
        @Schema(examples = "SG13") String group,
        @Schema(required = true, examples = "Y.3800") String identifier,
        @Schema(required = true) List<String> aliases,
        @Schema(required = true) String title,
        String summary,
        @Schema(required = true, implementation = StandardVocabulary.DocumentType.class) String documentType,
        @Schema(required = true, implementation = StandardVocabulary.Status.class) String status,
        String sdoStatus,
        String version,
        @Schema(examples = "2019-10") String publicationDate,
        String expectedDate,
        @Schema(required = true) List<String> topics,
        @Schema(required = true) List<String> keywords,
        String url,
        @Schema(required = true) List<Relation> relations,
        @Schema(required = true, readOnly = true, description = "Which client or submission last wrote it", examples = "admin") String provenance,
        @Schema(required = true, readOnly = true) Instant createdAt,
        @Schema(required = true, readOnly = true) Instant updatedAt,
        @Schema(required = true, readOnly = true, description = "Starts at 1, grows by 1 on every real change; the ETag", examples = "1") long revision) {
}
