package org.qitdb.standard.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FacetCount", description = "How many entries of the current filter have this value")
public record FacetCount(
        @Schema(examples = "ETSI") String value,
        @Schema(examples = "20") long count,
        @Schema(description = "For the group facet: the group's organization") String organization) {
}
