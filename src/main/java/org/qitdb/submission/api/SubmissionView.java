package org.qitdb.submission.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "A liaison bulk load and what happened to each of its rows")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(
        @Schema(description = "Absent for dry runs, which are not stored") UUID id,
        @Schema(examples = "ETSI") String organization,
        @Schema(description = "The liaison statement's reference", examples = "LS-2026-117") String reference,
        LocalDate receivedOn,
        @Schema(enumeration = {"json", "ndjson", "csv"}) String format,
        @Schema(enumeration = {"atomic", "partial"}) String mode,
        boolean dryRun,
        @Schema(enumeration = {"applied", "partially-applied", "rejected", "validated"},
                description = "applied: every row; partially-applied: the valid rows (partial mode); rejected: nothing (atomic "
                        + "mode with invalid rows); validated: a dry run") String status,
        Counts counts,
        @Schema(description = "Every rejected row's problems") List<RowError> errors,
        @Schema(description = "Every row's outcome (in the answer to POST; stored submissions keep it for replays)") List<RowReport> rows,
        @Schema(description = "The token that sent it") String submittedBy,
        Instant createdAt) {

    @Schema(name = "SubmissionCounts")
    public record Counts(int received, int created, int updated, int unchanged, int rejected) {
    }

    @Schema(name = "RowError", description = "One problem of one row")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(
            @Schema(description = "Row number, from 1 in the order sent") int row,
            @Schema(description = "Line of the body where the row starts") Integer line,
            @Schema(examples = "status") String field,
            @Schema(description = "The offending value, shortened") String value,
            String message) {
    }

    @Schema(name = "RowReport", description = "What happened (or, in a dry run, would happen) to one row")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowReport(
            int row,
            Integer line,
            String identifier,
            @Schema(enumeration = {"created", "updated", "unchanged", "rejected", "not-applied"}) String outcome,
            @Schema(description = "The entry the row created or updated") UUID id,
            @Schema(description = "For updates: field → {from, to}") Map<String, FieldChange> changes) {
    }
}
