package org.qitdb.search.service;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Suggestion", description = "An entry whose identifier or title starts like what was typed")
public record Suggestion(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "ITU-T") String organization,
        @Schema(required = true, examples = "Y.3800") String identifier,
        @Schema(required = true) String title) {
}
