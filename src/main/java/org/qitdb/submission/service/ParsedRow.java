package org.qitdb.submission.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.qitdb.common.FieldError;

/**
 * One row of a submission as read: its number (from 1, in the order sent), the line it starts on, the record it
 * describes as its kind's input type (null when it could not be read as one; see {@link SubmissionKind#inputType()}),
 * the raw values for error reports, and read errors.
 */
public record ParsedRow(int row, Integer line, Object input, JsonNode raw, List<FieldError> errors) {
}
