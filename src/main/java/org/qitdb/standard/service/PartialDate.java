package org.qitdb.standard.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as SDOs give it: a year, a year and month, or a full date (ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD). */
public record PartialDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public static Optional<PartialDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1800 || year > 2200) {
                return Optional.empty();
            }
            if (m.group(2) == null) {
                return Optional.of(new PartialDate(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new PartialDate(value.strip(), month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new PartialDate(value.strip(), day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public int year() {
        return first.getYear();
    }
}
