package org.qitdb.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.store.BriefEntries;
import org.qitdb.search.store.ContentVectors;
import org.qitdb.search.store.FirstEntries;
import org.qitdb.search.store.IndexQueries;
import org.qitdb.search.store.IndexTallies;
import org.qitdb.search.store.SearchIndex;
import org.qitdb.search.store.SourceTallies;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StandardView;

/**
 * Grouped counts and brief entry lists of the indexed standards, all read from one searcher (see
 * {@link IndexSnapshots#read}). The entry filters are those of the list of standards ({@link StandardQuery}: its
 * organizations, groups, topic subtrees, statuses, document types, publication range and the reader's restriction;
 * paging and sorting play no part). Topic subtrees come from the reference data, as they do for the list's topic
 * filter, so that a count here equals the list's total under the same filters.
 */
public final class IndexSnapshot {

    /** An entry, briefly. */
    public record Entry(UUID id, String organization, String identifier, String title, String status) {
    }

    /** The entry a relation points at, by natural key as the relation names it. */
    public record Target(String organization, String identifier) {
    }

    /** An entry with the targets of its relations of one type. */
    public record Declaring(Entry entry, List<Target> targets) {
    }

    /** An organization's identifier key (or an alias key): how entries are named in relations. */
    public record NaturalKey(String organization, String key) {
    }

    public record TopicEntry(String topic, Entry entry) {
    }

    /** An entry's status and the topics it is filed under (not those above them). */
    public record Placed(UUID id, String status, List<String> topics) {
    }

    /** Entries under a topic, its sub-topics included, of one organization with one status. */
    public record TopicCount(String topic, String organization, String status, long count) {
    }

    /** Entries filed under the topic itself (not only under a sub-topic) of one organization. */
    public record FiledCount(String topic, String organization, long count) {
    }

    /** Entries published in a year, of one organization. */
    public record YearCount(int year, String organization, long count) {
    }

    public record SubtreeCounts(List<TopicCount> byTopic, List<FiledCount> filed, List<YearCount> byYear) {
    }

    /** Entries of one organization and group (null: none) by kind of provenance ({@code StandardCorpus#sourceKind}). */
    public record Sources(String organization, String group, Map<String, Long> byKind) {
    }

    /**
     * The content words of entries with their counts (see {@link ContentWords}), compactly: entry {@code i} has id
     * {@code ids[i]}, organization {@code organizations[i]} and the words numbered {@code wordsOf[i]} (positions in
     * {@code words}), each occurring {@code countsOf[i]} times.
     */
    public record Contents(List<String> words, List<UUID> ids, List<String> organizations, List<int[]> wordsOf,
            List<int[]> countsOf) {
    }

    private final IndexSearcher searcher;
    private final ReferenceCatalog catalog;
    private final IndexEntries entries;

    IndexSnapshot(IndexSearcher searcher, ReferenceCatalog catalog, IndexEntries entries) {
        this.searcher = searcher;
        this.catalog = catalog;
        this.entries = entries;
    }

    /**
     * The entries matching the filters in the subtree of {@code root} counted in one pass: per topic of the subtree
     * (an entry counts under each topic it is filed under and every topic above it, once each), organization and
     * status; per topic filed under itself and organization, of the entries with one of {@code filedStatuses}; per
     * publication year and organization.
     */
    public SubtreeCounts countsOf(String root, StandardQuery filters, Collection<String> filedStatuses) {
        Set<String> subtree = catalog.subtree(root);
        Map<String, Set<String>> countedUnder = new HashMap<>();
        for (String ancestor : subtree) {
            for (String descendant : catalog.subtree(ancestor)) {
                countedUnder.computeIfAbsent(descendant, k -> new HashSet<>()).add(ancestor);
            }
        }
        IndexTallies.Tallies tallies = io(() -> IndexTallies.tally(searcher,
                matches(filters, IndexQueries.anyOf(SearchIndex.F_TOPIC, subtree)), List.copyOf(subtree), countedUnder,
                filedStatuses));
        return new SubtreeCounts(
                tallies.byTopic().stream().map(c -> new TopicCount(c.topic(), c.organization(), c.status(), c.count())).toList(),
                tallies.filed().stream().map(c -> new FiledCount(c.topic(), c.organization(), c.count())).toList(),
                tallies.byYear().stream().map(c -> new YearCount(c.year(), c.organization(), c.count())).toList());
    }

    /**
     * Every entry that declares a relation of the type, whoever may see it, with the targets of those relations (a
     * relation without a target organization or identifier is left out).
     */
    public List<Declaring> declaring(String relationType) {
        return io(() -> {
            int[] docs = BriefEntries.matching(searcher, new TermQuery(new Term(SearchIndex.F_RELATION_TYPE, relationType)));
            List<Declaring> declaring = new ArrayList<>(docs.length);
            for (byte[] json : SearchIndex.json(searcher, docs)) {
                IndexEntries.Related related = entries.related(json);
                List<Target> targets = related.relations().stream()
                        .filter(r -> relationType.equals(r.type()) && r.target() != null)
                        .filter(r -> r.target().organization() != null && r.target().identifier() != null)
                        .map(r -> new Target(r.target().organization(), r.target().identifier())).toList();
                declaring.add(new Declaring(new Entry(related.id(), related.organization(), related.identifier(),
                        related.title(), related.status()), targets));
            }
            return declaring;
        });
    }

    /**
     * The entries named by natural keys (organization code and a key made by {@link IdentifierNormalizer#key}), whoever
     * may see them: by identifier key, else by alias. Keys no entry has are absent from the answer.
     */
    public Map<NaturalKey, Entry> byNaturalKey(Collection<NaturalKey> keys) {
        return io(() -> {
            Set<String> terms = new HashSet<>();
            keys.forEach(k -> terms.add(SearchTerms.cut(k.key())));
            Map<String, List<Integer>> byIdentifier = BriefEntries.withTerms(searcher, SearchIndex.F_IDENTIFIER_KEY, terms);
            Map<String, List<Integer>> byAlias = BriefEntries.withTerms(searcher, SearchIndex.F_ALIAS_KEY, terms);
            Set<Integer> docs = new java.util.TreeSet<>();
            byIdentifier.values().forEach(docs::addAll);
            byAlias.values().forEach(docs::addAll);
            int[] all = docs.stream().mapToInt(Integer::intValue).toArray();
            Map<Integer, BriefEntries.Brief> briefs = new HashMap<>();
            for (BriefEntries.Brief b : BriefEntries.of(searcher, all)) {
                briefs.put(b.doc(), b);
            }
            Map<NaturalKey, Entry> found = new HashMap<>();
            for (NaturalKey key : keys) {
                String term = SearchTerms.cut(key.key());
                BriefEntries.Brief named = named(key, byIdentifier.getOrDefault(term, List.of()), briefs, false);
                if (named == null) {
                    named = named(key, byAlias.getOrDefault(term, List.of()), briefs, true);
                }
                if (named != null) {
                    found.put(key, entry(named));
                }
            }
            return found;
        });
    }

    /** The entry among those holding the key's term that belongs to the key's organization and has the whole key. */
    private BriefEntries.Brief named(NaturalKey key, List<Integer> docs, Map<Integer, BriefEntries.Brief> briefs, boolean alias)
            throws IOException {
        for (int doc : docs) {
            BriefEntries.Brief b = briefs.get(doc);
            if (b.organization().equals(key.organization()) && (key.key().length() <= SearchTerms.MAX_TERM_LENGTH
                    || holdsWholeKey(doc, key, alias))) {
                return b;
            }
        }
        return null;
    }

    /** The index holds keys cut to the longest term: a longer key is compared with the entry's whole keys. */
    private boolean holdsWholeKey(int doc, NaturalKey key, boolean alias) throws IOException {
        StandardView v = entries.view(SearchIndex.json(searcher, new int[] {doc}).get(0));
        List<String> names = catalog.namesOf(v.organization());
        if (!alias) {
            return IdentifierNormalizer.key(v.identifier(), names).equals(key.key());
        }
        return v.aliases().stream().anyMatch(a -> IdentifierNormalizer.key(a, names).equals(key.key()));
    }

    /**
     * Those of these entries that match the filters in the subtree of {@code root}, with the topics each is filed under
     * (in no particular order).
     */
    public List<Placed> matchingAmong(String root, StandardQuery filters, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return io(() -> {
            Map<String, List<Integer>> byId = BriefEntries.withTerms(searcher, SearchIndex.F_ID,
                    ids.stream().map(UUID::toString).toList());
            Map<Integer, UUID> idOfDoc = new HashMap<>();
            byId.forEach((id, docs) -> docs.forEach(doc -> idOfDoc.put(doc, UUID.fromString(id))));
            int[] docs = idOfDoc.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] matching = BriefEntries.matchingAmong(searcher,
                    matches(filters, IndexQueries.anyOf(SearchIndex.F_TOPIC, catalog.subtree(root))), docs);
            List<Placed> placed = new ArrayList<>(matching.length);
            for (BriefEntries.Placement p : BriefEntries.placements(searcher, matching)) {
                placed.add(new Placed(idOfDoc.get(p.doc()), p.status(), p.topics()));
            }
            return placed;
        });
    }

    /**
     * The first {@code perOrganization} entries by identifier (then id) of each organization filed under each of the
     * topics (not their sub-topics), matching the filters with one of the statuses.
     */
    public List<TopicEntry> firstFiledPerOrganization(Collection<String> topics, StandardQuery filters, Collection<String> statuses,
            int perOrganization) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return io(() -> {
            Query query = matches(filters, IndexQueries.anyOf(SearchIndex.F_TOPIC, Set.copyOf(topics)),
                    IndexQueries.anyOf(SearchIndex.F_STATUS, statuses));
            List<FirstEntries.Filed> filed = FirstEntries.perOrganization(searcher, query, topics, perOrganization);
            int[] docs = filed.stream().mapToInt(FirstEntries.Filed::doc).toArray();
            List<BriefEntries.Brief> briefs = BriefEntries.of(searcher, docs);
            List<TopicEntry> sample = new ArrayList<>(filed.size());
            for (int i = 0; i < filed.size(); i++) {
                sample.add(new TopicEntry(filed.get(i).topic(), entry(briefs.get(i))));
            }
            return sample;
        });
    }

    /** The ids of the entries filed under one of the topics, of the visible organizations (empty: of every one). */
    public Set<UUID> idsFiledUnder(Collection<String> topics, Optional<Set<String>> visible) {
        return io(() -> {
            Set<UUID> ids = new HashSet<>();
            for (BriefEntries.Brief b : BriefEntries.of(searcher, BriefEntries.matching(searcher, filedUnder(topics, visible)))) {
                ids.add(b.id());
            }
            return ids;
        });
    }

    /** The entries filed under one of the topics per organization and group, by kind of provenance. */
    public List<Sources> sourcesFiledUnder(Collection<String> topics, Optional<Set<String>> visible) {
        return io(() -> {
            Map<List<String>, Map<String, Long>> grouped = new LinkedHashMap<>();
            for (SourceTallies.SourceCount c : SourceTallies.tally(searcher, filedUnder(topics, visible))) {
                grouped.computeIfAbsent(Arrays.asList(c.organization(), c.group()), k -> new LinkedHashMap<>()).put(c.kind(), c.count());
            }
            return grouped.entrySet().stream().map(e -> new Sources(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
        });
    }

    /** The content words of the entries filed under one of the topics, of the visible organizations (empty: of every one). */
    public Contents contentsFiledUnder(Collection<String> topics, Optional<Set<String>> visible) {
        return io(() -> {
            ContentVectors c = ContentVectors.of(searcher, filedUnder(topics, visible));
            return new Contents(c.words(), c.ids(), c.organizations(), c.wordsOf(), c.countsOf());
        });
    }

    private static Query filedUnder(Collection<String> topics, Optional<Set<String>> visible) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(IndexQueries.anyOf(SearchIndex.F_TOPIC, Set.copyOf(topics)), Occur.FILTER);
        visible.ifPresent(organizations -> query.add(IndexQueries.anyOf(SearchIndex.F_ORGANIZATION, organizations), Occur.FILTER));
        return query.build();
    }

    /** The filters of the query (the reader's restriction included) and the further ones, all to be met. */
    private Query matches(StandardQuery filters, Query... more) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(IndexQueries.of(filters, null, Abbreviations::alternativesOf, searcher.getIndexReader()), Occur.FILTER);
        for (Query q : more) {
            all.add(q, Occur.FILTER);
        }
        return all.build();
    }

    private static Entry entry(BriefEntries.Brief b) {
        return new Entry(b.id(), b.organization(), b.identifier(), b.title(), b.status());
    }

    @FunctionalInterface
    private interface IndexRead<T> {
        T run() throws IOException;
    }

    private static <T> T io(IndexRead<T> read) {
        try {
            return read.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
