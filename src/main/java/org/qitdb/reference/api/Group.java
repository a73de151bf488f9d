package org.qitdb.reference.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Group", description = "A group (study group, technical committee, ISG …) of an organization")
public record Group(
        @Schema(required = true, examples = "ITU-T") String organization,
        @Schema(required = true, examples = "SG13") String code,
        @Schema(required = true, examples = "Study Group 13: Future networks and emerging network technologies") String name,
        @Schema(description = "Code of the parent group of the same organization") String parent,
        String url) {
}
