package org.qitdb.search.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.TextQuery;

/**
 * Where the words of a text query occur in an entry's title or summary, for the snippet a search hit carries: Lucene's
 * unified highlighter run over the text itself (re-analysed, not read from the index), with the words read as the
 * search reads them (folded by the search's own rules, each a word prefix, the last word of a phrase a prefix, abbreviations and their
 * expansions alike). A phrase is one mark: the last word's prefix is expanded to the words of the text itself, so that
 * the phrase stays a phrase query (whose match the highlighter keeps whole).
 */
public final class Snippets {

    /** A summary passage is about this long: the sentence (or sentences) around the best matches. */
    public static final int PASSAGE_GOAL = 160;

    /** No snippet text is longer: a long sentence is cut around its first match. */
    public static final int MAX_TEXT = 300;

    /** Text is highlighted up to this many characters; a match further on is not shown. */
    static final int MAX_ANALYZED = 10_000;

    /** How far before its first match a cut text starts. */
    static final int LEAD = 60;

    private static final String FIELD = "snippet";

    /** The text and where the query's words occur in it: pairs of start (inclusive) and end (exclusive) UTF-16 offsets. */
    public record Highlighted(String text, List<int[]> spans) {
    }

    /**
     * Words as the search document has them: runs of letters, digits and their marks, each folded by
     * {@link SearchTerms#words} itself, so that a word is marked exactly when the search matched it.
     */
    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(Snippets::wordCharacter);
            return new TokenStreamComponents(words, new SearchWordFilter(words));
        }
    };

    /** Replaces each token's text by the search's folding of it (case, accents, compatibility forms); drops what folds to nothing. */
    static final class SearchWordFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        SearchWordFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                String folded = String.join("", SearchTerms.words(term.toString()));
                if (!folded.isEmpty()) {
                    term.setEmpty().append(folded);
                    return true;
                }
            }
            return false;
        }
    }

    private static final UnifiedHighlighter WHOLE = highlighter(WholeBreakIterator::new);
    private static final UnifiedHighlighter SENTENCES = highlighter(
            () -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL, 0.5f));

    /** The word sequences to mark: the query's positive words and phrases and their alternatives. */
    private final List<List<String>> spellings;

    private Snippets(List<List<String>> spellings) {
        this.spellings = spellings;
    }

    /**
     * The highlighting of one query, or none when it has no word to show (only exclusions).
     *
     * @param alternatives the other ways of writing a word or phrase (abbreviations), as the search reads them
     */
    public static Optional<Snippets> of(TextQuery text, Function<List<String>, List<List<String>>> alternatives) {
        List<List<String>> spellings = new ArrayList<>();
        for (TextQuery.Clause clause : text.clauses()) {
            for (TextQuery.Item item : clause.items()) {
                if (!item.negated()) {
                    spellings.add(item.words());
                    spellings.addAll(alternatives.apply(item.words()));
                }
            }
        }
        return spellings.isEmpty() ? Optional.empty() : Optional.of(new Snippets(List.copyOf(spellings)));
    }

    /** The title as it is, with its matches; none when the query's words do not occur in it. */
    public Optional<Highlighted> inTitle(String title) {
        return highlight(WHOLE, title);
    }

    /** The passage of the summary with the best matches; none when the query's words do not occur in it. */
    public Optional<Highlighted> inSummary(String summary) {
        return highlight(SENTENCES, summary);
    }

    private Optional<Highlighted> highlight(UnifiedHighlighter highlighter, String content) {
        if (content == null || content.isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<Query> query = queryFor(content);
            return query.map(q -> highlighted(highlighter, q, content));
        } catch (IOException e) {
            throw new UncheckedIOException("a text in memory cannot be read", e);
        }
    }

    private static Highlighted highlighted(UnifiedHighlighter highlighter, Query query, String content) {
        try {
            return (Highlighted) highlighter.highlightWithoutSearcher(FIELD, query, content, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("a text in memory cannot be read", e);
        }
    }

    /** Every spelling as a query on this text; none when no phrase's last word begins a word of it. */
    private Optional<Query> queryFor(String content) throws IOException {
        TreeSet<String> words = null;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (List<String> spelling : spellings) {
            if (clauses >= BooleanQuery.getMaxClauseCount()) {
                break;
            }
            if (spelling.size() == 1) {
                any.add(new PrefixQuery(new Term(FIELD, spelling.get(0))), Occur.SHOULD);
                clauses++;
                continue;
            }
            if (words == null) {
                words = wordsOf(content);
            }
            String last = spelling.get(spelling.size() - 1);
            List<Term> endings = words.subSet(last, last + Character.MAX_VALUE).stream().map(w -> new Term(FIELD, w)).toList();
            if (endings.isEmpty()) {
                continue;
            }
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            for (int i = 0; i < spelling.size() - 1; i++) {
                phrase.add(new Term(FIELD, spelling.get(i)));
            }
            phrase.add(endings.toArray(Term[]::new));
            any.add(phrase.build(), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(any.build());
    }

    /** The text's words as the analyzer makes them, sorted (a prefix's words are one range). */
    private static TreeSet<String> wordsOf(String content) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (TokenStream tokens = WORDS.tokenStream(FIELD, content.length() > MAX_ANALYZED ? content.substring(0, MAX_ANALYZED) : content)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }

    /** A letter or decimal digit (what the search's words are made of), or a mark that belongs to one. */
    private static boolean wordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static UnifiedHighlighter highlighter(java.util.function.Supplier<BreakIterator> passages) {
        return UnifiedHighlighter.builderWithoutSearcher(WORDS)
                .withBreakIterator(passages)
                .withMaxLength(MAX_ANALYZED)
                .withMaxNoHighlightPassages(0)
                // the query's own matches: a phrase is one mark, not its words one by one
                .withFlags(java.util.EnumSet.of(UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY,
                        UnifiedHighlighter.HighlightFlag.PHRASES, UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES))
                .withFormatter(new Formatter())
                .build();
    }

    /** A passage as its text and match offsets within it, cut to {@link #MAX_TEXT} around the first match. */
    static final class Formatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0 || passages[0].getNumMatches() == 0) {
                return null;
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            int firstMatch = passage.getMatchStarts()[0];
            if (end - start > MAX_TEXT) {
                int from = Math.max(start, Math.min(firstMatch - LEAD, end - MAX_TEXT));
                int to = Math.min(end, from + MAX_TEXT);
                // whole words at both ends, where that keeps the first match
                while (from > start && from < firstMatch && !Character.isWhitespace(content.charAt(from - 1))) {
                    from++;
                }
                int firstEnd = passage.getMatchEnds()[0];
                int cut = to;
                while (to < end && cut > firstEnd && !Character.isWhitespace(content.charAt(cut))) {
                    cut--;
                }
                start = from;
                end = cut > firstEnd ? cut : to;
            }
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int from = passage.getMatchStarts()[i];
                int to = Math.min(passage.getMatchEnds()[i], end);
                if (from < start || from >= end) {
                    continue;
                }
                int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && from - start <= last[1]) {
                    last[1] = Math.max(last[1], to - start); // overlapping or touching matches are one mark
                } else {
                    spans.add(new int[] {from - start, to - start});
                }
            }
            return spans.isEmpty() ? null : new Highlighted(content.substring(start, end), spans);
        }
    }
}
