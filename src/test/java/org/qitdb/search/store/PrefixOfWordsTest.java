package org.qitdb.search.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A word typed in a search is a prefix of the entries' words: the query built from the words the index holds matches
 * the same entries with the same scores as a prefix query with the whole word's BM25 score beside it.
 */
class PrefixOfWordsTest {

    /** Words, and numbers: more of them start with {@code 1} than a prefix is looked up as. */
    private static final List<String> VOCABULARY = Stream.concat(Stream.of("key", "keys", "keying",
            "keyrelay", "kms", "node", "nodes", "quantum", "quantumsafe", "relay", "qkd", "qkdn", "qkd23", "trusted", "trust"),
            IntStream.range(1, 400).mapToObj(Integer::toString)).toList();

    private static final List<String> PREFIXES = List.of("k", "ke", "key", "keys", "keyrelay", "kx", "no", "node",
            "quantum", "q", "qk", "qkd", "qkdn", "trus", "trusted", "zz", "relay", "1", "12", "3", "399");

    @Property(tries = 60)
    void matchesAndScoresAsThePrefixQueryDid(@ForAll @IntRange(min = 1, max = 400) int documents,
            @ForAll @IntRange(min = 1, max = 50) int maxBufferedDocs, @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(
                    Math.max(2, maxBufferedDocs)); // several segments: the words are gathered from all of them
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < documents; i++) {
                    StringBuilder text = new StringBuilder();
                    int words = 1 + random.nextInt(8);
                    for (int w = 0; w < words; w++) {
                        text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(' ');
                    }
                    Document d = new Document();
                    d.add(new TextField("text", text.toString(), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String prefix : PREFIXES) {
                    Query before = new BooleanQuery.Builder()
                            .add(new ConstantScoreQuery(new PrefixQuery(new Term("text", prefix))), Occur.FILTER)
                            .add(new TermQuery(new Term("text", prefix)), Occur.SHOULD)
                            .build();
                    assertThat(scores(searcher, IndexQueries.prefixOfWords("text", prefix, reader, true)))
                            .as("scored %s", prefix).isEqualTo(scores(searcher, before));
                    assertThat(scores(searcher, IndexQueries.prefixOfWords("text", prefix, reader, false)).keySet())
                            .as("matched %s", prefix)
                            .isEqualTo(scores(searcher, new PrefixQuery(new Term("text", prefix))).keySet());
                }
            }
        }
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new LinkedHashMap<>();
        for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return new java.util.TreeMap<>(scores);
    }
}
