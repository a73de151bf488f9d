package org.qitdb.search.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The matching entries counted per organization, group and kind of provenance ({@link SearchIndex#F_SOURCE}): where the
 * entries of a report's scope came from. Counted on the segments' ordinals of the one value that joins the three.
 */
public final class SourceTallies {

    /** Entries of one organization and group (null: none) with one kind of provenance. */
    public record SourceCount(String organization, String group, String kind, long count) {
    }

    private SourceTallies() {
    }

    /** In the order of organization, group (none first) and kind. */
    public static List<SourceCount> tally(IndexSearcher searcher, Query matches) throws IOException {
        int[] docs = BriefEntries.matching(searcher, matches); // ascending
        Map<String, long[]> counts = new TreeMap<>();
        int next = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (next == docs.length || docs[next] >= end) {
                continue;
            }
            SortedDocValues sources = DocValues.getSorted(leaf.reader(), SearchIndex.F_SOURCE);
            int[] perOrd = new int[Math.max(1, sources.getValueCount())];
            for (; next < docs.length && docs[next] < end; next++) {
                if (sources.advanceExact(docs[next] - leaf.docBase)) {
                    perOrd[sources.ordValue()]++;
                }
            }
            for (int ord = 0; ord < sources.getValueCount(); ord++) {
                if (perOrd[ord] > 0) {
                    counts.computeIfAbsent(sources.lookupOrd(ord).utf8ToString(), k -> new long[1])[0] += perOrd[ord];
                }
            }
        }
        List<SourceCount> tallies = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> {
            String[] parts = value.split(String.valueOf(SearchIndex.GROUP_SEPARATOR), -1);
            tallies.add(new SourceCount(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2], count[0]));
        });
        return tallies;
    }

    /** The value {@link #tally} splits again. */
    static String value(String organization, String group, String kind) {
        return organization + SearchIndex.GROUP_SEPARATOR + (group == null ? "" : group) + SearchIndex.GROUP_SEPARATOR + kind;
    }
}
