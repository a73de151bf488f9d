package org.qitdb.search.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Which documents of a searcher match a query or hold a term, and what they are, briefly (id, organization,
 * identifier, title, status; or status and the topics they are filed under): read from doc values, without the
 * entries' JSON.
 */
public final class BriefEntries {

    /** An entry briefly; {@code doc} is its document in the searcher it was read from. */
    public record Brief(int doc, UUID id, String organization, String identifier, String title, String status) {
    }

    private BriefEntries() {
    }

    /** The documents matching the query, in document order. */
    public static int[] matching(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int[] docs = new int[16];
        int n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    if (n == docs.length) {
                        docs = Arrays.copyOf(docs, n * 2);
                    }
                    docs[n++] = leaf.docBase + doc;
                }
            }
        }
        return Arrays.copyOf(docs, n);
    }

    /**
     * Those of the documents (in document order) that match the query: each segment's matches are advanced to the
     * documents asked about, not all visited.
     */
    public static int[] matchingAmong(IndexSearcher searcher, Query query, int[] sortedDocs) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] matching = new int[sortedDocs.length];
        int n = 0;
        int i = 0;
        while (i < sortedDocs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sortedDocs[i], leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            for (; i < sortedDocs.length && sortedDocs[i] < end; i++) {
                int doc = sortedDocs[i] - leaf.docBase;
                if (it != null && it.docID() < doc) {
                    it.advance(doc);
                }
                if (it != null && it.docID() == doc) {
                    matching[n++] = sortedDocs[i];
                }
            }
        }
        return Arrays.copyOf(matching, n);
    }

    /**
     * The documents that hold each of the terms in the field (term → documents; terms no document holds are absent): a
     * direct look-up of the terms in order, one terms enumeration per segment, no query to build.
     */
    public static Map<String, List<Integer>> withTerms(IndexSearcher searcher, String field, Collection<String> terms)
            throws IOException {
        // each term made into bytes once, in the index's order: a sort comparing terms by their bytes made them again
        // at every comparison, and that was a tenth of a landscape's time
        TreeMap<BytesRef, String> sorted = new TreeMap<>();
        for (String term : terms) {
            sorted.putIfAbsent(new BytesRef(term), term);
        }
        Map<String, List<Integer>> found = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms indexed = leaf.reader().terms(field);
            if (indexed == null) {
                continue;
            }
            TermsEnum e = indexed.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (Map.Entry<BytesRef, String> term : sorted.entrySet()) {
                if (!e.seekExact(term.getKey())) {
                    continue;
                }
                postings = e.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found.computeIfAbsent(term.getValue(), t -> new ArrayList<>()).add(leaf.docBase + doc);
                    }
                }
            }
        }
        return found;
    }

    /** Where an entry is filed and with which status: what is cheap to read of many (both have few distinct values). */
    public record Placement(int doc, String status, List<String> topics) {
    }

    /** The documents' statuses and topics, in document order (the documents given in document order). */
    public static List<Placement> placements(IndexSearcher searcher, int[] sortedDocs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Placement> placements = new ArrayList<>(sortedDocs.length);
        LeafReaderContext leaf = null;
        SortedDocValues status = null;
        SortedSetDocValues topics = null;
        for (int doc : sortedDocs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                status = DocValues.getSorted(leaf.reader(), SearchIndex.F_STATUS);
                topics = DocValues.getSortedSet(leaf.reader(), SearchIndex.F_TOPIC);
            }
            placements.add(new Placement(doc, Fields.value(status, doc - leaf.docBase), Fields.values(topics, doc - leaf.docBase)));
        }
        return placements;
    }

    /** The documents' entries, in the order given; read in document order, one set of iterators per segment. */
    public static List<Brief> of(IndexSearcher searcher, int[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i]));
        Brief[] found = new Brief[docs.length];
        LeafReaderContext leaf = null;
        Fields fields = null;
        Brief last = null;
        for (int i : byDoc) {
            int doc = docs[i];
            if (last != null && last.doc() == doc) {
                // doc values iterate forwards only: a document asked for twice is read once
                found[i] = last;
                continue;
            }
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                fields = new Fields(leaf);
            }
            last = fields.read(doc, doc - leaf.docBase);
            found[i] = last;
        }
        return Arrays.asList(found);
    }

    /** The brief of an entry as {@link SearchIndex#F_BRIEF} holds it: five length-prefixed UTF-8 strings. */
    static BytesRef encode(UUID id, String organization, String identifier, String title, String status) {
        byte[][] parts = {id.toString().getBytes(StandardCharsets.UTF_8), organization.getBytes(StandardCharsets.UTF_8),
                identifier.getBytes(StandardCharsets.UTF_8), title.getBytes(StandardCharsets.UTF_8), status.getBytes(StandardCharsets.UTF_8)};
        int length = 0;
        for (byte[] part : parts) {
            length += 5 + part.length;
        }
        byte[] bytes = new byte[length];
        ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
        try {
            for (byte[] part : parts) {
                out.writeVInt(part.length);
                out.writeBytes(part, part.length);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // an array has room: sized above
        }
        return new BytesRef(bytes, 0, out.getPosition());
    }

    private static final class Fields {
        final BinaryDocValues brief;
        final ByteArrayDataInput in = new ByteArrayDataInput();
        BytesRef value;

        Fields(LeafReaderContext leaf) throws IOException {
            brief = DocValues.getBinary(leaf.reader(), SearchIndex.F_BRIEF);
        }

        Brief read(int doc, int segmentDoc) throws IOException {
            if (!brief.advanceExact(segmentDoc)) {
                throw new IllegalStateException("an indexed entry lacks a field every entry has");
            }
            value = brief.binaryValue();
            in.reset(value.bytes, value.offset, value.length);
            return new Brief(doc, UUID.fromString(next()), next(), next(), next(), next());
        }

        private String next() {
            int length = in.readVInt();
            String text = new String(value.bytes, in.getPosition(), length, StandardCharsets.UTF_8);
            in.skipBytes(length);
            return text;
        }

        static List<String> values(SortedSetDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return List.of();
            }
            String[] found = new String[values.docValueCount()];
            for (int i = 0; i < found.length; i++) {
                found[i] = values.lookupOrd(values.nextOrd()).utf8ToString();
            }
            return List.of(found);
        }

        static String value(SortedDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                throw new IllegalStateException("an indexed entry lacks a field every entry has");
            }
            return values.lookupOrd(values.ordValue()).utf8ToString();
        }
    }
}
