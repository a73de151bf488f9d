package org.qitdb.standard.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.qitdb.common.FieldError;

/**
 * What a batch did to each of its rows, in row order. {@code applied} is false for a dry run and for an atomic batch
 * with a rejected row: then the outcomes say what would have happened, and nothing was written.
 */
public record BatchResult(boolean applied, List<RowResult> rows) {

    /**
     * One row: its outcome (empty when rejected, with the errors), the entry it created, updated or left unchanged,
     * and for updates the fields that changed.
     */
    public record RowResult(int row, Optional<StandardWrites.Outcome> outcome, UUID id, String identifier,
            Map<String, FieldChange> changes, List<FieldError> errors) {

        public boolean rejected() {
            return outcome.isEmpty();
        }
    }

    /** Rows that created or updated an entry (or would have, when nothing was applied). */
    public long written() {
        return rows.stream().filter(r -> r.outcome().filter(o -> o == StandardWrites.Outcome.CREATED
                || o == StandardWrites.Outcome.UPDATED).isPresent()).count();
    }

    public long rejected() {
        return rows.stream().filter(RowResult::rejected).count();
    }
}
