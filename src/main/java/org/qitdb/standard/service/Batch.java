package org.qitdb.standard.service;

import java.util.List;

/**
 * Many rows written as one: a liaison submission's or the seed's. {@code organization}, when set, is the one every
 * row belongs to (a row naming another is rejected; a row naming none is taken as the batch's). {@code atomic}: all
 * rows or none. {@code dryRun}: decide every row's outcome, write nothing.
 */
public record Batch(String organization, List<Row> rows, boolean atomic, boolean dryRun, StandardWrites.Author author) {

    /**
     * One row: its number in the batch (from 1), and the entry it describes, or (input null) the reasons it could not
     * be read as one.
     */
    public record Row(int row, StandardInput input, List<org.qitdb.common.FieldError> readErrors) {

        public static Row of(int row, StandardInput input) {
            return new Row(row, input, List.of());
        }
    }
}
