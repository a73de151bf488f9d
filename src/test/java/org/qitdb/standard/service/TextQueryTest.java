package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.qitdb.standard.service.TextQuery.Clause;
import org.qitdb.standard.service.TextQuery.Item;

class TextQueryTest {

    private static Item word(String w) {
        return new Item(List.of(w), false);
    }

    @Test
    void wordsMustAllOccur() {
        TextQuery q = TextQuery.parse("Key  RELAY");
        assertThat(q.clauses()).containsExactly(new Clause(List.of(word("key"), word("relay"))));
        assertThat(q.plain()).isTrue();
        assertThat(q.toTsQuery()).isEqualTo("(('key':*) & ('relay':*))");
    }

    @Test
    void identifierPunctuationSplitsIntoWordsAndStaysPlain() {
        TextQuery q = TextQuery.parse("Y.3800");
        assertThat(q.clauses()).containsExactly(new Clause(List.of(word("y"), word("3800"))));
        assertThat(q.plain()).isTrue();
    }

    @Test
    void hyphenInsideAWordIsNotAnExclusion() {
        TextQuery q = TextQuery.parse("draft-ietf-qirg");
        assertThat(q.plain()).isTrue();
        assertThat(q.positiveWords()).containsExactly("draft", "ietf", "qirg");
    }

    @Test
    void quotedWordsArePhrasesWhoseLastWordIsAPrefix() {
        TextQuery q = TextQuery.parse("\"trusted Node\" qkd");
        assertThat(q.clauses()).containsExactly(new Clause(List.of(new Item(List.of("trusted", "node"), false), word("qkd"))));
        assertThat(q.plain()).isFalse();
        assertThat(q.toTsQuery()).isEqualTo("(('trusted' <-> 'node':*) & ('qkd':*))");
    }

    @Test
    void minusExcludesAWordOrAPhrase() {
        TextQuery q = TextQuery.parse("qkd -relay -\"key management\"");
        assertThat(q.clauses()).containsExactly(new Clause(List.of(word("qkd"), new Item(List.of("relay"), true),
                new Item(List.of("key", "management"), true))));
        assertThat(q.toTsQuery()).isEqualTo("(('qkd':*) & !('relay':*) & !('key' <-> 'management':*))");
        assertThat(q.positiveWords()).containsExactly("qkd");
    }

    @Test
    void orSeparatesAlternativesAndBindsLooserThanAnd() {
        TextQuery q = TextQuery.parse("key relay OR trusted node");
        assertThat(q.clauses()).containsExactly(new Clause(List.of(word("key"), word("relay"))),
                new Clause(List.of(word("trusted"), word("node"))));
        assertThat(q.toTsQuery()).isEqualTo("(('key':*) & ('relay':*)) | (('trusted':*) & ('node':*))");
    }

    @Test
    void danglingOrAndRepeatedOrAreIgnored() {
        assertThat(TextQuery.parse("or qkd or or relay or").clauses())
                .containsExactly(new Clause(List.of(word("qkd"))), new Clause(List.of(word("relay"))));
    }

    @Test
    void quotedOrIsAWord() {
        assertThat(TextQuery.parse("\"or\"").clauses()).containsExactly(new Clause(List.of(new Item(List.of("or"), false))));
    }

    @Test
    void clauseOfOnlyExclusionsIsDropped() {
        assertThat(TextQuery.parse("-qkd").isEmpty()).isTrue();
        assertThat(TextQuery.parse("-qkd or relay").clauses()).containsExactly(new Clause(List.of(word("relay"))));
    }

    @Test
    void unclosedQuoteRunsToTheEnd() {
        assertThat(TextQuery.parse("qkd \"key manage").clauses())
                .containsExactly(new Clause(List.of(word("qkd"), new Item(List.of("key", "manage"), false))));
    }

    @Test
    void queryWithoutWordsIsEmpty() {
        assertThat(TextQuery.parse(" -- \"\" ... ").isEmpty()).isTrue();
        assertThat(TextQuery.parse(null).isEmpty()).isTrue();
    }

    @Test
    void usesAtMostTheMaximumNumberOfItems() {
        TextQuery q = TextQuery.parse("a b c d e f g h i j k l m");
        assertThat(q.clauses().get(0).items()).hasSize(TextQuery.MAX_ITEMS);
    }

    /** Lexemes quoted, operators only from the fixed set: no input can change the tsquery's structure. */
    private static final Pattern TSQUERY = Pattern.compile("[()&|!<>:* -]|'[\\p{L}\\p{Nd}]+'");

    @Property
    void tsQueryConsistsOnlyOfQuotedWordsAndOperators(@ForAll @StringLength(max = 200) String text) {
        String tsQuery = TextQuery.parse(text).toTsQuery();
        assertThat(TSQUERY.matcher(tsQuery).replaceAll("")).isEmpty();
        long open = tsQuery.chars().filter(c -> c == '(').count();
        assertThat(tsQuery.chars().filter(c -> c == ')').count()).isEqualTo(open);
    }
}
