package org.qitdb.search.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * The first entries by identifier (then id) of each organization filed under each of some topics: a bounded sample,
 * however many entries a topic has, in one pass over the matches. Within a segment entries are compared by their
 * ordinals, which sort as the values do; the segments' winners are then merged by value, looking up only the values
 * the merge compares (a look-up decompresses a block of the terms dictionary: looking up every winner of every segment
 * was most of the sample's time).
 */
public final class FirstEntries {

    /** A sampled entry: a document filed under the topic. */
    public record Filed(String topic, int doc) {
    }

    private FirstEntries() {
    }

    /**
     * @param matches the entries to sample from (filed under one of the topics)
     * @return per topic and organization at most {@code perOrganization} entries, first by identifier then id
     */
    public static List<Filed> perOrganization(IndexSearcher searcher, Query matches, Collection<String> topics,
            int perOrganization) throws IOException {
        if (perOrganization <= 0 || topics.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (String topic : topics) {
            position.putIfAbsent(topic, position.size());
        }
        List<String> topicList = List.copyOf(position.keySet());
        Map<Group, List<Run>> runs = searcher.search(matches, new CollectorManager<Collector, Map<Group, List<Run>>>() {
            @Override
            public Collector newCollector() {
                return new SampleCollector(position, perOrganization);
            }

            @Override
            public Map<Group, List<Run>> reduce(Collection<Collector> collectors) {
                Map<Group, List<Run>> all = new HashMap<>();
                for (Collector c : collectors) {
                    ((SampleCollector) c).runs.forEach((group, list) -> all.computeIfAbsent(group, g -> new ArrayList<>()).addAll(list));
                }
                return all;
            }
        });
        List<Filed> filed = new ArrayList<>();
        for (Map.Entry<Group, List<Run>> e : runs.entrySet()) {
            for (int doc : merge(e.getValue(), perOrganization)) {
                filed.add(new Filed(topicList.get(e.getKey().topic()), doc));
            }
        }
        return filed;
    }

    /** The first {@code limit} documents of the segments' runs, by identifier then id. */
    private static List<Integer> merge(List<Run> runs, int limit) throws IOException {
        PriorityQueue<Head> heads = new PriorityQueue<>(runs.size(), Head.ORDER);
        for (Run run : runs) {
            heads.add(new Head(run, 0));
        }
        List<Integer> first = new ArrayList<>(limit);
        while (first.size() < limit && !heads.isEmpty()) {
            Head head = heads.poll();
            first.add(head.run.docBase + head.run.entries[head.at][2]);
            if (head.at + 1 < head.run.entries.length) {
                heads.add(new Head(head.run, head.at + 1));
            }
        }
        return first;
    }

    private record Group(int topic, String organization) {
    }

    /** One segment's best entries of a group, best first: each {identifier ord, id ord, doc}. */
    private record Run(SortedDocValues identifiers, SortedDocValues ids, int docBase, int[][] entries) {
    }

    /** A run's next entry, its identifier looked up when it becomes a head and its id only when identifiers tie. */
    private static final class Head {
        static final Comparator<Head> ORDER = (a, b) -> {
            int byIdentifier = a.identifier.compareTo(b.identifier);
            return byIdentifier != 0 ? byIdentifier : a.id().compareTo(b.id());
        };

        final Run run;
        final int at;
        final BytesRef identifier;
        private BytesRef id;

        Head(Run run, int at) throws IOException {
            this.run = run;
            this.at = at;
            this.identifier = BytesRef.deepCopyOf(run.identifiers.lookupOrd(run.entries[at][0]));
        }

        BytesRef id() {
            if (id == null) {
                try {
                    id = BytesRef.deepCopyOf(run.ids.lookupOrd(run.entries[at][1]));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return id;
        }
    }

    private static final class SampleCollector implements Collector {
        final Map<String, Integer> position;
        final int limit;
        final Map<Group, List<Run>> runs = new HashMap<>();

        SampleCollector(Map<String, Integer> position, int limit) {
            this.position = position;
            this.limit = limit;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Segment(context);
        }

        private final class Segment implements LeafCollector {
            final LeafReaderContext context;
            final SortedDocValues organizations;
            final SortedDocValues identifiers;
            final SortedDocValues ids;
            final SortedSetDocValues filedUnder;
            final int organizationCount;
            final int[] positionByOrdinal;
            /** Per topic and organization ordinal: the best so far, worst first; each {identifier ord, id ord, doc}. */
            final PriorityQueue<int[]>[] best;

            Segment(LeafReaderContext context) throws IOException {
                this.context = context;
                organizations = DocValues.getSorted(context.reader(), SearchIndex.F_ORGANIZATION_SORT);
                identifiers = DocValues.getSorted(context.reader(), SearchIndex.F_IDENTIFIER_SORT);
                ids = DocValues.getSorted(context.reader(), SearchIndex.F_ID_SORT);
                filedUnder = DocValues.getSortedSet(context.reader(), SearchIndex.F_TOPIC);
                organizationCount = Math.max(1, organizations.getValueCount());
                positionByOrdinal = new int[(int) filedUnder.getValueCount()];
                for (int ord = 0; ord < positionByOrdinal.length; ord++) {
                    positionByOrdinal[ord] = position.getOrDefault(filedUnder.lookupOrd(ord).utf8ToString(), -1);
                }
                @SuppressWarnings("unchecked")
                PriorityQueue<int[]>[] queues = new PriorityQueue[position.size() * organizationCount];
                best = queues;
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!filedUnder.advanceExact(doc) || !organizations.advanceExact(doc) || !identifiers.advanceExact(doc)
                        || !ids.advanceExact(doc)) {
                    return;
                }
                int[] entry = {identifiers.ordValue(), ids.ordValue(), doc};
                int organization = organizations.ordValue();
                for (int i = 0, n = filedUnder.docValueCount(); i < n; i++) {
                    int topic = positionByOrdinal[(int) filedUnder.nextOrd()];
                    if (topic < 0) {
                        continue;
                    }
                    int group = topic * organizationCount + organization;
                    PriorityQueue<int[]> queue = best[group];
                    if (queue == null) {
                        queue = new PriorityQueue<>(limit + 1, WORST_FIRST);
                        best[group] = queue;
                    }
                    if (queue.size() < limit) {
                        queue.add(entry);
                    } else if (WORST_FIRST.compare(entry, queue.peek()) > 0) {
                        queue.poll();
                        queue.add(entry);
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int group = 0; group < best.length; group++) {
                    if (best[group] == null) {
                        continue;
                    }
                    int[][] entries = best[group].toArray(int[][]::new);
                    Arrays.sort(entries, WORST_FIRST.reversed());
                    String organization = organizations.lookupOrd(group % organizationCount).utf8ToString();
                    runs.computeIfAbsent(new Group(group / organizationCount, organization), g -> new ArrayList<>())
                            .add(new Run(identifiers, ids, context.docBase, entries));
                }
            }
        }
    }

    /** Larger (later by identifier, then id) first: the head of a full queue is the one to drop. */
    private static final Comparator<int[]> WORST_FIRST = (a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
            : Integer.compare(b[1], a[1]);
}
