package org.qitdb.search.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.qitdb.search.service.Abbreviations;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.TextQuery;

/** Snippets mark where a query's words occur, read as the search reads them. */
class SnippetsTest {

    @Test
    void wordsMatchAsPrefixesAndTheWholeWordIsMarked() {
        Snippets.Highlighted h = snippets("key manag").inTitle("Key management for QKD networks").orElseThrow();
        assertThat(h.text()).isEqualTo("Key management for QKD networks");
        assertThat(marked(h)).containsExactly("Key", "management");
    }

    @Test
    void accentsAndCaseAreFoldedButTheTextIsShownAsWritten() {
        Snippets.Highlighted h = snippets("securite").inTitle("Sécurité des réseaux QKD").orElseThrow();
        assertThat(marked(h)).containsExactly("Sécurité");
    }

    @Test
    void lettersAreFoldedExactlyAsTheSearchFoldsThemNotMore() {
        // the search keeps ß and ø (they have no decomposition): a query for them finds these titles, so it marks them
        assertThat(marked(snippets("straße").inTitle("Straße der Schlüssel").orElseThrow())).containsExactly("Straße");
        assertThat(marked(snippets("øresund").inTitle("Øresund link").orElseThrow())).containsExactly("Øresund");
        assertThat(marked(snippets("efficient").inTitle("Eﬃcient relays").orElseThrow())).containsExactly("Eﬃcient");
    }

    @Test
    void aPhraseIsOneMarkAndItsWordsApartAreNot() {
        assertThat(marked(snippets("\"key relay\"").inTitle("Trusted key relay nodes").orElseThrow())).containsExactly("key relay");
        assertThat(snippets("\"key relay\"").inTitle("A relay of the key")).isEmpty();
        assertThat(marked(snippets("\"trusted no\"").inTitle("Trusted nodes and relays").orElseThrow()))
                .as("the last word of a phrase is a prefix").containsExactly("Trusted nodes");
    }

    @Test
    void anAbbreviationMarksItsExpansionAndTheOtherWayRound() {
        assertThat(marked(snippets("qkd").inSummary("Security of quantum key distribution networks.").orElseThrow()))
                .containsExactly("quantum key distribution");
        assertThat(marked(snippets("\"post quantum cryptography\"").inTitle("Migration to PQC").orElseThrow())).containsExactly("PQC");
    }

    @Test
    void exclusionsAreNeverMarkedAndAQueryOfExclusionsOnlyHasNoSnippets() {
        assertThat(marked(snippets("relay -key").inTitle("Key relay").orElseThrow())).containsExactly("relay");
        assertThat(Snippets.of(TextQuery.parse("-key -relay"), Abbreviations::alternativesOf)).isEmpty();
    }

    @Test
    void noMatchNoSnippet() {
        assertThat(snippets("entanglement").inTitle("Key management")).isEmpty();
        assertThat(snippets("entanglement").inSummary(null)).isEmpty();
        assertThat(snippets("entanglement").inSummary("  ")).isEmpty();
    }

    @Test
    void aSummaryGivesThePassageOfItsBestMatchNotTheWholeText() {
        String summary = "This Recommendation gives an overview of networks. ".repeat(6)
                + "It specifies the key relay between trusted nodes. " + "Other matters follow here. ".repeat(6);
        Snippets.Highlighted h = snippets("relay").inSummary(summary).orElseThrow();
        assertThat(h.text()).contains("It specifies the key relay between trusted nodes.");
        assertThat(h.text().length()).isLessThanOrEqualTo(Snippets.MAX_TEXT).isLessThan(summary.length());
        assertThat(marked(h)).containsExactly("relay");
    }

    @Test
    void aLongSentenceIsCutAroundItsFirstMatchAtWordBoundaries() {
        String sentence = "word ".repeat(120) + "relay " + "word ".repeat(120);
        Snippets.Highlighted h = snippets("relay").inSummary(sentence).orElseThrow();
        assertThat(h.text().length()).isLessThanOrEqualTo(Snippets.MAX_TEXT);
        assertThat(h.text()).startsWith("word ").endsWith("word");
        assertThat(marked(h)).containsExactly("relay");
        assertThat(h.spans().get(0)[0]).isBetween(1, Snippets.LEAD);
    }

    /** Whatever the text, every mark lies inside the snippet text, in order, and is a word the query's word begins. */
    @Property(tries = 200)
    void everyMarkIsAWordThatStartsWithTheQueryWord(@ForAll @Size(min = 1, max = 60) List<@AlphaChars @StringLength(min = 1, max = 9) String> words,
            @ForAll @IntRange(min = 0, max = 59) int pick, @ForAll @IntRange(min = 1, max = 4) int prefixLength) {
        String target = words.get(pick % words.size());
        String word = target.substring(0, Math.min(prefixLength, target.length()));
        Assume.that(!word.equalsIgnoreCase("or")); // the operator between alternatives, not a word to search
        String text = String.join(" ", words);
        Optional<Snippets.Highlighted> found = snippets(word).inSummary(text);
        assertThat(found).isPresent();
        int previousEnd = -1;
        for (int[] span : found.get().spans()) {
            assertThat(span[0]).isGreaterThan(previousEnd).isLessThan(span[1]);
            assertThat(span[1]).isLessThanOrEqualTo(found.get().text().length());
            String marked = found.get().text().substring(span[0], span[1]);
            assertThat(SearchTerms.words(marked)).allSatisfy(w -> assertThat(w).startsWith(SearchTerms.words(word).get(0)));
            previousEnd = span[1];
        }
    }

    private static Snippets snippets(String q) {
        return Snippets.of(TextQuery.parse(q), Abbreviations::alternativesOf).orElseThrow();
    }

    private static List<String> marked(Snippets.Highlighted h) {
        return h.spans().stream().map(s -> h.text().substring(s[0], s[1])).toList();
    }
}
