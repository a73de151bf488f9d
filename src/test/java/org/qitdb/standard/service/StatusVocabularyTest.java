package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusVocabularyTest {

    @Test
    void hasExactlyTheFiveCanonicalStatusesInLifecycleOrder() {
        assertThat(StatusVocabulary.CANONICAL)
                .containsExactly("planned", "in-development", "published", "superseded", "withdrawn");
    }

    @Test
    void canonicalStatusConstantsAreTheCanonicalList() {
        assertThat(StatusVocabulary.CANONICAL).containsExactly(StatusVocabulary.PLANNED, StatusVocabulary.IN_DEVELOPMENT,
                StatusVocabulary.PUBLISHED, StatusVocabulary.SUPERSEDED, StatusVocabulary.WITHDRAWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"planned", "in-development", "published", "superseded", "withdrawn"})
    void everyCanonicalStatusMapsToItself(String status) {
        assertThat(StatusVocabulary.canonical(status)).contains(status);
        assertThat(StatusVocabulary.isCanonical(status)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "PUBLISHED, published",
            "' published ', published",
            "In-Development, in-development",
            "in development, in-development",
            "in_development, in-development",
            "IN_DEVELOPMENT, in-development",
            "Withdrawn, withdrawn",
    })
    void recognisesCanonicalStatusesInAnyCaseAndWithSpacesOrUnderscores(String words, String expected) {
        assertThat(StatusVocabulary.canonical(words)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published", "PUBLISHED", " published", "in development", "in_development", "Planned"})
    void isCanonicalAcceptsOnlyTheExactCanonicalSpelling(String spelling) {
        assertThat(StatusVocabulary.isCanonical(spelling)).isFalse();
    }

    @Test
    void isCanonicalRejectsSdoWords() {
        assertThat(StatusVocabulary.isCanonical("In force")).isFalse();
        assertThat(StatusVocabulary.isCanonical("Stage 60.60")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            // ITU-T
            "In force, published",
            "IN FORCE, published",
            "in-force, published",
            "Under study, in-development",
            "Superseded, superseded",
            "Withdrawn, withdrawn",
            "No longer in force, withdrawn",
            "Not in force, withdrawn",
            "Consented, in-development",
            "Determined, in-development",
            "Approved, published",
            // ETSI
            "Under development, in-development",
            "Work item, in-development",
            "Stable draft, in-development",
            // ISO/IEC abbreviations
            "PWI, planned",
            "NP, planned",
            "NWIP, planned",
            "New work item proposal, planned",
            "AWI, in-development",
            "WD, in-development",
            "CD, in-development",
            "DIS, in-development",
            "FDIS, in-development",
            "DTS, in-development",
            "DTR, in-development",
            "IS, published",
            "International Standard, published",
            "Confirmed, published",
            // IEEE
            "PAR, in-development",
            "Active PAR, in-development",
            "Active, published",
            "Inactive, withdrawn",
            // IETF
            "Internet-Draft, in-development",
            "Active Internet-Draft, in-development",
            "RFC, published",
            "Historic, superseded",
            "Obsoleted, superseded",
            "Expired, withdrawn",
            // general
            "Proposed, planned",
            "Draft, in-development",
            "Ongoing, in-development",
            "On-going, in-development",
            "Replaced, superseded",
            "Superseded by, superseded",
            "Revised, superseded",
            "Cancelled, withdrawn",
            "Canceled, withdrawn",
            "Deprecated, withdrawn",
    })
    void mapsSdoWordsToTheirCanonicalStatus(String words, String expected) {
        assertThat(StatusVocabulary.canonical(words)).contains(expected);
    }

    @Test
    void toleratesRepeatedSpacesAndMixedSeparatorsInSdoWords() {
        assertThat(StatusVocabulary.canonical("  under   study ")).contains("in-development");
        assertThat(StatusVocabulary.canonical("no_longer-in force")).contains("withdrawn");
        assertThat(StatusVocabulary.canonical("New\tWork\nItem")).contains("planned");
    }

    @ParameterizedTest
    @CsvSource({
            // preliminary stage
            "00.00, planned",
            "00.60, planned",
            "Stage 00.20, planned",
            // proposal, preparatory, committee, enquiry, approval
            "10.99, in-development",
            "20.00, in-development",
            "Stage 30.60, in-development",
            "Stage 40.20, in-development",
            "40.99, in-development",
            "50.00, in-development",
            "Stage 50.60, in-development",
            // publication
            "60.00, in-development",   // approved, under publication
            "60.60, published",
            "Stage 60.60, published",
            // review: still in force, unless the text is to be withdrawn
            "90.20, published",
            "90.60, published",
            "90.92, published",
            "90.93, published",
            // withdrawal: only 95.99 means the document is gone
            "95.20, published",
            "95.60, published",
            "95.92, published",
            "95.99, withdrawn",
            "Stage 95.99, withdrawn",
    })
    void mapsIsoHarmonizedStageCodes(String stage, String expected) {
        assertThat(StatusVocabulary.canonical(stage)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stage 40.20", "stage 40.20", "STAGE 40.20", "Stage40.20", "stage-40.20", "stage_40.20",
            "  Stage   40.20  ", "40.20"})
    void readsIsoStageCodesWithOrWithoutTheWordStage(String stage) {
        assertThat(StatusVocabulary.canonical(stage)).contains("in-development");
    }

    @ParameterizedTest
    @ValueSource(strings = {"40", "Stage 40", "40.2", "4.20", "40-20", "40,20", "40.200", "Stage 40.20 DIS", "ISO 40.20",
            "stage .20", "60.60.60"})
    void rejectsMalformedStageCodes(String text) {
        assertThat(StatusVocabulary.canonical(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"in force.", "published!", "unknown", "pending?", "bogus", "in forcee", "x"})
    void rejectsUnknownWords(String words) {
        assertThat(StatusVocabulary.canonical(words)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void hasNoStatusForNothing(String words) {
        assertThat(StatusVocabulary.canonical(words)).isEqualTo(Optional.empty());
    }

    @Test
    void everyMappedStatusIsCanonical() {
        for (String words : new String[] {"In force", "Under study", "PWI", "Stage 40.20", "95.99", "Historic", "Cancelled"}) {
            assertThat(StatusVocabulary.canonical(words)).get().satisfies(s -> assertThat(StatusVocabulary.isCanonical(s)).isTrue());
        }
    }
}
