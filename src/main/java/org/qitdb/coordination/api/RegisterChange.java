package org.qitdb.coordination.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.FieldChange;

@Schema(name = "RegisterChange", description = "One write of a record of the coordination register")
public record RegisterChange(
        @Schema(required = true, enumeration = {"meeting", "liaison-statement", "coordination-question"}) String kind,
        @Schema(required = true, description = "The record's id") UUID id,
        @Schema(required = true, description = "A meeting's code, a statement's reference, a question's number (Q4)") String label,
        @Schema(required = true) long revision,
        @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String type,
        @Schema(required = true) Instant at,
        @Schema(required = true, examples = "admin") String actor,
        @Schema(required = true, description = "Field → {from, to}") Map<String, FieldChange> changes) {
}
