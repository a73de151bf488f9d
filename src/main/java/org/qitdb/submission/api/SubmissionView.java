package org.qitdb.submission.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Submission", description = "A liaison bulk load and what happened to each of its rows")
public record SubmissionView(
        @Schema(readOnly = true, description = "Absent for dry runs, which are not stored") UUID id,
        @Schema(required = true, enumeration = {"standards", "liaison-statements", "coordination-answers"},
                description = "What the rows are: entries (the default), liaison statements or answers to coordination questions")
        String kind,
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true, description = "The liaison statement's reference", examples = "LS-2026-117") String reference,
        @Schema(required = true) LocalDate receivedOn,
        @Schema(required = true, enumeration = {"json", "ndjson", "csv"}) String format,
        @Schema(required = true, enumeration = {"atomic", "partial"}) String mode,
        @Schema(required = true) boolean dryRun,
        @Schema(required = true, enumeration = {"applied", "partially-applied", "rejected", "validated"},
                description = "applied: every row; partially-applied: the valid rows (partial mode); rejected: nothing (atomic "
                        + "mode with invalid rows); validated: a dry run") String status,
        @Schema(required = true) Counts counts,
        @Schema(description = "Every rejected row's problems (in a stored submission's full view; absent from list summaries)") List<RowError> errors,
        @Schema(description = "Every row's outcome (in the answer to POST; stored submissions keep it for replays)") List<RowReport> rows,
        @Schema(description = "The token that sent it") String submittedBy,
        Instant createdAt,
        @Schema(description = "The registered liaison statement whose reference this submission's reference is; absent when none is")
        StatementLink liaisonStatement) {

    /** A registered liaison statement, briefly: its id (a link to /api/v1/liaison-statements/{id}) and reference. */
    @Schema(name = "SubmissionStatementLink")
    public record StatementLink(@Schema(required = true) UUID id, @Schema(required = true, examples = "LS-2026-117") String reference) {
    }

    public SubmissionView withKind(String newKind) {
        return new SubmissionView(id, newKind, organization, reference, receivedOn, format, mode, dryRun, status, counts, errors,
                rows, submittedBy, createdAt, liaisonStatement);
    }

    /** The same view linked to the statement its reference names (none: no link). */
    public SubmissionView withStatement(org.qitdb.submission.service.LiaisonStatementLinks.Link statement) {
        return new SubmissionView(id, kind, organization, reference, receivedOn, format, mode, dryRun, status, counts, errors,
                rows, submittedBy, createdAt, statement == null ? null : new StatementLink(statement.id(), statement.reference()));
    }

    @Schema(name = "SubmissionCounts")
    public record Counts(@Schema(required = true) int received, @Schema(required = true) int created, @Schema(required = true) int updated, @Schema(required = true) int unchanged, @Schema(required = true) int rejected) {
    }

    @Schema(name = "RowError", description = "One problem of one row")
    public record RowError(
            @Schema(required = true, description = "Row number, from 1 in the order sent") int row,
            @Schema(description = "Line of the body where the row starts") Integer line,
            @Schema(examples = "status") String field,
            @Schema(description = "The offending value, shortened") String value,
            @Schema(required = true) String message) {
    }

    @Schema(name = "RowReport", description = "What happened (or, in a dry run, would happen) to one row")
    public record RowReport(
            @Schema(required = true) int row,
            Integer line,
            String identifier,
            @Schema(required = true, enumeration = {"created", "updated", "unchanged", "rejected", "not-applied"}) String outcome,
            @Schema(description = "The entry the row created or updated") UUID id,
            @Schema(description = "For updates: field → {from, to}") Map<String, FieldChange> changes) {
    }
}
