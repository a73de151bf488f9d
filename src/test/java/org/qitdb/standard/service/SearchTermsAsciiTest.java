package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text of ASCII only is split without regular expressions: it must give the words the general rule gives. */
class SearchTermsAsciiTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    /** The rule as the class documents it: NFKD, marks removed, lower case, split at what is not a letter or digit. */
    private static List<String> byTheGeneralRule(String text) {
        List<String> words = new ArrayList<>();
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(SearchTerms.cut(word));
            }
        }
        return words;
    }

    @Provide
    Arbitrary<String> asciiText() {
        // every ASCII character, control characters and punctuation included, words long enough to be cut
        return Arbitraries.strings().withCharRange((char) 0, (char) 127).ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> identifierLikeText() {
        return Arbitraries.strings().withChars("abcXYZ0129 .-_/:()").ofMaxLength(90);
    }

    @Property(tries = 500)
    void asciiTextGivesTheWordsOfTheGeneralRule(@ForAll("asciiText") String text) {
        assertThat(SearchTerms.words(text)).isEqualTo(byTheGeneralRule(text));
    }

    @Property(tries = 300)
    void identifierLikeTextGivesTheWordsOfTheGeneralRule(@ForAll("identifierLikeText") String text) {
        assertThat(SearchTerms.words(text)).isEqualTo(byTheGeneralRule(text));
    }

    @Property(tries = 200)
    void aLongWordIsCutAsByTheGeneralRule(@ForAll("identifierLikeText") String prefix) {
        String text = prefix + " " + "k".repeat(SearchTerms.MAX_TERM_LENGTH + 7) + "Q";
        assertThat(SearchTerms.words(text)).isEqualTo(byTheGeneralRule(text)).anyMatch(w -> w.length() == SearchTerms.MAX_TERM_LENGTH);
    }
}
