package org.qitdb.standard.feed.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "History", description = "Every revision of one entry, oldest first; also for deleted entries")
public record HistoryView(@Schema(required = true) UUID id, @Schema(required = true) String organization, @Schema(required = true) String identifier, @Schema(required = true) boolean deleted, @Schema(required = true) List<Revision> revisions) {

    @Schema(name = "Revision", description = "One write: when, by whom, and which fields changed from what to what")
    public record Revision(
            @Schema(required = true) long revision,
            @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String type,
            @Schema(required = true) Instant at,
            @Schema(description = "Token name, or the submission that carried the row", examples = "admin") String actor,
            @Schema(required = true, description = "Field → {from, to}") Map<String, FieldChange> changes) {
    }
}
