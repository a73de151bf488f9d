package org.qitdb.coordination.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.FieldChange;

@Schema(name = "RegisterHistory", description = "Every revision of one record of the coordination register, oldest first; also after a delete")
public record RegisterHistory(
        @Schema(required = true, enumeration = {"meeting", "liaison-statement", "coordination-question"}) String kind,
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "A meeting's code, a statement's reference, a question's number (Q4)") String label,
        @Schema(required = true) boolean deleted,
        @Schema(required = true) List<Revision> revisions) {

    @Schema(name = "RegisterRevision", description = "One write: when, by whom, which fields changed from what to what")
    public record Revision(
            @Schema(required = true) long revision,
            @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String type,
            @Schema(required = true) Instant at,
            @Schema(required = true, description = "Token name, the submission that carried the row, or seed", examples = "admin") String actor,
            @Schema(required = true, description = "Field → {from, to}") Map<String, FieldChange> changes) {
    }
}
