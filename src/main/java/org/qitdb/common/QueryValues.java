package org.qitdb.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters as the list parsers read them: a filter that may be repeated, a value given once. A bad use is a
 * 400 problem naming the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** Every value of a repeatable parameter, stripped; none may be blank, and at most {@code max} of them. */
    public static List<String> repeated(String name, List<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw Refused.invalidParameter(name, name + " may be repeated at most " + max + " times");
        }
        List<String> nonBlank = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw Refused.invalidParameter(name, name + " must not be empty");
            }
            nonBlank.add(value.strip());
        }
        return nonBlank;
    }

    /** A true/false parameter (either case); the default when absent or blank; anything else is a 400 naming it. */
    public static boolean bool(String name, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Refused.invalidParameter(name, name + " must be true or false");
        };
    }

    /** The value of a parameter that may be given once, stripped; null when absent; never blank. */
    public static String single(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw Refused.invalidParameter(name, name + " may be given once only");
        }
        String value = values.get(0);
        if (value == null || value.isBlank()) {
            throw Refused.invalidParameter(name, name + " must not be empty");
        }
        return value.strip();
    }
}
