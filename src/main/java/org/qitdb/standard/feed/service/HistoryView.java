package org.qitdb.standard.feed.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "History", description = "Every revision of one entry, oldest first; also for deleted entries")
public record HistoryView(UUID id, String organization, String identifier, boolean deleted, List<Revision> revisions) {

    @Schema(name = "Revision", description = "One write: when, by whom, and which fields changed from what to what")
    public record Revision(
            long revision,
            @Schema(enumeration = {"created", "updated", "deleted"}) String type,
            Instant at,
            @Schema(description = "Token name, or the submission that carried the row", examples = "admin") String actor,
            @Schema(description = "Field → {from, to}") Map<String, FieldChange> changes) {
    }
}
