package org.qitdb.search.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.TextQuery;

/**
 * Lucene queries and sorts for a {@link StandardQuery}: every filter as a non-scoring clause, the text search as the
 * scoring part. The text matches as the database search did (see {@link TextQuery}): a word is a prefix of a word of
 * the entry's search document, a phrase is consecutive words (the last a prefix), {@code -item} excludes, {@code or}
 * separates alternatives, and a plain query's identifier key also matches as a prefix of the entry's keys or, when
 * long enough, inside its identifier key. Besides, a word or phrase matches the entry's organization (code, name,
 * aliases) and the field's abbreviations match their expansions and back. Ranking: exact identifier, exact alias,
 * identifier prefix, identifier infix, every word in the title, each tier ordered by BM25 within.
 */
public final class IndexQueries {

    /** Shorter keys ({@code y}, {@code x1}) would find a large part of the catalogue inside identifiers. */
    public static final int MIN_INFIX_KEY = 4;

    /** A phrase's last word, a prefix, stands for at most this many words of the index. */
    static final int MAX_PREFIX_EXPANSIONS = 1024;

    /**
     * A word typed as a prefix is looked up as the words of the index it stands for up to this many; a prefix of more
     * (a number's first digit, a single letter) stays a prefix query, whose matches the index's filter cache keeps.
     */
    static final int MAX_WORD_EXPANSIONS = 64;

    private static final float EXACT_IDENTIFIER = 1e7f;
    private static final float EXACT_ALIAS = 1e6f;
    private static final float IDENTIFIER_PREFIX = 1e5f;
    private static final float IDENTIFIER_INFIX = 1e4f;
    private static final float ALL_WORDS_IN_TITLE = 1e3f;

    private IndexQueries() {
    }

    /**
     * The whole query: filters, the reader's restriction, and the text.
     *
     * @param identifierKey the text's identifier key when the text is a plain one and can be a key, else null
     * @param alternatives  other words meaning the same as a word or phrase (abbreviations and their expansions)
     */
    public static Query of(StandardQuery query, String identifierKey, Function<List<String>, List<List<String>>> alternatives,
            IndexReader reader) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (query.visibleOrganizations() != null) {
            b.add(anyOf(SearchIndex.F_ORGANIZATION, query.visibleOrganizations()), Occur.FILTER);
            any = true;
        }
        if (!query.organizations().isEmpty()) {
            b.add(anyOf(SearchIndex.F_ORGANIZATION, query.organizations()), Occur.FILTER);
            any = true;
        }
        if (!query.groups().isEmpty()) {
            b.add(anyOf(SearchIndex.F_GROUP, query.groups().stream()
                    .map(g -> g.organization() + SearchIndex.GROUP_SEPARATOR + g.code()).toList()), Occur.FILTER);
            any = true;
        }
        for (Set<String> subtree : query.topicSubtrees()) {
            b.add(anyOf(SearchIndex.F_TOPIC, subtree), Occur.FILTER);
            any = true;
        }
        if (!query.statuses().isEmpty()) {
            b.add(anyOf(SearchIndex.F_STATUS, query.statuses()), Occur.FILTER);
            any = true;
        }
        if (!query.documentTypes().isEmpty()) {
            b.add(anyOf(SearchIndex.F_DOCUMENT_TYPE, query.documentTypes()), Occur.FILTER);
            any = true;
        }
        if (query.publishedFrom() != null || query.publishedTo() != null) {
            b.add(LongPoint.newRangeQuery(SearchIndex.F_PUBLISHED,
                    query.publishedFrom() == null ? Long.MIN_VALUE : query.publishedFrom().toEpochDay(),
                    query.publishedTo() == null ? Long.MAX_VALUE : query.publishedTo().toEpochDay()), Occur.FILTER);
            any = true;
        }
        if (query.updatedSince() != null) {
            b.add(LongPoint.newRangeQuery(SearchIndex.F_UPDATED, nanos(query.updatedSince()), Long.MAX_VALUE), Occur.FILTER);
            any = true;
        }
        if (query.hasText()) {
            text(b, query.textQuery(), identifierKey, alternatives, reader);
            any = true;
        }
        if (!any) {
            return new MatchAllDocsQuery();
        }
        return b.build();
    }

    public static long nanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    /** Entries with any of the values in the field (a keyword field: organization, topic, status, id …); none for none. */
    public static Query anyOf(String field, Collection<String> values) {
        if (values.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static void text(BooleanQuery.Builder b, TextQuery text, String key,
            Function<List<String>, List<List<String>>> alternatives, IndexReader reader) throws IOException {
        // every part is built against the reader the query runs on and left out where it cannot match there: an entry
        // matches and scores as with it, and the simpler query lets the engine skip what cannot reach the page
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        int options = 0;
        for (TextQuery.Clause clause : text.clauses()) {
            BooleanQuery.Builder c = new BooleanQuery.Builder();
            for (TextQuery.Item item : clause.items()) {
                c.add(item(item.words(), alternatives, reader), item.negated() ? Occur.MUST_NOT : Occur.MUST);
            }
            options += addIfAny(matches, c.build(), Occur.SHOULD);
        }
        // inside identifier keys only for keys with a digit (identifiers have numbers; `keyrelay` is no identifier), which
        // keeps the suffixes a short key expands to few
        boolean infix = key != null && key.codePointCount(0, key.length()) >= MIN_INFIX_KEY
                && key.chars().anyMatch(Character::isDigit);
        if (key != null) {
            options += addIfAny(matches, new ConstantScoreQuery(prefixOfWords(SearchIndex.F_TEXT, key, reader, false)),
                    Occur.SHOULD);
        }
        Query inside = infix ? prefixOfWords(SearchIndex.F_IDENTIFIER_SUFFIX, key, reader, false) : null;
        if (infix) {
            options += addIfAny(matches, new ConstantScoreQuery(inside), Occur.SHOULD);
        }
        if (options == 0) {
            b.add(new MatchNoDocsQuery(), Occur.MUST);
            return;
        }
        b.add(matches.build(), Occur.MUST);
        // the tiers: constant boosts far above any BM25 score, each above the sum of those below it
        if (key != null) {
            addIfAny(b, boost(term(reader, SearchIndex.F_IDENTIFIER_KEY, key), EXACT_IDENTIFIER), Occur.SHOULD);
            addIfAny(b, boost(term(reader, SearchIndex.F_ALIAS_KEY, key), EXACT_ALIAS), Occur.SHOULD);
            addIfAny(b, boost(prefixOfWords(SearchIndex.F_IDENTIFIER_KEY, key, reader, false), IDENTIFIER_PREFIX),
                    Occur.SHOULD);
            if (infix) {
                addIfAny(b, boost(inside, IDENTIFIER_INFIX), Occur.SHOULD);
            }
        }
        List<String> titleWords = text.positiveWords();
        if (!titleWords.isEmpty()) {
            BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
            boolean all = true;
            for (int i = 0; i < titleWords.size() && i < TextQuery.MAX_ITEMS; i++) {
                Query word = prefixOfWords(SearchIndex.F_TITLE_TEXT, titleWords.get(i), reader, false);
                all &= !matchesNothing(word);
                inTitle.add(word, Occur.FILTER);
            }
            if (all) {
                b.add(boost(inTitle.build(), ALL_WORDS_IN_TITLE), Occur.SHOULD);
            }
        }
    }

    /** Adds the clause unless it matches nothing; 1 when added. */
    private static int addIfAny(BooleanQuery.Builder b, Query clause, Occur occur) {
        if (matchesNothing(clause)) {
            return 0;
        }
        b.add(clause, occur);
        return 1;
    }

    private static boolean matchesNothing(Query query) {
        return switch (query) {
            case MatchNoDocsQuery none -> true;
            case ConstantScoreQuery constant -> matchesNothing(constant.getQuery());
            case BoostQuery boosted -> matchesNothing(boosted.getQuery());
            default -> false;
        };
    }

    /** The word as a term of the field, or no match when the reader has no entry with it. */
    private static Query term(IndexReader reader, String field, String word) throws IOException {
        Term term = new Term(field, word);
        return reader.docFreq(term) == 0 ? new MatchNoDocsQuery() : new TermQuery(term);
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }

    /** One word or phrase: in the search document, in the organization's names, or as one of its alternatives. */
    static Query item(List<String> words, Function<List<String>, List<List<String>>> alternatives, IndexReader reader)
            throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int options = addIfAny(any, words(words, reader), Occur.SHOULD);
        options += addIfAny(any, exactWords(reader, SearchIndex.F_ORGANIZATION_TEXT, words), Occur.SHOULD);
        for (List<String> alternative : alternatives.apply(words)) {
            options += addIfAny(any, words(alternative, reader), Occur.SHOULD);
        }
        return options == 0 ? new MatchNoDocsQuery() : any.build();
    }

    /** Words in the search document: the last one a prefix, scored by BM25 where it is a whole word. */
    private static Query words(List<String> words, IndexReader reader) throws IOException {
        if (words.size() == 1) {
            return prefixOfWords(SearchIndex.F_TEXT, words.get(0), reader, true);
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            Term word = new Term(SearchIndex.F_TEXT, words.get(i));
            if (reader.docFreq(word) == 0) {
                return new MatchNoDocsQuery();
            }
            phrase.add(word);
        }
        List<Term> last = expand(reader, SearchIndex.F_TEXT, words.get(words.size() - 1), MAX_PREFIX_EXPANSIONS);
        if (last.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        phrase.add(last.toArray(Term[]::new));
        return phrase.build();
    }

    /**
     * Entries with a word of the field that starts with the prefix; scored, the BM25 score of the prefix as a whole word
     * where the entry has it, and none for the longer words. The words are looked up here, in the reader the query will
     * run on: a prefix stands for one to three words of the index as a rule, and term queries over those are several
     * times cheaper than a prefix query, which walks the terms dictionary and gathers its matches into a bit set on
     * every request.
     */
    static Query prefixOfWords(String field, String prefix, IndexReader reader, boolean scored) throws IOException {
        List<Term> words = expand(reader, field, prefix, MAX_WORD_EXPANSIONS);
        Term whole = new Term(field, prefix);
        if (words.size() >= MAX_WORD_EXPANSIONS) {
            Query all = new ConstantScoreQuery(new PrefixQuery(whole));
            if (!scored) {
                return all;
            }
            return new BooleanQuery.Builder().add(all, Occur.FILTER).add(new TermQuery(whole), Occur.SHOULD).build();
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        boolean hasWhole = words.remove(whole);
        if (!scored) {
            if (hasWhole) {
                words.add(whole);
            }
            return words.size() == 1 ? new TermQuery(words.get(0)) : anyTerm(field, words);
        }
        Query longer = words.isEmpty() ? null
                : new BoostQuery(new ConstantScoreQuery(anyTerm(field, words)), 0f);
        if (!hasWhole) {
            return longer;
        }
        if (longer == null) {
            return new TermQuery(whole);
        }
        return new BooleanQuery.Builder().add(new TermQuery(whole), Occur.SHOULD).add(longer, Occur.SHOULD).build();
    }

    private static Query anyTerm(String field, List<Term> terms) {
        return new TermInSetQuery(field, terms.stream().map(Term::bytes).toList());
    }

    private static Query exactWords(IndexReader reader, String field, List<String> words) throws IOException {
        if (words.size() == 1) {
            return term(reader, field, words.get(0));
        }
        for (String word : words) {
            if (reader.docFreq(new Term(field, word)) == 0) {
                return new MatchNoDocsQuery();
            }
        }
        return new PhraseQuery(field, words.toArray(String[]::new));
    }

    /** The words of the index that start with the prefix, at most {@code limit}. */
    private static List<Term> expand(IndexReader reader, String field, String prefix, int limit) throws IOException {
        java.util.TreeSet<BytesRef> found = new java.util.TreeSet<>();
        BytesRef start = new BytesRef(prefix);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
                continue;
            }
            int n = 0;
            for (BytesRef t = e.term(); t != null && n < limit; t = e.next(), n++) {
                if (!org.apache.lucene.util.StringHelper.startsWith(t, start)) {
                    break;
                }
                found.add(BytesRef.deepCopyOf(t));
            }
        }
        List<Term> terms = new ArrayList<>();
        for (BytesRef t : found) {
            if (terms.size() >= limit) {
                break;
            }
            terms.add(new Term(field, t));
        }
        return terms;
    }

    /** The requested order; ties broken by identifier and id as the database did. */
    public static Sort sort(StandardQuery.Sort sort) {
        boolean desc = sort.descending();
        SortField identifier = new SortField(SearchIndex.F_IDENTIFIER_SORT, SortField.Type.STRING);
        SortField id = new SortField(SearchIndex.F_ID_SORT, SortField.Type.STRING);
        return switch (sort.field()) {
            case IDENTIFIER -> new Sort(new SortField(SearchIndex.F_IDENTIFIER_SORT, SortField.Type.STRING, desc),
                    new SortField(SearchIndex.F_ORGANIZATION_SORT, SortField.Type.STRING), id);
            case ORGANIZATION -> new Sort(new SortField(SearchIndex.F_ORGANIZATION_SORT, SortField.Type.STRING, desc),
                    identifier, id);
            case TITLE -> new Sort(new SortField(SearchIndex.F_TITLE_SORT, SortField.Type.STRING, desc), id);
            case PUBLICATION_DATE -> {
                SortField published = new SortField(SearchIndex.F_PUBLISHED, SortField.Type.LONG, desc);
                published.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE); // entries without a date last
                yield new Sort(published, identifier, id);
            }
            case UPDATED_AT -> new Sort(new SortField(SearchIndex.F_UPDATED, SortField.Type.LONG, desc), id);
            case RELEVANCE -> new Sort(new SortField(null, SortField.Type.SCORE, desc), identifier, id);
        };
    }
}
