package org.qitdb.search.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of standards in one directory: documents by entry id, the sequence number of the change log it has
 * reached, the database it was built from, and the layout and reference data it was built with — all four in the
 * commit's user data, so a commit is a consistent point to start from again. Not thread-safe for writers (the feeder
 * is the only writer); searchers may be acquired from any thread.
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * Raised when the fields or their meaning change: an index of another layout is rebuilt. The identifier rules are
     * part of it (keys made under other rules would no longer match), and so is the shape of the entries' JSON, which
     * pages send as the index stored it.
     */
    public static final String LAYOUT = "5-rules-" + org.qitdb.identifier.IdentifierNormalizer.RULES_VERSION + "-json-"
            + org.qitdb.standard.service.StandardJson.SHAPE;

    public static final String F_ID = "id";
    /**
     * The entry's JSON, as doc values rather than a stored field: a page reads 20–500 entries at random, and a stored
     * field is read by decompressing its block of many documents (a sixth of a page's time), a doc value directly.
     */
    public static final String F_JSON = "json";
    public static final String F_ORGANIZATION = "organization";
    public static final String F_GROUP = "group";
    /** The topics an entry is filed under (not those above them): terms to filter by, doc values to group by. */
    public static final String F_TOPIC = "topic";
    /** The status: a term to filter by, a doc value to group and list by. */
    public static final String F_STATUS = "status";
    public static final String F_DOCUMENT_TYPE = "documentType";
    /** The publication year, as a doc value to group by (the year facet counts the same years). */
    public static final String F_YEAR = "year";
    /** The type of each relation the entry declares ({@code equivalent}, {@code supersedes} …), once per type. */
    public static final String F_RELATION_TYPE = "relationType";
    public static final String F_PUBLISHED = "published";
    public static final String F_UPDATED = "updated";
    public static final String F_IDENTIFIER_SORT = "identifierSort";
    public static final String F_ORGANIZATION_SORT = "organizationSort";
    public static final String F_TITLE_SORT = "titleSort";
    public static final String F_ID_SORT = "idSort";
    public static final String F_TEXT = "text";
    public static final String F_ORGANIZATION_TEXT = "organizationText";
    public static final String F_TITLE_TEXT = "titleText";
    public static final String F_IDENTIFIER_KEY = "identifierKey";
    public static final String F_ALIAS_KEY = "aliasKey";
    /**
     * Every suffix of the identifier key of at least {@link IndexQueries#MIN_INFIX_KEY} characters: a key occurs inside
     * an identifier key exactly when it is a prefix of one of them, which a prefix query finds without the automaton a
     * leading wildcard needs (building that automaton was a third of a search's time).
     */
    public static final String F_IDENTIFIER_SUFFIX = "identifierSuffix";
    /**
     * The entry's content words ({@code ContentWords}) with their counts and nothing else (no positions, no norms): what
     * entries are compared by ({@link ContentVectors}).
     */
    public static final String F_CONTENT = "content";
    /**
     * The entry briefly (id, organization, identifier, title, status) as one binary doc value ({@link BriefEntries}):
     * read directly, where the same five from their sorted doc values cost a dictionary block decompressed per value
     * (a quarter of a landscape analysis's time).
     */
    public static final String F_BRIEF = "brief";
    /** Organization, group and kind of provenance as one doc value ({@link SourceTallies}). */
    public static final String F_SOURCE = "source";

    /** Facet dimensions (doc-values facets, counted in one pass over the matches). */
    public static final String D_ORGANIZATION = "organization";
    public static final String D_STATUS = "status";
    public static final String D_DOCUMENT_TYPE = "documentType";
    public static final String D_YEAR = "year";
    public static final String D_GROUP = "group";
    public static final String D_TOPIC = "topic";

    /** Joins organization and group code in one group value (no code holds it). */
    public static final char GROUP_SEPARATOR = '\u0002';

    private static final FieldType CONTENT = content();

    private static final String SEQ = "seq";
    private static final String ORIGIN = "origin";
    private static final String LAYOUT_KEY = "layout";
    private static final String CATALOG = "catalog";

    /** Where an index stands: what its last commit (or the live state, for {@link #state()}) says. */
    public record State(long seq, String origin, String layout, String catalog) {
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = facetsConfig();
    private volatile State state;
    private volatile boolean uncommitted;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /**
     * The matches of filters that queries repeat (a prefix standing for thousands of words such as {@code y} or
     * {@code 1}, the organizations a reader may see, a topic's subtree), kept per segment as bit sets. Built once for a
     * large segment, they stay valid while writes add small segments beside it, where a cache of answers empties at
     * every write. Lucene's default cache declines a filter that costs ten times the query's most selective clause
     * ({@code y*} beside {@code 3802}), but builds a prefix of many words all the same on every request in that case;
     * here a filter used twice on a segment of at least {@value #FILTER_CACHE_MIN_SEGMENT} entries is kept, within
     * {@value #FILTER_CACHE_QUERIES} filters and 16 MB (a bit set of 100 000 entries is 12.5 KB).
     */
    private static final int FILTER_CACHE_QUERIES = 512;
    private static final long FILTER_CACHE_BYTES = 16L << 20;
    private static final int FILTER_CACHE_MIN_SEGMENT = 10_000;

    private final LRUQueryCache filterCache = filterCache();
    private final QueryCachingPolicy filterCaching = new UsageTrackingQueryCachingPolicy();

    static LRUQueryCache filterCache() {
        return new LRUQueryCache(FILTER_CACHE_QUERIES, FILTER_CACHE_BYTES,
                leaf -> leaf.reader().maxDoc() >= FILTER_CACHE_MIN_SEGMENT, Float.POSITIVE_INFINITY);
    }

    private SearchIndex(Directory directory, IndexWriter writer, State state) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.state = state;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(filterCache);
                searcher.setQueryCachingPolicy(filterCaching);
                return searcher;
            }
        });
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(D_TOPIC, true);
        return config;
    }

    public FacetsConfig facets() {
        return facets;
    }

    /**
     * Opens the index in the directory as its last commit left it, checking every file's checksum: a damaged index
     * throws, an absent one is empty.
     *
     * @return the index, or empty when the directory holds no index
     */
    public static java.util.Optional<SearchIndex> openExisting(Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return java.util.Optional.empty();
            }
            Map<String, String> data;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                data = reader.getIndexCommit().getUserData();
            }
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            State state = new State(Long.parseLong(data.getOrDefault(SEQ, "-1")), data.get(ORIGIN), data.get(LAYOUT_KEY),
                    data.get(CATALOG));
            return java.util.Optional.of(new SearchIndex(directory, writer, state));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A new, empty index in the directory: whatever was there (a damaged or outdated index) is removed first. */
    public static SearchIndex create(Path path, String origin, String catalog) throws IOException {
        wipe(path);
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        SearchIndex index = new SearchIndex(directory, writer, new State(0, origin, LAYOUT, catalog));
        index.uncommitted = true;
        index.commit();
        return index;
    }

    /** Deletes the directory's files (not the directory itself, which may be a mounted volume). */
    public static void wipe(Path path) throws IOException {
        Files.createDirectories(path);
        try (var files = Files.list(path)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isDirectory(file)) {
                    try (var tree = Files.walk(file)) {
                        tree.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(32);
        config.setCommitOnClose(false);
        return config;
    }

    public State state() {
        return state;
    }

    /** Adds or replaces the entries' documents. */
    public void put(List<IndexedEntry> entries) {
        try {
            for (IndexedEntry entry : entries) {
                writer.updateDocument(new Term(F_ID, entry.id().toString()), facets.build(document(entry)));
            }
            uncommitted = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(UUID id) {
        try {
            writer.deleteDocuments(new Term(F_ID, id.toString()));
            uncommitted = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the change log position reached (and the reference data used) and makes the changes searchable. */
    public void reached(long seq, String catalog) {
        uncommitted = true;
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // after the refresh: a reader that sees this position searches data at least this new
        State now = state;
        state = new State(seq, now.origin(), now.layout(), catalog);
    }

    /** Writes the documents and the position reached to disk: a restart starts from here. */
    public void commit() {
        if (!uncommitted) {
            return;
        }
        uncommitted = false;
        State now = state;
        Map<String, String> data = new HashMap<>();
        data.put(SEQ, Long.toString(now.seq()));
        data.put(ORIGIN, now.origin() == null ? "" : now.origin());
        data.put(LAYOUT_KEY, now.layout());
        data.put(CATALOG, now.catalog() == null ? "" : now.catalog());
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            uncommitted = true;
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a search on the latest refreshed view of the index. */
    public <T> T search(Search<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher, facetState(searcher.getIndexReader()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface Search<T> {
        T run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState) throws IOException;
    }

    /** The ordinals of the facet values, computed once per refreshed reader (null while no entry has a facet value). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState computed;
        try {
            computed = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException e) {
            computed = null; // no document yet
        }
        facetState = new FacetState(reader, computed);
        return computed;
    }

    /** The JSON of each document, in the order given (documents of the searcher's reader). */
    public static List<byte[]> json(IndexSearcher searcher, int[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // doc values iterate forwards only and the hits come in rank order: read them in document order, one iterator
        // per segment, and put each where it was asked for
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> docs[i]));
        byte[][] found = new byte[docs.length][];
        LeafReaderContext leaf = null;
        org.apache.lucene.index.BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
                values = org.apache.lucene.index.DocValues.getBinary(leaf.reader(), F_JSON);
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("an indexed entry has no JSON");
            }
            BytesRef json = values.binaryValue();
            found[i] = java.util.Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length);
        }
        return java.util.Arrays.asList(found);
    }

    public long documents() {
        return writer.getDocStats().numDocs;
    }

    /** The segments a search visits now. */
    public int segments() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into at most {@code max} segments and searches the merged ones from then on; the next commit
     * writes them. Every search pays a fixed cost per segment (terms looked up, collectors and facet ordinals set up in
     * each): a 100 000-entry index that a bulk load left in 23 segments answered a page with facets in 1.6 times the
     * CPU, a search in twice the CPU, of the same index in one segment (docs/benchmarks.md). Writes and searches go on
     * meanwhile; it needs up to the index's size again on disk while it runs, and fails if the index is closed under it.
     */
    public void mergeSegments(int max) {
        try {
            writer.forceMerge(max, true);
            uncommitted = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long sizeOnDisk() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                try {
                    size += directory.fileLength(file);
                } catch (IOException ignored) {
                    // removed meanwhile
                }
            }
            return size;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback(); // uncommitted changes are left for the next start's catch-up
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                directory.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private Document document(IndexedEntry e) {
        Document d = new Document();
        d.add(new StringField(F_ID, e.id().toString(), Field.Store.NO));
        d.add(new SortedDocValuesField(F_ID_SORT, new BytesRef(e.id().toString())));
        d.add(new BinaryDocValuesField(F_JSON, new BytesRef(e.json())));
        d.add(new StringField(F_ORGANIZATION, e.organization(), Field.Store.NO));
        d.add(new SortedDocValuesField(F_ORGANIZATION_SORT, new BytesRef(e.organization())));
        d.add(new SortedSetDocValuesFacetField(D_ORGANIZATION, e.organization()));
        if (e.group() != null) {
            String group = e.organization() + GROUP_SEPARATOR + e.group();
            d.add(new StringField(F_GROUP, group, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(D_GROUP, group));
        }
        for (String topic : e.topics()) {
            d.add(new StringField(F_TOPIC, topic, Field.Store.NO));
            d.add(new SortedSetDocValuesField(F_TOPIC, new BytesRef(topic)));
        }
        for (String topic : e.topicsWithAncestors()) {
            d.add(new SortedSetDocValuesFacetField(D_TOPIC, topic));
        }
        d.add(new StringField(F_STATUS, e.status(), Field.Store.NO));
        d.add(new SortedDocValuesField(F_STATUS, new BytesRef(e.status())));
        d.add(new SortedSetDocValuesFacetField(D_STATUS, e.status()));
        d.add(new StringField(F_DOCUMENT_TYPE, e.documentType(), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(D_DOCUMENT_TYPE, e.documentType()));
        if (e.year() != null) {
            d.add(new SortedSetDocValuesFacetField(D_YEAR, Integer.toString(e.year())));
            d.add(new NumericDocValuesField(F_YEAR, e.year()));
        }
        for (String type : e.relationTypes()) {
            d.add(new StringField(F_RELATION_TYPE, type, Field.Store.NO));
        }
        if (e.publishedDay() != null) {
            d.add(new LongPoint(F_PUBLISHED, e.publishedDay()));
            d.add(new NumericDocValuesField(F_PUBLISHED, e.publishedDay()));
        }
        d.add(new LongPoint(F_UPDATED, e.updatedAt()));
        d.add(new NumericDocValuesField(F_UPDATED, e.updatedAt()));
        d.add(new SortedDocValuesField(F_IDENTIFIER_SORT, new BytesRef(e.identifier())));
        d.add(new SortedDocValuesField(F_TITLE_SORT, new BytesRef(e.title())));
        d.add(new TextField(F_TEXT, e.text(), Field.Store.NO));
        d.add(new TextField(F_ORGANIZATION_TEXT, e.organizationWords(), Field.Store.NO));
        d.add(new TextField(F_TITLE_TEXT, e.titleWords(), Field.Store.NO));
        d.add(new StringField(F_IDENTIFIER_KEY, e.identifierKey(), Field.Store.NO));
        for (String suffix : suffixes(e.identifierKey(), IndexQueries.MIN_INFIX_KEY)) {
            d.add(new StringField(F_IDENTIFIER_SUFFIX, suffix, Field.Store.NO));
        }
        for (String alias : e.aliasKeys()) {
            d.add(new StringField(F_ALIAS_KEY, alias, Field.Store.NO));
        }
        d.add(new Field(F_CONTENT, e.contentWords(), CONTENT));
        d.add(new BinaryDocValuesField(F_BRIEF, BriefEntries.encode(e.id(), e.organization(), e.identifier(), e.title(), e.status())));
        d.add(new SortedDocValuesField(F_SOURCE, new BytesRef(SourceTallies.value(e.organization(), e.group(), e.sourceKind()))));
        return d;
    }

    private static FieldType content() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The suffixes of the key, longest first, down to the given length in code points. */
    static List<String> suffixes(String key, int shortest) {
        List<String> suffixes = new java.util.ArrayList<>();
        int length = key.codePointCount(0, key.length());
        for (int at = 0, start = 0; length - at >= shortest; at++, start = key.offsetByCodePoints(start, 1)) {
            suffixes.add(key.substring(start));
        }
        return suffixes;
    }
}
