package org.qitdb.standard.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacetCount", description = "How many entries of the current filter have this value")
public record FacetCount(
        @Schema(required = true, examples = "ETSI") String value,
        @Schema(required = true, examples = "20") long count,
        @Schema(description = "For the group facet: the group's organization") String organization) {
}
