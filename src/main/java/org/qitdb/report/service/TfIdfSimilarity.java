package org.qitdb.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import org.qitdb.search.service.ContentWords;
import org.qitdb.search.service.IndexSnapshot;
import org.qitdb.search.service.IndexSnapshots;
import org.qitdb.standard.service.StandardCorpus;

/**
 * Document similarity as the cosine of TF-IDF vectors of title, summary and keywords (the entries' content words as
 * the search index keeps them, {@link ContentWords}; weight {@code (1 + ln tf) · ln(N / df)}).
 *
 * <p>Bounded at any size: the words and their counts are read from the index's postings into compact arrays (word
 * numbers and weights, no texts); candidate pairs are only those that share a rare word (at most
 * {@value #MAX_DOCUMENT_FREQUENCY} entries have it), taken rarest word first until {@value #MAX_VISITS} pairs have been
 * looked at; each candidate is scored once, by the rarest word it shares, and only the best {@code limit} are kept.
 */
@ApplicationScoped
public class TfIdfSimilarity implements DocumentSimilarity {

    public static final String METHOD = "tf-idf-cosine";
    /** A word more entries share says little about a pair (and pairs of them grow as its square). */
    static final int MAX_DOCUMENT_FREQUENCY = 200;
    /** Pairs looked at, at most: a few hundred milliseconds of one core. */
    static final long MAX_VISITS = 1_000_000;
    static final int SHARED_TERMS = 6;

    @Inject
    IndexSnapshots snapshots;

    @Inject
    StandardCorpus corpus;

    @Override
    public Result crossOrganizationPairs(Collection<String> topics, double minimumScore, int limit) {
        if (topics.isEmpty()) {
            return new Result(METHOD, List.of(), 0);
        }
        Optional<Set<String>> visible = corpus.publicOrganizations();
        Index index = new Index();
        IndexSnapshot.Contents contents = snapshots.read(s -> s.contentsFiledUnder(topics, visible));
        int[] termOf = new int[contents.words().size()];
        for (int w = 0; w < termOf.length; w++) {
            termOf[w] = index.term(contents.words().get(w));
        }
        for (int i = 0; i < contents.ids().size(); i++) {
            int[] words = contents.wordsOf().get(i);
            int[] terms = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                terms[k] = termOf[words[k]];
            }
            index.add(contents.ids().get(i), contents.organizations().get(i), terms, contents.countsOf().get(i));
        }
        return index.pairs(minimumScore, limit);
    }

    /** The corpus as sparse vectors; not thread-safe, one per computation. */
    static final class Index {
        private final Map<String, Integer> termIds = new HashMap<>();
        private final List<String> termNames = new ArrayList<>();
        private int[] documentFrequency = new int[1024];
        private final List<UUID> ids = new ArrayList<>();
        private final List<Integer> organizations = new ArrayList<>();
        private final Map<String, Integer> organizationIds = new HashMap<>();
        /** Per document: term ids (later: ranks) and their counts (later: weights). */
        private final List<int[]> documentTerms = new ArrayList<>();
        private final List<float[]> documentWeights = new ArrayList<>();

        /** A document from its texts, split as the index splits them (for tests of the measure). */
        void add(UUID id, String organization, String title, String summary, List<String> keywords) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String word : ContentWords.of(title, summary, keywords)) {
                tf.merge(term(word), 1, Integer::sum);
            }
            int[] terms = new int[tf.size()];
            int[] counts = new int[tf.size()];
            int i = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                terms[i] = e.getKey();
                counts[i++] = e.getValue();
            }
            add(id, organization, terms, counts);
        }

        /** The number of a term, given on its first use. */
        int term(String name) {
            return termIds.computeIfAbsent(name, t -> {
                termNames.add(t);
                return termNames.size() - 1;
            });
        }

        /** A document of distinct terms (numbers from {@link #term}), each occurring {@code counts[i]} times. */
        void add(UUID id, String organization, int[] terms, int[] counts) {
            float[] weights = new float[counts.length];
            for (int i = 0; i < terms.length; i++) {
                weights[i] = counts[i];
                while (terms[i] >= documentFrequency.length) {
                    documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
                }
                documentFrequency[terms[i]]++;
            }
            ids.add(id);
            organizations.add(organizationIds.computeIfAbsent(organization, o -> organizationIds.size()));
            documentTerms.add(terms);
            documentWeights.add(weights);
        }

        Result pairs(double minimumScore, int limit) {
            int n = ids.size();
            int termCount = termNames.size();
            // terms ranked rarest first: a document's terms sorted by rank put the most telling ones first
            Integer[] byRarity = new Integer[termCount];
            for (int t = 0; t < termCount; t++) {
                byRarity[t] = t;
            }
            Arrays.sort(byRarity, Comparator.comparingInt((Integer t) -> documentFrequency[t]).thenComparing(t -> termNames.get(t)));
            int[] rankOf = new int[termCount];
            for (int r = 0; r < termCount; r++) {
                rankOf[byRarity[r]] = r;
            }
            double[] idf = new double[termCount];
            for (int t = 0; t < termCount; t++) {
                idf[t] = Math.log((double) n / documentFrequency[t]);
            }
            // postings of the rare terms, by rank
            int[][] postings = new int[termCount][];
            int[] filled = new int[termCount];
            for (int d = 0; d < n; d++) {
                int[] terms = documentTerms.get(d);
                float[] weights = documentWeights.get(d);
                double norm = 0;
                for (int i = 0; i < terms.length; i++) {
                    int t = terms[i];
                    double w = (1 + Math.log(weights[i])) * idf[t];
                    weights[i] = (float) w;
                    norm += w * w;
                    terms[i] = rankOf[t];
                    int df = documentFrequency[t];
                    if (df >= 2 && df <= MAX_DOCUMENT_FREQUENCY) {
                        int r = rankOf[t];
                        if (postings[r] == null) {
                            postings[r] = new int[df];
                        }
                        postings[r][filled[r]++] = d;
                    }
                }
                sortByRank(terms, weights, norm == 0 ? 1 : (float) Math.sqrt(norm));
            }
            // the head is the worst kept pair (lowest score, then last in the listed order), the one a better pair replaces
            PriorityQueue<Scored> best = new PriorityQueue<>(Comparator.comparingDouble(Scored::score)
                    .thenComparing(Scored::key, Comparator.reverseOrder()));
            long visits = 0;
            long found = 0;
            visiting:
            for (int r = 0; r < termCount; r++) {
                int[] docs = postings[r];
                if (docs == null) {
                    continue;
                }
                for (int i = 0; i < docs.length; i++) {
                    for (int j = i + 1; j < docs.length; j++) {
                        if (++visits > MAX_VISITS) {
                            break visiting;
                        }
                        int a = docs[i];
                        int b = docs[j];
                        if (organizations.get(a).equals(organizations.get(b))) {
                            continue;
                        }
                        double score = cosineIfRarestShared(a, b, r);
                        if (score >= minimumScore) {
                            found++;
                            Scored s = new Scored(Math.min(a, b), Math.max(a, b), score);
                            best.add(s);
                            if (best.size() > limit) {
                                best.poll();
                            }
                        }
                    }
                }
            }
            List<Scored> top = new ArrayList<>(best);
            top.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key));
            List<Match> matches = top.stream().map(s -> new Match(ids.get(s.a()), ids.get(s.b()), round(s.score()),
                    sharedTerms(s.a(), s.b(), byRarity))).toList();
            return new Result(METHOD, matches, found);
        }

        /** The cosine of two documents when the rarest term they share has this rank, else -1 (scored at that term). */
        private double cosineIfRarestShared(int a, int b, int rank) {
            int[] ta = documentTerms.get(a);
            int[] tb = documentTerms.get(b);
            float[] wa = documentWeights.get(a);
            float[] wb = documentWeights.get(b);
            double dot = 0;
            boolean first = true;
            for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
                if (ta[i] == tb[j]) {
                    if (first && ta[i] != rank) {
                        return -1;
                    }
                    first = false;
                    dot += (double) wa[i] * wb[j];
                    i++;
                    j++;
                } else if (ta[i] < tb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }

        private List<String> sharedTerms(int a, int b, Integer[] byRarity) {
            int[] ta = documentTerms.get(a);
            int[] tb = documentTerms.get(b);
            float[] wa = documentWeights.get(a);
            float[] wb = documentWeights.get(b);
            List<double[]> shared = new ArrayList<>();
            for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
                if (ta[i] == tb[j]) {
                    shared.add(new double[] {ta[i], (double) wa[i] * wb[j]});
                    i++;
                    j++;
                } else if (ta[i] < tb[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            shared.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
            return shared.stream().limit(SHARED_TERMS).map(s -> termNames.get(byRarity[(int) s[0]])).toList();
        }

        /** Sorts a document's terms by rank, its weights along, and divides the weights by the norm. */
        private static void sortByRank(int[] terms, float[] weights, float norm) {
            Integer[] order = new Integer[terms.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> terms[i]));
            int[] t = terms.clone();
            float[] w = weights.clone();
            for (int i = 0; i < order.length; i++) {
                terms[i] = t[order[i]];
                weights[i] = w[order[i]] / norm;
            }
        }

        private static double round(double score) {
            return Math.round(score * 1000) / 1000.0;
        }
    }

    private record Scored(int a, int b, double score) {
        long key() {
            return ((long) a << 32) | b;
        }
    }
}
