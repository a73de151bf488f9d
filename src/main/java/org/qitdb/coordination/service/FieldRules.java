package org.qitdb.coordination.service;

import static org.qitdb.common.ClientValues.blank;
import static org.qitdb.common.ClientValues.folded;
import static org.qitdb.common.ClientValues.shorten;
import static org.qitdb.common.ClientValues.trimmed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.qitdb.common.FieldError;

/**
 * The checks the register's validators share: bounded text, dates, enumerations, links and ids. Each adds a field
 * error in the house's shape and returns the canonical value (null when absent or invalid).
 */
final class FieldRules {

    static final int MAX_URL = 2000;

    private FieldRules() {
    }

    /** A key under which values that differ only in case and spacing are one: references, meeting codes. */
    static String key(String value) {
        return folded(value);
    }

    /** Free text of bounded length; null when absent or blank. */
    static String text(String value, String field, int max, List<FieldError> errors) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return text;
    }

    /** Like {@link #text}, and required. */
    static String required(String value, String field, int max, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return text(value, field, max, errors);
    }

    static LocalDate date(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "'" + shorten(value) + "' is not a date: use YYYY-MM-DD"));
            return null;
        }
    }

    static OffsetDateTime dateTime(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            // meetings are announced to the minute: sub-second parts would only make two writes of one time differ
            return OffsetDateTime.parse(value.strip()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "'" + shorten(value) + "' is not a date and time with its UTC offset: use "
                    + "YYYY-MM-DDTHH:MM:SS+HH:MM (e.g. 2023-03-22T13:00:00+01:00)"));
            return null;
        }
    }

    /** One of the allowed values (any case); null when absent. */
    static String oneOf(String value, String field, List<String> allowed, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            errors.add(new FieldError(field, "'" + shorten(value) + "' is not one of " + String.join(", ", allowed)));
            return null;
        }
        return wanted;
    }

    /** http(s) links, without repeats, at most {@code max}. */
    static List<String> urls(List<String> values, String field, int max, List<FieldError> errors) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            errors.add(new FieldError(field, "may hold at most " + max + " links"));
            return List.of();
        }
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String url = url(values.get(i), field + "[" + i + "]", errors);
            if (url != null) {
                urls.add(url);
            }
        }
        return List.copyOf(urls);
    }

    static String url(String value, String field, List<FieldError> errors) {
        String url = trimmed(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (url.length() <= MAX_URL && uri.getHost() != null && uri.getScheme() != null
                    && List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.add(new FieldError(field, "is not an http or https link of at most " + MAX_URL + " characters"));
        return null;
    }

    /** Ids as UUIDs, without repeats, at most {@code max}. */
    static List<UUID> ids(List<String> values, String field, int max, List<FieldError> errors) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            errors.add(new FieldError(field, "may hold at most " + max + " ids"));
            return List.of();
        }
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            UUID id = id(values.get(i), field + "[" + i + "]", errors);
            if (id != null) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    static UUID id(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + shorten(value) + "' is not an id (a UUID)"));
            return null;
        }
    }

    /** A list too long for its field adds an error and reads as empty. */
    static <T> List<T> bounded(List<T> values, String field, int max, List<FieldError> errors) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            errors.add(new FieldError(field, "may hold at most " + max + " items"));
            return List.of();
        }
        return new ArrayList<>(values);
    }
}
