package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void yearCoversTheWholeYear() {
        PartialDate date = PartialDate.parse("2023").orElseThrow();
        assertThat(date.text()).isEqualTo("2023");
        assertThat(date.first()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(date.last()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(date.year()).isEqualTo(2023);
    }

    @Test
    void yearAndMonthCoversTheWholeMonth() {
        PartialDate date = PartialDate.parse("2023-04").orElseThrow();
        assertThat(date.text()).isEqualTo("2023-04");
        assertThat(date.first()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(date.last()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(date.year()).isEqualTo(2023);
    }

    @ParameterizedTest
    @CsvSource({
            "2023-01, 31",
            "2023-02, 28",
            "2024-02, 29",
            "2000-02, 29",
            "1900-02, 28",
            "2023-06, 30",
            "2023-12, 31",
    })
    void monthEndsOnItsLastDayIncludingLeapYears(String text, int lastDay) {
        assertThat(PartialDate.parse(text).orElseThrow().last().getDayOfMonth()).isEqualTo(lastDay);
    }

    @Test
    void fullDateIsASingleDay() {
        PartialDate date = PartialDate.parse("2023-11-07").orElseThrow();
        assertThat(date.text()).isEqualTo("2023-11-07");
        assertThat(date.first()).isEqualTo(LocalDate.of(2023, 11, 7));
        assertThat(date.last()).isEqualTo(date.first());
        assertThat(date.year()).isEqualTo(2023);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2000-02-29", "2023-12-31", "2023-01-01", "1800-01-01", "2200-12-31"})
    void acceptsRealDates(String text) {
        assertThat(PartialDate.parse(text)).get().extracting(PartialDate::text).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-02-29", "1900-02-29", "2023-04-31", "2023-13", "2023-00", "2023-13-01",
            "2023-00-10", "2023-01-00", "2023-01-32"})
    void rejectsDatesThatDoNotExist(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23", "202", "20231", "2023-1", "2023-1-5", "2023-01-5", "2023/01/05", "2023.01.05", "05-01-2023",
            "2023-01-05T10:00", "2023-01-05Z", "2023 01", "2023-", "2023-01-", "Jan 2023", "2023a", "+2023", "-2023",
            "２０２３"})
    void rejectsTextThatIsNotIsoYearMonthOrDate(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1799", "0000", "0999", "2201", "9999", "1799-12-31", "2201-01"})
    void rejectsYearsOutsideAPlausibleRange(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @Test
    void acceptsTheBoundaryYears() {
        assertThat(PartialDate.parse("1800")).isPresent();
        assertThat(PartialDate.parse("2200")).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void hasNoDateForNothing(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @Test
    void ignoresSurroundingWhitespaceAndKeepsTheTrimmedText() {
        assertThat(PartialDate.parse(" 2023 ").orElseThrow().text()).isEqualTo("2023");
        assertThat(PartialDate.parse("\t2023-04 ").orElseThrow().text()).isEqualTo("2023-04");
        assertThat(PartialDate.parse(" 2023-04-05\n").orElseThrow().text()).isEqualTo("2023-04-05");
    }

    @Test
    void firstIsNeverAfterLast() {
        for (String text : new String[] {"2023", "2024-02", "2023-12", "2023-06-15"}) {
            PartialDate date = PartialDate.parse(text).orElseThrow();
            assertThat(date.first()).as(text).isBeforeOrEqualTo(date.last());
            assertThat(date.first().getYear()).isEqualTo(date.last().getYear()).isEqualTo(date.year());
        }
    }

    @Test
    void narrowerDatesLieWithinWiderOnes() {
        PartialDate year = PartialDate.parse("2024").orElseThrow();
        PartialDate month = PartialDate.parse("2024-02").orElseThrow();
        PartialDate day = PartialDate.parse("2024-02-29").orElseThrow();
        assertThat(month.first()).isAfterOrEqualTo(year.first());
        assertThat(month.last()).isBeforeOrEqualTo(year.last());
        assertThat(day.first()).isEqualTo(month.last());
    }
}
