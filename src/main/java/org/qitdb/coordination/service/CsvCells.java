package org.qitdb.coordination.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qitdb.common.FieldError;
import org.qitdb.coordination.api.Party;

/**
 * How the register's rows are written in CSV: one column per field, multi-valued cells separated by {@code ;}, a
 * party as {@code organization:group} (the group optional: {@code ETSI:ISG QKD; IEEE}), booleans as true or false.
 */
final class CsvCells {

    static final String SEPARATOR = ";";
    /** Columns of a fetched record that the server owns: accepted in a header and ignored. */
    static final List<String> SERVER_OWNED = List.of("id", "revision", "createdAt", "updatedAt", "provenance");

    private CsvCells() {
    }

    /** Header cell → canonical column (any case), among the kind's columns and the server-owned ones; null when unknown. */
    static String column(String header, List<String> columns) {
        String wanted = header == null ? "" : header.strip();
        for (String column : columns) {
            if (column.equalsIgnoreCase(wanted)) {
                return column;
            }
        }
        for (String column : SERVER_OWNED) {
            if (column.equalsIgnoreCase(wanted)) {
                return column;
            }
        }
        return null;
    }

    static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> list(Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (String part : value.split(SEPARATOR)) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    /** {@code organization:group; organization} → parties; the first colon separates (group codes hold slashes, not colons). */
    static List<Party> parties(Map<String, String> cells, String column) {
        List<String> values = list(cells, column);
        if (values == null) {
            return null;
        }
        List<Party> parties = new ArrayList<>();
        for (String value : values) {
            int colon = value.indexOf(':');
            parties.add(colon < 0 ? new Party(value, null) : new Party(value.substring(0, colon).strip(),
                    value.substring(colon + 1).isBlank() ? null : value.substring(colon + 1).strip()));
        }
        return parties;
    }

    static Boolean bool(Map<String, String> cells, String column, List<FieldError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                errors.add(new FieldError(column, "write true or false"));
                yield null;
            }
        };
    }

    static Integer integer(Map<String, String> cells, String column, List<FieldError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.startsWith("Q") || value.startsWith("q") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "write a number, e.g. 4 (or Q4)"));
            return null;
        }
    }
}
