package org.qitdb.search.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The content words of the matching entries with their counts, read from the postings of {@link SearchIndex#F_CONTENT}
 * rather than from the entries' texts: for comparing every entry with every other (the report's overlap section). Two
 * walks over the field's postings per segment — one to size each entry's arrays, one to fill them — so that an entry's
 * words take two ints each and nothing else; at 100 000 entries of about 30 distinct words, some 25 MB while in use.
 *
 * @param words       the words, numbered by position
 * @param ids         per entry, its id
 * @param organizations per entry, its organization's code
 * @param wordsOf     per entry, the numbers of its words, ascending
 * @param countsOf    per entry, how often each of its words occurs, along {@code wordsOf}
 */
public record ContentVectors(List<String> words, List<UUID> ids, List<String> organizations, List<int[]> wordsOf,
        List<int[]> countsOf) {

    public int size() {
        return ids.size();
    }

    public static ContentVectors of(IndexSearcher searcher, Query matches) throws IOException {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        List<int[]> wordsOf = new ArrayList<>();
        List<int[]> countsOf = new ArrayList<>();
        int[] matching = BriefEntries.matching(searcher, matches); // ascending
        int next = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (next == matching.length || matching[next] >= end) {
                continue;
            }
            // the position of each matching entry of the segment among all entries read
            int[] position = new int[leaf.reader().maxDoc()];
            java.util.Arrays.fill(position, -1);
            int first = ids.size();
            SortedDocValues id = DocValues.getSorted(leaf.reader(), SearchIndex.F_ID_SORT);
            SortedDocValues organization = DocValues.getSorted(leaf.reader(), SearchIndex.F_ORGANIZATION_SORT);
            Map<Integer, String> organizationOfOrd = new HashMap<>();
            for (; next < matching.length && matching[next] < end; next++) {
                int doc = matching[next] - leaf.docBase;
                if (!id.advanceExact(doc) || !organization.advanceExact(doc)) {
                    throw new IllegalStateException("an indexed entry has no id or organization");
                }
                position[doc] = ids.size();
                ids.add(UUID.fromString(id.lookupOrd(id.ordValue()).utf8ToString()));
                int ord = organization.ordValue();
                organizations.add(organizationOfOrd.computeIfAbsent(ord, o -> lookup(organization, o)));
            }
            int matched = ids.size() - first;
            Terms terms = leaf.reader().terms(SearchIndex.F_CONTENT);
            int[] sizes = new int[matched];
            PostingsEnum postings = null;
            if (terms != null) {
                TermsEnum walk = terms.iterator();
                while (walk.next() != null) {
                    postings = walk.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (position[doc] >= 0) {
                            sizes[position[doc] - first]++;
                        }
                    }
                }
            }
            int[][] entryWords = new int[matched][];
            int[][] entryCounts = new int[matched][];
            for (int i = 0; i < matched; i++) {
                entryWords[i] = new int[sizes[i]];
                entryCounts[i] = new int[sizes[i]];
            }
            int[] filled = new int[matched];
            if (terms != null) {
                TermsEnum walk = terms.iterator();
                BytesRef term;
                while ((term = walk.next()) != null) {
                    postings = walk.postings(postings, PostingsEnum.FREQS);
                    int number = -1;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (position[doc] < 0) {
                            continue;
                        }
                        if (number < 0) {
                            String word = term.utf8ToString();
                            number = numbers.computeIfAbsent(word, w -> {
                                words.add(w);
                                return words.size() - 1;
                            });
                        }
                        int at = position[doc] - first;
                        entryWords[at][filled[at]] = number;
                        entryCounts[at][filled[at]++] = postings.freq();
                    }
                }
            }
            for (int i = 0; i < matched; i++) {
                wordsOf.add(entryWords[i]);
                countsOf.add(entryCounts[i]);
            }
        }
        return new ContentVectors(words, ids, organizations, wordsOf, countsOf);
    }

    private static String lookup(SortedDocValues values, int ord) {
        try {
            return values.lookupOrd(ord).utf8ToString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
