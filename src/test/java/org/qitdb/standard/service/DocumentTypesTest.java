package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTypesTest {

    @Test
    void knowsTheDocumentKindsOfTheSdos() {
        assertThat(DocumentTypes.ALL).containsExactlyInAnyOrder("recommendation", "supplement", "amendment", "corrigendum",
                "technical-report", "technical-specification", "group-specification", "group-report",
                "international-standard", "national-standard", "ieee-standard", "rfc", "internet-draft", "white-paper",
                "other");
    }

    @Test
    void listsEveryTypeOnceInLowerCaseWithHyphens() {
        assertThat(DocumentTypes.ALL).doesNotHaveDuplicates();
        assertThat(DocumentTypes.ALL).allMatch(t -> t.matches("[a-z]+(-[a-z]+)*"));
    }

    @ParameterizedTest
    @MethodSource("all")
    void everyTypeIsItsOwnCanonicalForm(String type) {
        assertThat(DocumentTypes.canonical(type)).contains(type);
    }

    static java.util.List<String> all() {
        return DocumentTypes.ALL;
    }

    @ParameterizedTest
    @CsvSource({
            "Technical Report, technical-report",
            "technical_report, technical-report",
            "TECHNICAL-REPORT, technical-report",
            "Technical   Specification, technical-specification",
            "group_specification, group-specification",
            "Group Report, group-report",
            "International Standard, international-standard",
            "IEEE_Standard, ieee-standard",
            "Internet Draft, internet-draft",
            "internet_draft, internet-draft",
            "White Paper, white-paper",
            "RFC, rfc",
            "Recommendation, recommendation",
            "' amendment ', amendment",
            "Corrigendum, corrigendum",
            "'national \t standard', national-standard",
    })
    void matchesInAnyCaseWithSpacesOrUnderscoresForHyphens(String input, String expected) {
        assertThat(DocumentTypes.canonical(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "standard", "TR", "TS", "GS", "draft", "technical", "technical-reports",
            "technical.report", "technicalreport", "rec", "specification", "unknown"})
    void rejectsUnknownKinds(String input) {
        assertThat(DocumentTypes.canonical(input)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "_", "-"})
    void hasNoTypeForNothing(String input) {
        assertThat(DocumentTypes.canonical(input)).isEmpty();
    }
}
