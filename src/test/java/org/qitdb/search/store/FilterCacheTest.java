package org.qitdb.search.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A prefix of thousands of words beside a selective word ({@code y*} beside {@code 3802} in {@code Y.3802}) is built
 * into a bit set on every request whether cached or not; the index's filter cache keeps it, where Lucene's default
 * declines it for costing more than ten times the selective clause.
 */
class FilterCacheTest {

    @Test
    void keepsAPrefixOfManyWordsBesideASelectiveWord() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 20_000; i++) {
                    Document d = new Document();
                    d.add(new TextField("text", "y" + i + (i == 3802 ? " rare" : ""), Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.forceMerge(1);
            }
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("text", "rare")), Occur.MUST)
                    .add(new ConstantScoreQuery(new PrefixQuery(new Term("text", "y"))), Occur.FILTER)
                    .build();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(cachedAfterThreeSearches(reader, SearchIndex.filterCache(), query)).isPositive();
                // Lucene's own choice for the same query, to show what the index's cache changes
                LRUQueryCache lucenesDefault = new LRUQueryCache(512, 16L << 20, leaf -> true, 10f);
                assertThat(cachedAfterThreeSearches(reader, lucenesDefault, query)).isZero();
            }
        }
    }

    private static long cachedAfterThreeSearches(DirectoryReader reader, LRUQueryCache cache, Query query)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(cache);
        searcher.setQueryCachingPolicy(new UsageTrackingQueryCachingPolicy());
        for (int i = 0; i < 3; i++) {
            assertThat(searcher.count(query)).isEqualTo(1);
        }
        return cache.getCacheCount();
    }
}
