package org.qitdb.common;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** How values a client sent are read: blanks and whitespace, ids parsed once, and echoes in messages kept short. */
public final class ClientValues {

    /** Echoes of client values in problem details never run longer than this. */
    public static final int ECHO_LENGTH = 80;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ClientValues() {
    }

    public static String shorten(String value) {
        return shorten(value, ECHO_LENGTH);
    }

    public static String shorten(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() > max ? value.substring(0, max - 3) + "..." : value;
    }

    /** Absent, empty or only whitespace: a field the client did not fill. */
    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The value without surrounding whitespace, or null when it is blank. */
    public static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    /**
     * The value as a key under which names that differ only in case and spacing are one: without surrounding
     * whitespace, each inner run of whitespace one space, in lower case (organization names, group codes, references).
     */
    public static String folded(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** An id from a path; one that is not a UUID names nothing here, so it is a 404 like any unknown id. */
    public static UUID id(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refused.notFound("no " + what + " with id '" + shorten(String.valueOf(value)) + "'");
        }
    }
}
