package org.qitdb.submission.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Supplier;
import org.qitdb.common.FieldError;

/**
 * One row of a submission as read: its number (from 1, in the order sent), the line it starts on, the record it
 * describes as its kind's input type (null when it could not be read as one; see {@link SubmissionKind#inputType()}),
 * what names it in the report (its label member as sent), the raw values for error reports, and read errors.
 *
 * <p>The raw values are a supplier: an NDJSON row keeps its line and reads it again only when an error report needs
 * a value (measured 8 s into a 50 000-row submission: 245 MB of live heap with the trees kept, 209 MB without).
 */
public record ParsedRow(int row, Integer line, Object input, String label, Supplier<JsonNode> raw, List<FieldError> errors) {

    /** A value of a row quoted in a report (its label, a rejected value) is cut to this many characters. */
    static final int MAX_VALUE_LENGTH = 100;

    /** The values as sent (read again from an NDJSON line on each call: call it once per report of the row). */
    public JsonNode values() {
        return raw.get();
    }
}
