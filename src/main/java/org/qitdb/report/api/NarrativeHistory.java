package org.qitdb.report.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.FieldChange;

@Schema(name = "ReportNarrativeHistory", description = "Every revision of a section's paragraph, oldest first")
public record NarrativeHistory(
        @Schema(required = true, enumeration = {"scope", "numbers", "changes", "overlap", "gaps", "trends", "coordination"}) String section,
        @Schema(required = true) List<Revision> revisions) {

    @Schema(name = "ReportNarrativeRevision", description = "One change: when, by whom, from what to what")
    public record Revision(
            @Schema(required = true, examples = "1") long revision,
            @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String type,
            @Schema(required = true) Instant at,
            @Schema(required = true, examples = "admin") String actor,
            @Schema(required = true, description = "Field → {from, to}") Map<String, FieldChange> changes) {
    }
}
