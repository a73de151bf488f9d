package org.qitdb.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.qitdb.common.Refused;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.store.IndexQueries;
import org.qitdb.search.store.SearchIndex;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.StandardService;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StandardVisibility;

/**
 * Reads the index makes cheap: type-ahead suggestions for the search box, and the entries of other organizations most
 * similar to one entry (candidate overlaps for coordination). Both see only the entries the reader may see.
 */
@ApplicationScoped
public class StandardDiscovery {

    public static final int MAX_SUGGESTIONS = 10;
    public static final int MAX_SIMILAR = 50;
    public static final int MAX_PREFIX_LENGTH = 200;
    /** The most distinctive words of an entry that a similar one is searched by. */
    static final int SIMILARITY_TERMS = 25;
    /**
     * Words that say nothing about a subject however rare a small catalogue makes them: Lucene's English stop words
     * and the connecting words of standards' titles ("… based on …", "… using …").
     */
    static final Set<String> COMMON_WORDS = commonWords();

    @Inject
    SearchIndexer indexer;

    @Inject
    IndexEntries entries;

    @Inject
    StandardVisibility visibility;

    @Inject
    StandardService standards;

    @Inject
    ReferenceCatalog catalog;

    /** Up to {@code limit} entries whose identifier (or an alias) or title starts like the text; identifiers first. */
    public List<Suggestion> suggest(String text, int limit, Optional<Caller> reader) {
        if (text == null || text.isBlank()) {
            throw Refused.invalidParameter("q", "q is required");
        }
        if (text.length() > MAX_PREFIX_LENGTH) {
            throw Refused.invalidParameter("q", "q must be at most " + MAX_PREFIX_LENGTH + " characters");
        }
        String key = SearchTerms.cut(IdentifierNormalizer.key(typedSoFar(text), catalog.allOrganizationNames()));
        List<String> words = SearchTerms.words(text);
        Optional<Set<String>> visible = visibility.visibleOrganizations(reader);
        return indexer.index().search((searcher, facetState) -> {
            // an entry scores by the best way it matches, not their sum: an alias or a title that also starts like
            // the text must not lift an entry above one whose identifier does
            List<org.apache.lucene.search.Query> ways = new ArrayList<>();
            if (!key.isEmpty()) {
                ways.add(boost(new PrefixQuery(new Term(SearchIndex.F_IDENTIFIER_KEY, key)), 100));
                ways.add(boost(new TermQuery(new Term(SearchIndex.F_IDENTIFIER_KEY, key)), 1000));
                ways.add(boost(new PrefixQuery(new Term(SearchIndex.F_ALIAS_KEY, key)), 50));
                if (key.codePointCount(0, key.length()) >= IndexQueries.MIN_INFIX_KEY) {
                    // "qkd 014" offers ETSI GS QKD 014: the typed key inside an identifier, below those it starts
                    ways.add(boost(new PrefixQuery(new Term(SearchIndex.F_IDENTIFIER_SUFFIX, key)), 20));
                }
            }
            if (!words.isEmpty()) {
                BooleanQuery.Builder title = new BooleanQuery.Builder();
                for (String word : words.subList(0, Math.min(words.size(), 10))) {
                    title.add(new PrefixQuery(new Term(SearchIndex.F_TITLE_TEXT, word)), Occur.FILTER);
                }
                ways.add(boost(title.build(), 1));
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(new org.apache.lucene.search.DisjunctionMaxQuery(ways, 0f), Occur.MUST);
            visible.ifPresent(orgs -> query.add(in(SearchIndex.F_ORGANIZATION, orgs), Occur.FILTER));
            TopDocs top = searcher.search(query.build(), limit, new Sort(SortField.FIELD_SCORE,
                    new SortField(SearchIndex.F_IDENTIFIER_SORT, SortField.Type.STRING),
                    new SortField(SearchIndex.F_ID_SORT, SortField.Type.STRING)));
            List<Suggestion> suggestions = new ArrayList<>();
            for (StandardView v : views(searcher, top.scoreDocs)) {
                suggestions.add(new Suggestion(v.id(), v.organization(), v.identifier(), v.title()));
            }
            return suggestions;
        });
    }

    /**
     * The text without a trailing run of zeros: typing "GS QKD 0" on the way to "GS QKD 014" must keep offering GS QKD
     * entries, but identifier keys drop leading zeros (014 → 14), so a key ending in the typed 0 would match nothing.
     */
    static String typedSoFar(String text) {
        String stripped = text.stripTrailing();
        int end = stripped.length();
        while (end > 0 && stripped.charAt(end - 1) == '0') {
            end--;
        }
        boolean zerosStartANumber = end < stripped.length() && (end == 0 || !Character.isDigit(stripped.charAt(end - 1)));
        return zerosStartANumber && end > 0 ? stripped.substring(0, end) : text;
    }

    /**
     * The entries of other organizations most similar to the entry: those sharing its most distinctive words (rare in
     * the catalogue, frequent in the entry), ranked by BM25, each with the words they share.
     */
    public List<SimilarStandard> similar(String id, int limit, Optional<Caller> reader) {
        StandardView entry = standards.requireStandard(id, reader);
        Optional<Set<String>> visible = visibility.visibleOrganizations(reader);
        return indexer.index().search((searcher, facetState) -> {
            List<String> terms = distinctiveTerms(searcher.getIndexReader(), entry);
            if (terms.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String term : terms) {
                words.add(new TermQuery(new Term(SearchIndex.F_TEXT, term)), Occur.SHOULD);
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST)
                    .add(new TermQuery(new Term(SearchIndex.F_ORGANIZATION, entry.organization())), Occur.MUST_NOT);
            visible.ifPresent(orgs -> query.add(in(SearchIndex.F_ORGANIZATION, orgs), Occur.FILTER));
            TopDocs top = searcher.search(query.build(), limit);
            List<SimilarStandard> similar = new ArrayList<>();
            List<StandardView> views = views(searcher, top.scoreDocs);
            for (int i = 0; i < views.size(); i++) {
                ScoreDoc hit = top.scoreDocs[i];
                StandardView v = views.get(i);
                // the query also matches the words of their identifiers ("qkd" of GS QKD 004)
                Set<String> theirs = new LinkedHashSet<>(contentWords(v));
                theirs.addAll(SearchTerms.words(v.identifier()));
                List<String> shared = terms.stream().filter(theirs::contains).toList();
                similar.add(new SimilarStandard(v.id(), v.organization(), v.identifier(), v.title(),
                        Math.round(hit.score * 1000) / 1000.0, shared));
            }
            return similar;
        });
    }

    /** The entry's words by tf·idf, the most distinctive first: words that at least one other entry has, not numbers. */
    private static List<String> distinctiveTerms(IndexReader reader, StandardView entry) throws java.io.IOException {
        Map<String, Integer> frequency = new HashMap<>();
        for (String word : contentWords(entry)) {
            if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit) && !COMMON_WORDS.contains(word)) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        int documents = Math.max(1, reader.numDocs());
        Map<String, Double> weight = new HashMap<>();
        for (Map.Entry<String, Integer> e : frequency.entrySet()) {
            int df = reader.docFreq(new Term(SearchIndex.F_TEXT, e.getKey()));
            if (df < 2 || df > documents / 3) {
                continue; // only this entry has it, or too many entries have it to tell anything
            }
            weight.put(e.getKey(), (1 + Math.log(e.getValue())) * Math.log((double) documents / df));
        }
        return weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SIMILARITY_TERMS).map(Map.Entry::getKey).toList();
    }

    private static Set<String> commonWords() {
        Set<String> words = new HashSet<>(List.of("based", "using", "via", "within", "between", "part", "also",
                "which", "from", "its", "has", "have", "can", "may", "shall", "should", "must"));
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        return Set.copyOf(words);
    }

    private static List<String> contentWords(StandardView v) {
        List<String> words = new ArrayList<>(SearchTerms.words(v.title()));
        words.addAll(SearchTerms.words(v.summary()));
        v.keywords().forEach(k -> words.addAll(SearchTerms.words(k)));
        return words;
    }

    /** The hits' entries, in rank order, read from the index in one pass. */
    private List<StandardView> views(org.apache.lucene.search.IndexSearcher searcher, ScoreDoc[] hits) throws java.io.IOException {
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        return SearchIndex.json(searcher, docs).stream().map(entries::view).toList();
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }

    private static Query in(String field, Set<String> values) {
        if (values.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
