package org.qitdb.seed.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeedEntry", description = "Where a seeded standard came from: the shipped file, its edition, the confidence and the sources")
public record SeedEntry(
        @Schema(description = "The entry in the database (absent when it was not written, e.g. deleted before the seed could bring it)") UUID standardId,
        @Schema(required = true, examples = "ITU-T") String organization,
        @Schema(required = true, examples = "Y.3800") String identifier,
        @Schema(required = true, examples = "qit-standards.json") String sourceFile,
        @Schema(required = true, examples = "2") int edition,
        @Schema(required = true, description = "existing (kept from the previous edition), existing-corrected or new", examples = "new") String origin,
        @Schema(required = true, description = "high: the SDO's own page or the document confirms identifier and title; medium: secondary sources only, or one field inferred; low: weaker still",
                enumeration = {"high", "medium", "low"}) String confidence,
        @Schema(required = true, description = "URLs (or references) with a note each") List<String> sources,
        String notes) {
}
