package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    // ---- words

    @Test
    void splitsTextIntoLowerCaseWords() {
        assertThat(SearchTerms.words("Quantum Key Distribution (QKD); Protocol and data format"))
                .containsExactly("quantum", "key", "distribution", "qkd", "protocol", "and", "data", "format");
    }

    @Test
    void splitsAtPunctuationHyphensAndDots() {
        assertThat(SearchTerms.words("REST-based key-delivery API, v1.2/x_y"))
                .containsExactly("rest", "based", "key", "delivery", "api", "v1", "2", "x", "y");
    }

    @Test
    void keepsLettersAndDigitsOfOneRunTogether() {
        assertThat(SearchTerms.words("Y.Sup70 P1913")).containsExactly("y", "sup70", "p1913");
    }

    @Test
    void removesAccents() {
        assertThat(SearchTerms.words("Sécurité quantique Größe naïve")).containsExactly("securite", "quantique", "große", "naive");
    }

    @Test
    void foldsFullWidthCharactersAndLigatures() {
        assertThat(SearchTerms.words("Ｙ．３８００ ﬁeld")).containsExactly("y", "3800", "field");
    }

    @Test
    void keepsNonLatinScripts() {
        assertThat(SearchTerms.words("量子密钥分发 QKD")).containsExactly("量子密钥分发", "qkd");
    }

    @Test
    void keepsDuplicateWordsInOrder() {
        assertThat(SearchTerms.words("key to key")).containsExactly("key", "to", "key");
    }

    @Test
    void hasNoWordsForNothing() {
        assertThat(SearchTerms.words(null)).isEmpty();
        assertThat(SearchTerms.words("")).isEmpty();
        assertThat(SearchTerms.words("  -- ... ;; ")).isEmpty();
    }

    @Test
    void cutsOverlongWordsToTheMaximumTermLength() {
        String longWord = "a".repeat(SearchTerms.MAX_TERM_LENGTH + 10);
        assertThat(SearchTerms.words("x " + longWord)).containsExactly("x", "a".repeat(SearchTerms.MAX_TERM_LENGTH));
    }

    @Test
    void keepsWordsOfExactlyTheMaximumLength() {
        String word = "b".repeat(SearchTerms.MAX_TERM_LENGTH);
        assertThat(SearchTerms.words(word)).containsExactly(word);
    }

    @Test
    void everyWordIsNonEmptyLowerCaseAndNoLongerThanTheMaximum() {
        List<String> words = SearchTerms.words("ETSI GS QKD 014 V1.1.1 (2019-02) — Quantum Key Distribution " + "Z".repeat(100));
        assertThat(words).isNotEmpty().allSatisfy(w -> {
            assertThat(w).isNotEmpty().isLowerCase();
            assertThat(w.length()).isLessThanOrEqualTo(SearchTerms.MAX_TERM_LENGTH);
        });
    }

    // ---- terms of one entry

    @Test
    void findsEntryByEveryWordOfItsTitleSummaryAndKeywords() {
        Set<String> terms = SearchTerms.of("GS QKD 014", List.of(), "Protocol and data format of REST-based key delivery API",
                "Defines an API.", List.of("Key management", "QKD"));
        assertThat(terms).contains("protocol", "data", "format", "rest", "based", "key", "delivery", "api", "defines", "an",
                "management", "qkd");
    }

    @Test
    void findsNumbersWithAndWithoutLeadingZeros() {
        Set<String> terms = SearchTerms.of("GS QKD 014", List.of(), "t", null, List.of());
        assertThat(terms).contains("014", "14");
    }

    @Test
    void keepsASingleZeroWhenStrippingLeadingZeros() {
        Set<String> terms = SearchTerms.of("GS QKD 000", List.of(), "t", null, List.of());
        assertThat(terms).contains("000", "0");
    }

    @Test
    void doesNotStripZerosFromWordsThatMixLettersAndDigits() {
        Set<String> terms = SearchTerms.of("X", List.of(), "v01 release", null, List.of());
        assertThat(terms).contains("v01").doesNotContain("v1");
    }

    @Test
    void findsEntryByTheCompactKeyOfItsIdentifier() {
        Set<String> terms = SearchTerms.of("Y.3800", List.of(), "Overview", null, List.of());
        assertThat(terms).contains("y", "3800", "y3800");
    }

    @Test
    void findsEntryByTheCompactKeyOfEveryAlias() {
        Set<String> terms = SearchTerms.of("Y.Sup70", List.of("Y Suppl. 70", "GS QKD 014"), "t", null, List.of());
        assertThat(terms).contains("ysup70", "suppl", "gsqkd14", "014", "14");
    }

    @Test
    void compactKeyUsesUnifiedAbbreviationsAndKeepsPartNumbersApart() {
        assertThat(SearchTerms.of("Y.3803 Amendment 1", List.of(), "t", null, List.of())).contains("y3803amd1");
        assertThat(SearchTerms.of("23837-1", List.of(), "t", null, List.of())).contains("23837-1", "23837", "1");
    }

    @Test
    void findsEntryByWordsWithoutAccentsOrCase() {
        Set<String> terms = SearchTerms.of("X", List.of(), "Sécurité QUANTIQUE", null, List.of("Réseau"));
        assertThat(terms).contains("securite", "quantique", "reseau");
    }

    @Test
    void cutsOverlongIdentifierKeysToTheMaximumTermLength() {
        String identifier = "draft-" + "q".repeat(80) + "-principles";
        Set<String> terms = SearchTerms.of(identifier, List.of(), "t", null, List.of());
        assertThat(terms).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(SearchTerms.MAX_TERM_LENGTH));
        assertThat(terms).contains(("draft" + "q".repeat(80)).substring(0, SearchTerms.MAX_TERM_LENGTH));
    }

    @Test
    void listsEachTermOnce() {
        Set<String> terms = SearchTerms.of("RFC 9340", List.of("rfc9340"), "RFC 9340 RFC", "rfc", List.of("RFC"));
        assertThat(terms).containsOnlyOnce("rfc", "9340", "rfc9340");
        assertThat(terms).containsExactly("rfc", "9340", "rfc9340");
    }

    @Test
    void toleratesMissingTitleSummaryAndIdentifierWithoutLettersOrDigits() {
        Set<String> terms = SearchTerms.of("--", List.of(), null, null, List.of());
        assertThat(terms).isEmpty();
    }

    @Test
    void doesNotIndexIdentifierWordsTwiceWhenTheKeyEqualsAWord() {
        Set<String> terms = SearchTerms.of("RFC9340", List.of(), null, null, List.of());
        assertThat(terms).containsExactly("rfc9340");
    }

    // ---- the search document of one entry

    @Test
    void documentHoldsTheWordsInOrderThenTheExtraTerms() {
        String document = SearchTerms.document("GS QKD 014", List.of("QKD014"), "Key delivery API", "A REST API.", List.of("ETSI"));
        assertThat(document).isEqualTo(" gs qkd 014 qkd014 key delivery api a rest api etsi 14 gsqkd14 qkd14 ");
    }

    @Test
    void documentWordsStartAfterASpaceSoThatAPrefixPatternFindsThem() {
        String document = SearchTerms.document("Y.3800", List.of(), "Overview on networks supporting QKD", null, List.of());
        assertThat(document).contains(" y3800", " overview on networks", " qkd ").doesNotContain("  ");
    }

    @Test
    void documentIsCutAtWholeWords() {
        String summary = "word ".repeat(SearchTerms.MAX_DOCUMENT_LENGTH);
        String document = SearchTerms.document("X", List.of(), "t", summary, List.of());
        assertThat(document.length()).isLessThanOrEqualTo(SearchTerms.MAX_DOCUMENT_LENGTH);
        assertThat(document).startsWith(" x t word ").endsWith(" word ");
    }
}
