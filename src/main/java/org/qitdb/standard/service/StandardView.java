package org.qitdb.standard.service;

import java.time.Instant;
import java.util.List;
import org.qitdb.standard.store.Relation;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Standard", description = "One document of one SDO")
public record StandardView(
        @Schema(description = "Server-assigned, stable") UUID id,
        @Schema(examples = "ITU-T") String organization,
        @Schema(examples = "SG13") String group,
        @Schema(examples = "Y.3800") String identifier,
        List<String> aliases,
        String title,
        String summary,
        @Schema(examples = "recommendation") String documentType,
        @Schema(enumeration = {"planned", "in-development", "published", "superseded", "withdrawn"}, examples = "published") String status,
        String sdoStatus,
        String version,
        @Schema(examples = "2019-10") String publicationDate,
        String expectedDate,
        List<String> topics,
        List<String> keywords,
        String url,
        List<Relation> relations,
        @Schema(description = "Which client or submission last wrote it", examples = "admin") String provenance,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Starts at 1, grows by 1 on every real change; the ETag", examples = "1") long revision) {
}
