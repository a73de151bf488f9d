package org.qitdb.submission.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.qitdb.common.FieldError;
import org.qitdb.security.Caller;

/**
 * What a submission of one kind loads ({@code POST /submissions?kind=…}): how its rows read in CSV and JSON, and how
 * a batch of them is validated and written. The submission feature owns the rest, whatever the kind: parameters,
 * the parsers of the three formats, the per-row report, atomic and partial modes, dry runs and the Idempotency-Key.
 * Standards are the default kind ({@link StandardSubmissions}); other features add kinds by implementing this.
 */
public interface SubmissionKind {

    /** What a row did, or would do in a dry run. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** The name of the kind in {@code ?kind=} and in stored submissions. */
    String name();

    /** The CSV columns a header may name, in the template's order. */
    List<String> columns();

    /** A header cell's canonical column (any case), or null when the kind does not know it. */
    String column(String header);

    /** A CSV header names at least one of these columns; otherwise its first line is taken for data, not a header. */
    List<String> headerMarkers();

    /** The template's example row, by column. */
    Map<String, String> exampleRow();

    /** The type a JSON row (an object) is read as; unknown fields and wrong types become errors of that row. */
    Class<?> inputType();

    /** A CSV row's cells, by canonical column, as the kind's input; cells that cannot be read add errors. */
    Object fromCsv(Map<String, String> cells, List<FieldError> errors);

    /** The member of a row as sent that names it in the report (identifier, reference …). */
    String labelField();

    /**
     * Validates the rows and writes the valid ones in the caller's transaction, which also holds the submission's
     * record. {@link Result#applied()} is false for a dry run and for an atomic batch with a rejected row: the caller
     * then rolls the transaction back, so a kind may write row by row (later rows seeing earlier ones) and leave
     * undoing to the rollback.
     */
    Result apply(Rows rows);

    /** After the load's transaction committed: what the kind does once its rows are in (nothing, by default). */
    default void committed(Result result) {
    }

    /**
     * A batch as the submission read it: the organization that sent it (a row naming another is rejected, a row naming
     * none is taken as the batch's), its rows, the mode, and who writes (the provenance names the submission).
     */
    record Rows(String organization, List<ParsedRow> rows, boolean atomic, boolean dryRun, Caller caller, String provenance) {
    }

    /** One row's outcome (empty when rejected, with the errors), the record it wrote and, for updates, what changed. */
    record RowResult(int row, Optional<Outcome> outcome, UUID id, String label, Map<String, FieldChange> changes,
            List<FieldError> errors) {

        public boolean rejected() {
            return outcome.isEmpty();
        }

        public static RowResult rejected(int row, List<FieldError> errors) {
            return new RowResult(row, Optional.empty(), null, null, Map.of(), List.copyOf(errors));
        }

        public static RowResult of(int row, Outcome outcome, UUID id, String label, Map<String, FieldChange> changes) {
            return new RowResult(row, Optional.of(outcome), id, label, changes, List.of());
        }
    }

    /** Every row's outcome, in row order, and whether the batch applied (see {@link #apply}). */
    record Result(boolean applied, List<RowResult> rows) {

        /**
         * The result of applying rows one at a time: applied unless it is a dry run, or an atomic batch with a rejected
         * row (the load then rolls back).
         */
        public static Result ofRows(Rows batch, java.util.function.Function<ParsedRow, RowResult> applyRow) {
            List<RowResult> results = new java.util.ArrayList<>();
            boolean rejected = false;
            for (ParsedRow row : batch.rows()) {
                RowResult result = applyRow.apply(row);
                rejected |= result.rejected();
                results.add(result);
            }
            return new Result(!batch.dryRun() && !(batch.atomic() && rejected), results);
        }
    }
}
