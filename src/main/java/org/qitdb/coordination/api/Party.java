package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization and, optionally, one of its groups. In input the organization may be named by code, slug, name or
 * alias and the group by its code, in any case; answers spell both as the reference data does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Party", description = "An organization and optionally one of its groups; the group is absent when the whole organization is meant")
public record Party(
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(examples = "ISG QKD") String group) {
}
