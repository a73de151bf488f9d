package org.qitdb.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.qitdb.common.PageInfo;
import org.qitdb.search.store.IndexQueries;
import org.qitdb.search.store.SearchIndex;
import org.qitdb.standard.service.FacetCount;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.StandardIndex;
import org.qitdb.standard.service.StandardJson;
import org.qitdb.standard.service.StandardPage;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.TextQuery;

/**
 * The list of standards answered from the index: the matches of every filter (and the reader's restriction) counted
 * exactly, one page of them in the requested order, and all requested facets counted in the same pass.
 */
@ApplicationScoped
public class IndexedStandards implements StandardIndex {

    private static final Pattern IDENTIFIER_KEY = Pattern.compile("[\\p{L}\\p{Nd}]+(-[\\p{L}\\p{Nd}]+)*");

    @Inject
    SearchIndexer indexer;

    @Inject
    HitSnippets snippets;

    @Override
    public long position() {
        return indexer.index().state().seq();
    }

    @Override
    public String referenceData() {
        return indexer.index().state().catalog();
    }

    @Override
    public StandardPage page(StandardQuery query, String textKey) {
        String key = query.hasText() ? identifierKey(query.textQuery(), textKey) : null;
        return indexer.index().search((searcher, facetState) -> page(searcher, facetState, query, key));
    }

    @Override
    public List<java.util.UUID> idsAfter(StandardQuery query, String textKey, java.util.UUID afterId, int limit) {
        String key = query.hasText() ? identifierKey(query.textQuery(), textKey) : null;
        return indexer.index().search((searcher, facetState) -> {
            Query matches = IndexQueries.of(query, key, Abbreviations::alternativesOf, searcher.getIndexReader());
            Query after = afterId == null ? matches : new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(matches, org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(org.apache.lucene.search.TermRangeQuery.newStringRange(SearchIndex.F_ID, afterId.toString(), null,
                            false, false), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
            org.apache.lucene.search.Sort byId = new org.apache.lucene.search.Sort(
                    new org.apache.lucene.search.SortField(SearchIndex.F_ID_SORT, org.apache.lucene.search.SortField.Type.STRING));
            TopDocs top = searcher.search(after, limit, byId);
            List<java.util.UUID> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                org.apache.lucene.util.BytesRef id = (org.apache.lucene.util.BytesRef) ((org.apache.lucene.search.FieldDoc) hit).fields[0];
                ids.add(java.util.UUID.fromString(id.utf8ToString()));
            }
            return ids;
        });
    }

    private StandardPage page(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, StandardQuery query,
            String key) throws IOException {
        Query lucene = IndexQueries.of(query, key, Abbreviations::alternativesOf, searcher.getIndexReader());
        long offset = (long) query.page() * query.size();
        int hits = (int) Math.max(1, Math.min(offset + query.size(), Math.max(1, searcher.getIndexReader().maxDoc())));
        TopDocs topDocs;
        FacetsCollector matches = null;
        long total;
        if (query.facets().isEmpty()) {
            // the page alone may skip the matches that cannot reach it (block-max scores), then count them apart: counting
            // needs no scores, and scoring every match was most of a broad search's time
            topDocs = searcher.search(lucene, new TopFieldCollectorManager(IndexQueries.sort(query.sort()), hits, null, hits));
            total = topDocs.totalHits.relation == TotalHits.Relation.EQUAL_TO ? topDocs.totalHits.value : searcher.count(lucene);
        } else {
            // the facets visit every match anyway
            TopFieldCollectorManager top = new TopFieldCollectorManager(IndexQueries.sort(query.sort()), hits, null,
                    Integer.MAX_VALUE);
            Object[] results = searcher.search(lucene, new MultiCollectorManager(top, new FacetsCollectorManager()));
            topDocs = (TopDocs) results[0];
            matches = (FacetsCollector) results[1];
            total = topDocs.totalHits.value;
        }
        int from = (int) Math.min(offset, topDocs.scoreDocs.length);
        int[] docs = new int[topDocs.scoreDocs.length - from];
        for (int i = from; i < topDocs.scoreDocs.length; i++) {
            docs[i - from] = topDocs.scoreDocs[i].doc;
        }
        List<StandardJson> items = SearchIndex.json(searcher, docs).stream().map(StandardJson::new).toList();
        Map<String, List<FacetCount>> facets = null;
        if (matches != null) {
            facets = facets(query.facets(), facetState, matches);
        }
        return new StandardPage(items, PageInfo.of(query.page(), query.size(), total),
                facets == null ? null : java.util.Collections.unmodifiableMap(facets),
                query.wantsSnippets() ? java.util.Collections.unmodifiableMap(snippets.of(query.textQuery(), items)) : null);
    }

    private static Map<String, List<FacetCount>> facets(Set<String> names, SortedSetDocValuesReaderState state,
            FacetsCollector matches) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, matches);
        for (String name : names) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result = null;
            if (counts != null) {
                try {
                    result = counts.getAllChildren(name);
                } catch (IllegalArgumentException e) {
                    result = null; // no entry has a value of this facet
                }
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    long count = lv.value.longValue();
                    if (count == 0) {
                        continue;
                    }
                    if (name.equals(SearchIndex.D_GROUP)) {
                        int at = lv.label.indexOf(SearchIndex.GROUP_SEPARATOR);
                        values.add(new FacetCount(lv.label.substring(at + 1), count, lv.label.substring(0, at)));
                    } else {
                        values.add(new FacetCount(lv.label, count, null));
                    }
                }
            }
            values.sort(order(name));
            facets.put(name, List.copyOf(values));
        }
        return facets;
    }

    /** As the database ordered them: by count then value; years newest first; groups by count, organization, code. */
    private static Comparator<FacetCount> order(String facet) {
        if (facet.equals(SearchIndex.D_YEAR)) {
            return Comparator.comparing((FacetCount c) -> Integer.parseInt(c.value())).reversed();
        }
        Comparator<FacetCount> byCount = Comparator.comparingLong(FacetCount::count).reversed();
        if (facet.equals(SearchIndex.D_GROUP)) {
            return byCount.thenComparing(FacetCount::organization).thenComparing(FacetCount::value);
        }
        return byCount.thenComparing(FacetCount::value);
    }

    /**
     * The query's identifier key when the query is a plain one (no operators) and the key can be a term of the search
     * document: letters, digits and the hyphen between numbers, cut like the document's terms.
     */
    static String identifierKey(TextQuery query, String textKey) {
        if (!query.plain() || textKey == null || !IDENTIFIER_KEY.matcher(textKey).matches()) {
            return null;
        }
        return SearchTerms.cut(textKey);
    }
}
