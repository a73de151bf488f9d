package org.qitdb.submission.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.qitdb.common.FieldError;
import org.qitdb.standard.service.StandardInput;

/**
 * One row of a submission as read: its number (from 1, in the order sent), the line it starts on, the entry it
 * describes (null when it could not be read as one), the raw values for error reports, and read errors.
 */
public record ParsedRow(int row, Integer line, StandardInput input, JsonNode raw, List<FieldError> errors) {
}
