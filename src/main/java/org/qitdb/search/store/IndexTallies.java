package org.qitdb.search.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The grouped counts of a topic tree, in one pass over the matching entries: entries per topic (an entry counts under
 * its own topics and every topic of the tree above them, once each), organization and status; entries filed under each
 * topic itself per organization, for some statuses; entries per publication year and organization.
 *
 * <p>Counted on the segments' ordinals, so that a match costs a few array increments; the values are looked up once
 * per segment.
 */
public final class IndexTallies {

    /** Entries under a topic (its sub-topics included) of one organization with one status. */
    public record TopicCount(String topic, String organization, String status, long count) {
    }

    /** Entries filed under the topic itself, of one organization. */
    public record FiledCount(String topic, String organization, long count) {
    }

    public record YearCount(int year, String organization, long count) {
    }

    public record Tallies(List<TopicCount> byTopic, List<FiledCount> filed, List<YearCount> byYear) {
    }

    private IndexTallies() {
    }

    /**
     * @param matches      the entries to count
     * @param tree         the topics counted, in a fixed order
     * @param countedUnder each topic an entry may be filed under → the topics of the tree it counts under (itself
     *                     included); an entry's topics outside the map count nowhere
     * @param filedStatuses the statuses of the entries counted in {@link Tallies#filed()}
     */
    public static Tallies tally(IndexSearcher searcher, Query matches, List<String> tree, Map<String, Set<String>> countedUnder,
            Collection<String> filedStatuses) throws IOException {
        Map<String, Integer> position = new LinkedHashMap<>();
        for (String topic : tree) {
            position.putIfAbsent(topic, position.size());
        }
        List<String> topics = List.copyOf(position.keySet());
        Map<String, int[]> under = new HashMap<>();
        countedUnder.forEach((topic, ancestors) -> under.put(topic,
                ancestors.stream().filter(position::containsKey).mapToInt(position::get).sorted().distinct().toArray()));
        Counts counts = searcher.search(matches, new CollectorManager<Collector, Counts>() {
            @Override
            public Collector newCollector() {
                return new TallyCollector(position, under, Set.copyOf(filedStatuses));
            }

            @Override
            public Counts reduce(Collection<Collector> collectors) {
                Counts all = new Counts();
                for (Collector c : collectors) {
                    all.add(((TallyCollector) c).counts);
                }
                return all;
            }
        });
        List<TopicCount> byTopic = new ArrayList<>();
        counts.byTopic.forEach((key, count) -> byTopic.add(new TopicCount(topics.get(key.topic()), key.organization(), key.value(), count[0])));
        List<FiledCount> filed = new ArrayList<>();
        counts.filed.forEach((key, count) -> filed.add(new FiledCount(topics.get(key.topic()), key.organization(), count[0])));
        List<YearCount> byYear = new ArrayList<>();
        counts.byYear.forEach((key, count) -> byYear.add(new YearCount(Integer.parseInt(key.value()), key.organization(), count[0])));
        return new Tallies(byTopic, filed, byYear);
    }

    /** A cell of one of the tallies: topic position (or -1), organization, and status or year (or null). */
    private record Cell(int topic, String organization, String value) {
    }

    private static final class Counts {
        final Map<Cell, long[]> byTopic = new HashMap<>();
        final Map<Cell, long[]> filed = new HashMap<>();
        final Map<Cell, long[]> byYear = new HashMap<>();

        void add(Counts other) {
            other.byTopic.forEach((k, v) -> byTopic.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            other.filed.forEach((k, v) -> filed.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            other.byYear.forEach((k, v) -> byYear.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        }

        void add(Map<Cell, long[]> into, Cell cell, long count) {
            into.computeIfAbsent(cell, x -> new long[1])[0] += count;
        }
    }

    /** Counts per segment on ordinals, turned into values when the segment is done. */
    private static final class TallyCollector implements Collector {
        final Map<String, Integer> position;
        final int topics;
        final Map<String, int[]> under;
        final Set<String> filedStatuses;
        final Counts counts = new Counts();

        TallyCollector(Map<String, Integer> position, Map<String, int[]> under, Set<String> filedStatuses) {
            this.position = position;
            this.topics = position.size();
            this.under = under;
            this.filedStatuses = filedStatuses;
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
            final SortedDocValues organizations;
            final SortedDocValues statuses;
            final SortedSetDocValues filedUnder;
            final NumericDocValues years;
            final int organizationCount;
            final int statusCount;
            /** Topic ordinal of this segment → positions of the tree topics it counts under (null: none). */
            final int[][] underByOrdinal;
            /** Topic ordinal of this segment → its own position in the tree (-1: not in the tree). */
            final int[] positionByOrdinal;
            /** Status ordinal → whether entries with it count as filed. */
            final boolean[] filedStatus;
            /** [topic][organization][status] entries under the topic. */
            final int[] byTopic;
            /** [topic][organization] entries filed under the topic itself with a filed status. */
            final int[] filed;
            /** The last entry counted under each topic: an entry filed under two sub-topics counts once above them. */
            final int[] lastCounted;
            final Map<Long, int[]> byYear = new HashMap<>();

            Segment(LeafReaderContext context) throws IOException {
                organizations = DocValues.getSorted(context.reader(), SearchIndex.F_ORGANIZATION_SORT);
                statuses = DocValues.getSorted(context.reader(), SearchIndex.F_STATUS);
                filedUnder = DocValues.getSortedSet(context.reader(), SearchIndex.F_TOPIC);
                years = DocValues.getNumeric(context.reader(), SearchIndex.F_YEAR);
                organizationCount = Math.max(1, organizations.getValueCount());
                statusCount = Math.max(1, statuses.getValueCount());
                underByOrdinal = new int[(int) filedUnder.getValueCount()][];
                positionByOrdinal = new int[underByOrdinal.length];
                for (int ord = 0; ord < underByOrdinal.length; ord++) {
                    String topic = filedUnder.lookupOrd(ord).utf8ToString();
                    underByOrdinal[ord] = under.get(topic);
                    positionByOrdinal[ord] = position.getOrDefault(topic, -1);
                }
                filedStatus = new boolean[statuses.getValueCount()];
                for (int ord = 0; ord < filedStatus.length; ord++) {
                    filedStatus[ord] = filedStatuses.contains(statuses.lookupOrd(ord).utf8ToString());
                }
                byTopic = new int[topics * organizationCount * statusCount];
                filed = new int[topics * organizationCount];
                lastCounted = new int[topics];
                java.util.Arrays.fill(lastCounted, -1);
            }

            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!organizations.advanceExact(doc) || !statuses.advanceExact(doc)) {
                    return; // every entry has both; an entry without them is not one the tallies know how to place
                }
                int organization = organizations.ordValue();
                int status = statuses.ordValue();
                boolean countsAsFiled = filedStatus[status];
                if (filedUnder.advanceExact(doc)) {
                    for (int i = 0, n = filedUnder.docValueCount(); i < n; i++) {
                        int ord = (int) filedUnder.nextOrd();
                        int[] positions = underByOrdinal[ord];
                        if (positions != null) {
                            for (int topic : positions) {
                                if (lastCounted[topic] != doc) {
                                    lastCounted[topic] = doc;
                                    byTopic[(topic * organizationCount + organization) * statusCount + status]++;
                                }
                            }
                        }
                        if (countsAsFiled && positionByOrdinal[ord] >= 0) {
                            filed[positionByOrdinal[ord] * organizationCount + organization]++;
                        }
                    }
                }
                if (years.advanceExact(doc)) {
                    byYear.computeIfAbsent(years.longValue() << 32 | organization, k -> new int[1])[0]++;
                }
            }

            @Override
            public void finish() throws IOException {
                for (int topic = 0; topic < topics; topic++) {
                    for (int organization = 0; organization < organizationCount; organization++) {
                        int f = filed[topic * organizationCount + organization];
                        if (f > 0) {
                            counts.add(counts.filed, new Cell(topic, organizationName(organization), null), f);
                        }
                        for (int status = 0; status < statusCount; status++) {
                            int c = byTopic[(topic * organizationCount + organization) * statusCount + status];
                            if (c > 0) {
                                counts.add(counts.byTopic, new Cell(topic, organizationName(organization),
                                        statuses.lookupOrd(status).utf8ToString()), c);
                            }
                        }
                    }
                }
                for (Map.Entry<Long, int[]> e : byYear.entrySet()) {
                    int organization = (int) (e.getKey() & 0xffffffffL);
                    counts.add(counts.byYear, new Cell(-1, organizationName(organization), Long.toString(e.getKey() >> 32)),
                            e.getValue()[0]);
                }
            }

            private String organizationName(int ordinal) throws IOException {
                return organizations.lookupOrd(ordinal).utf8ToString();
            }
        }
    }
}
