package org.qitdb.landscape.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.qitdb.common.Refused;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.landscape.api.Landscape;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.service.IndexSnapshot;
import org.qitdb.search.service.IndexSnapshots;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StatusVocabulary;

/**
 * The landscape analysis itself: counts and entry lists come from the search index, all from one snapshot of it
 * ({@link IndexSnapshots}), as the list of standards and its facets do; this class arranges them along the topic tree,
 * finds overlaps and gaps, and pairs equivalent entries. {@link LandscapeService} decides when it runs (tags, the cache
 * of answers, one computation at a time per tag) and what it is asked.
 */
@ApplicationScoped
public class LandscapeAnalysis {

    /** Statuses that count as work on a topic for overlaps. */
    public static final List<String> WORK_STATUSES = List.of(StatusVocabulary.PUBLISHED, StatusVocabulary.IN_DEVELOPMENT);
    public static final String GAP_NO_WORK = "no-work";
    public static final String GAP_IN_DEVELOPMENT_ONLY = "in-development-only";
    /** Entries of one organization listed per overlap; the counts cover all of them. */
    public static final int DOCUMENTS_PER_ORGANIZATION = 10;
    /** Equivalent pairs listed per overlap; the count covers all of them. */
    public static final int EQUIVALENT_PAIRS_PER_TOPIC = 20;
    /** Equivalent pairs listed for the whole analysis; the count covers all of them. */
    public static final int EQUIVALENTS_LISTED = 100;
    private static final String EQUIVALENT = "equivalent";
    @Inject
    IndexSnapshots index;

    @Inject
    ReferenceCatalog catalog;

    /** The equivalent pairs of the whole catalogue at one version of the index: the same for every request. */
    private volatile VersionedPairs equivalentPairs;

    private record VersionedPairs(IndexSnapshots.Version version, List<Pair> pairs) {
    }

    /**
     * The natural keys of the equivalent relations' targets as the last computation of the pairs made them, under one
     * version of the reference data (organization names are part of the keys): a write changes few relations, and
     * making every target's key again was a fifth of the pairs' time. Holds only the targets of that computation.
     */
    private volatile TargetKeys targetKeys;

    private record TargetKeys(String referenceData, Map<IndexSnapshot.Target, Optional<IndexSnapshot.NaturalKey>> keys) {
    }

    /**
     * The analysis of the request's subtree, read from the index as it stands at {@code version} or later. The
     * equivalent pairs of the whole catalogue are kept per version, as they are the same for every request.
     */
    public Landscape compute(LandscapeRequest request, IndexSnapshots.Version version) {
        return index.read(snapshot -> compute(snapshot, request, version));
    }

    private Landscape compute(IndexSnapshot snapshot, LandscapeRequest request, IndexSnapshots.Version version) {
        String root = request.topic();
        StandardQuery criteria = request.entries();
        Topic rootTopic = catalog.topicWithChildren(root).orElseThrow(() -> Refused.invalidParameter("topic",
                "unknown topic '" + root + "'"));
        List<TreeTopic> tree = new ArrayList<>();
        flatten(rootTopic, 0, tree);

        IndexSnapshot.SubtreeCounts subtree = snapshot.countsOf(root, criteria, WORK_STATUSES);
        // topic → organization → counts by status (index into StatusVocabulary.CANONICAL)
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        for (IndexSnapshot.TopicCount c : subtree.byTopic()) {
            int index = StatusVocabulary.CANONICAL.indexOf(c.status());
            if (index >= 0) {
                counts.computeIfAbsent(c.topic(), k -> new HashMap<>())
                        .computeIfAbsent(c.organization(), k -> new long[StatusVocabulary.CANONICAL.size()])[index] += c.count();
            }
        }

        // columns: organizations with entries in the subtree (the root counts each entry once), most first
        Map<String, long[]> rootCounts = counts.getOrDefault(root, Map.of());
        List<Landscape.OrganizationColumn> organizations = rootCounts.entrySet().stream()
                .map(e -> new Landscape.OrganizationColumn(e.getKey(),
                        catalog.organization(e.getKey()).map(Organization::name).orElse(e.getKey()), sum(e.getValue())))
                .sorted(Comparator.comparingLong(Landscape.OrganizationColumn::total).reversed()
                        .thenComparing(Landscape.OrganizationColumn::code))
                .toList();

        // the pairs of the whole catalogue: a pair with an entry the reader may not see is left out
        List<Pair> pairs = equivalentPairs(snapshot, version).stream()
                .filter(p -> request.visible(p.first().organization()) && request.visible(p.second().organization())).toList();
        // the entries of those pairs that the request selects, and the topics they are filed under
        List<IndexSnapshot.Placed> selectedPairEntries = snapshot.matchingAmong(root, criteria, idsOf(pairs));
        Map<String, Landscape.Overlap> overlaps = overlaps(snapshot, subtree.filed(), criteria, tree, organizations, pairs,
                selectedPairEntries);

        List<Landscape.TopicRow> rows = new ArrayList<>();
        List<Landscape.Cell> cells = new ArrayList<>();
        List<Landscape.Gap> gaps = new ArrayList<>();
        for (TreeTopic t : tree) {
            Map<String, long[]> byOrganization = counts.getOrDefault(t.topic.slug(), Map.of());
            long[] topicTotals = new long[StatusVocabulary.CANONICAL.size()];
            for (Landscape.OrganizationColumn column : organizations) {
                long[] cell = byOrganization.get(column.code());
                if (cell == null || sum(cell) == 0) {
                    continue;
                }
                for (int i = 0; i < cell.length; i++) {
                    topicTotals[i] += cell[i];
                }
                cells.add(new Landscape.Cell(t.topic.slug(), column.code(), sum(cell), byStatus(cell)));
            }
            String gap = null;
            if (count(topicTotals, StatusVocabulary.PUBLISHED) == 0) {
                long inDevelopment = count(topicTotals, StatusVocabulary.IN_DEVELOPMENT);
                long planned = count(topicTotals, StatusVocabulary.PLANNED);
                gap = inDevelopment + planned > 0 ? GAP_IN_DEVELOPMENT_ONLY : GAP_NO_WORK;
                gaps.add(new Landscape.Gap(t.topic.slug(), t.topic.label(), t.depth, t.leaf(), gap, inDevelopment, planned));
            }
            rows.add(new Landscape.TopicRow(t.topic.slug(), t.topic.label(), t.topic.parent(), t.depth, t.leaf(),
                    sum(topicTotals), byStatus(topicTotals), overlaps.containsKey(t.topic.slug()), gap));
        }

        List<Landscape.EquivalentPair> equivalents = selectedPairs(pairs, selectedPairEntries);
        List<Landscape.EquivalentPair> listedEquivalents = equivalents.subList(0, Math.min(EQUIVALENTS_LISTED, equivalents.size()));
        return new Landscape(new Landscape.TopicRef(rootTopic.slug(), rootTopic.label()), filters(criteria),
                StatusVocabulary.CANONICAL, organizations, rows, cells, List.copyOf(overlaps.values()), gaps,
                timeline(subtree.byYear()), List.copyOf(listedEquivalents), equivalents.size() - listedEquivalents.size());
    }

    private record TreeTopic(Topic topic, int depth) {
        boolean leaf() {
            return topic.children() == null || topic.children().isEmpty();
        }
    }

    private static void flatten(Topic topic, int depth, List<TreeTopic> into) {
        into.add(new TreeTopic(topic, depth));
        if (topic.children() != null) {
            for (Topic child : topic.children()) {
                flatten(child, depth + 1, into);
            }
        }
    }

    private static Landscape.Filters filters(StandardQuery c) {
        return new Landscape.Filters(c.organizations(), c.groups().stream().map(StandardQuery.GroupKey::code).distinct().toList(),
                c.statuses(), c.documentTypes(),
                c.publishedFrom() == null ? null : c.publishedFrom().toString(),
                c.publishedTo() == null ? null : c.publishedTo().toString());
    }

    private static List<Landscape.Year> timeline(List<IndexSnapshot.YearCount> counts) {
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (IndexSnapshot.YearCount c : counts) {
            byYear.computeIfAbsent(c.year(), k -> new HashMap<>()).merge(c.organization(), c.count(), Long::sum);
        }
        List<Landscape.Year> years = new ArrayList<>();
        byYear.forEach((year, perOrganization) -> {
            Map<String, Long> ordered = new LinkedHashMap<>();
            perOrganization.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            years.add(new Landscape.Year(year, perOrganization.values().stream().mapToLong(Long::longValue).sum(), ordered));
        });
        return years;
    }

    // ---- overlaps and equivalent entries

    /** Two entries linked by an {@code equivalent} relation, {@code first} ordered before {@code second}. */
    private record Pair(IndexSnapshot.Entry first, IndexSnapshot.Entry second) {
        static Pair of(IndexSnapshot.Entry a, IndexSnapshot.Entry b) {
            return ENTRY_ORDER.compare(a, b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private static final Comparator<IndexSnapshot.Entry> ENTRY_ORDER = Comparator.comparing(IndexSnapshot.Entry::organization)
            .thenComparing(IndexSnapshot.Entry::identifier).thenComparing(IndexSnapshot.Entry::id);

    /**
     * Every pair of entries in qitdb linked by an {@code equivalent} relation, declared on either side. They do not
     * depend on the request: found once per version of the index (reading every declaring entry's relations is the
     * dearest part of a narrow analysis), from data at least as new as that version, like the rest of an analysis.
     */
    private List<Pair> equivalentPairs(IndexSnapshot snapshot, IndexSnapshots.Version version) {
        VersionedPairs known = equivalentPairs;
        if (known != null && known.version().equals(version)) {
            return known.pairs();
        }
        List<Pair> pairs = findEquivalentPairs(snapshot);
        equivalentPairs = new VersionedPairs(version, pairs);
        return pairs;
    }

    private List<Pair> findEquivalentPairs(IndexSnapshot snapshot) {
        Set<IndexSnapshot.NaturalKey> keys = new LinkedHashSet<>();
        List<Map.Entry<IndexSnapshot.Entry, IndexSnapshot.NaturalKey>> links = new ArrayList<>();
        String referenceData = catalog.fingerprint();
        TargetKeys known = targetKeys;
        Map<IndexSnapshot.Target, Optional<IndexSnapshot.NaturalKey>> previous =
                known != null && known.referenceData().equals(referenceData) ? known.keys() : Map.of();
        Map<IndexSnapshot.Target, Optional<IndexSnapshot.NaturalKey>> made = new HashMap<>();
        for (IndexSnapshot.Declaring source : snapshot.declaring(EQUIVALENT)) {
            for (IndexSnapshot.Target target : source.targets()) {
                Optional<IndexSnapshot.NaturalKey> naturalKey = made.computeIfAbsent(target,
                        t -> previous.containsKey(t) ? previous.get(t) : naturalKey(t));
                if (naturalKey.isPresent()) {
                    keys.add(naturalKey.get());
                    links.add(Map.entry(source.entry(), naturalKey.get()));
                }
            }
        }
        targetKeys = new TargetKeys(referenceData, made);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<IndexSnapshot.NaturalKey, IndexSnapshot.Entry> targets = snapshot.byNaturalKey(keys);
        Map<String, Pair> pairs = new TreeMap<>();
        for (Map.Entry<IndexSnapshot.Entry, IndexSnapshot.NaturalKey> link : links) {
            IndexSnapshot.Entry target = targets.get(link.getValue());
            if (target == null || target.id().equals(link.getKey().id())) {
                continue;
            }
            Pair pair = Pair.of(link.getKey(), target);
            pairs.putIfAbsent(pair.first().id() + "/" + pair.second().id(), pair);
        }
        return pairs.values().stream().sorted(Comparator.comparing(Pair::first, ENTRY_ORDER)
                .thenComparing(Pair::second, ENTRY_ORDER)).toList();
    }

    /** The key of a relation's target: none when its organization is unknown or its identifier has no key. */
    private Optional<IndexSnapshot.NaturalKey> naturalKey(IndexSnapshot.Target target) {
        Optional<Organization> organization = catalog.organization(target.organization());
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        String code = organization.get().code();
        String key = IdentifierNormalizer.key(target.identifier(), catalog.namesOf(code));
        return key.isEmpty() ? Optional.empty() : Optional.of(new IndexSnapshot.NaturalKey(code, key));
    }

    private static Set<UUID> idsOf(List<Pair> pairs) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Pair p : pairs) {
            ids.add(p.first().id());
            ids.add(p.second().id());
        }
        return ids;
    }

    /** The pairs with at least one entry the request selects. */
    private static List<Landscape.EquivalentPair> selectedPairs(List<Pair> pairs, List<IndexSnapshot.Placed> selectedEntries) {
        Set<UUID> selected = new HashSet<>();
        selectedEntries.forEach(e -> selected.add(e.id()));
        return pairs.stream().filter(p -> selected.contains(p.first().id()) || selected.contains(p.second().id()))
                .map(LandscapeAnalysis::pairView).toList();
    }

    /**
     * Topics where two or more organizations have published or in-development entries filed under the topic itself
     * (a broad topic is not an overlap merely because its sub-topics are busy). Entries linked by {@code equivalent}
     * relations are one piece of work: a common text of two organizations alone is no overlap.
     *
     * <p>The counts come from the matrix's pass over the index; only a bounded sample of each topic's entries is read and listed
     * (the first {@value #DOCUMENTS_PER_ORGANIZATION} per organization, and the first
     * {@value #EQUIVALENT_PAIRS_PER_TOPIC} pairs), so that the answer stays small however many entries a topic has:
     * at 100 000 entries, listing them all made the whole tree's answer 29 MB. The rest is one
     * {@code GET /standards} away.
     */
    private static Map<String, Landscape.Overlap> overlaps(IndexSnapshot snapshot, List<IndexSnapshot.FiledCount> filedCounts,
            StandardQuery criteria, List<TreeTopic> tree, List<Landscape.OrganizationColumn> organizations, List<Pair> pairs,
            List<IndexSnapshot.Placed> selectedPairEntries) {
        Map<String, Map<String, Long>> filed = new HashMap<>();
        for (IndexSnapshot.FiledCount c : filedCounts) {
            filed.computeIfAbsent(c.topic(), k -> new HashMap<>()).merge(c.organization(), c.count(), Long::sum);
        }
        filed.values().removeIf(perOrganization -> perOrganization.size() < 2);
        if (filed.isEmpty()) {
            return Map.of();
        }

        // which entries of an equivalent pair are filed under which candidate topic
        Map<String, Set<UUID>> pairedEntriesByTopic = new HashMap<>();
        for (IndexSnapshot.Placed e : selectedPairEntries) {
            if (WORK_STATUSES.contains(e.status())) {
                for (String topic : e.topics()) {
                    if (filed.containsKey(topic)) {
                        pairedEntriesByTopic.computeIfAbsent(topic, k -> new HashSet<>()).add(e.id());
                    }
                }
            }
        }

        List<String> columnOrder = organizations.stream().map(Landscape.OrganizationColumn::code).toList();
        Map<String, TopicWork> works = new LinkedHashMap<>();
        int mostPairedOfOneOrganization = 0;
        for (TreeTopic t : tree) {
            Map<String, Long> perOrganization = filed.get(t.topic.slug());
            if (perOrganization == null) {
                continue;
            }
            Set<UUID> onTopic = pairedEntriesByTopic.getOrDefault(t.topic.slug(), Set.of());
            List<Pair> pairsOnTopic = pairs.stream()
                    .filter(p -> onTopic.contains(p.first().id()) && onTopic.contains(p.second().id())).toList();
            Map<UUID, UUID> parent = new HashMap<>();
            Map<UUID, String> paired = new HashMap<>();
            for (Pair p : pairsOnTopic) {
                paired.put(p.first().id(), p.first().organization());
                paired.put(p.second().id(), p.second().organization());
            }
            paired.keySet().forEach(id -> parent.put(id, id));
            int merged = 0;
            for (Pair p : pairsOnTopic) {
                if (union(parent, p.first().id(), p.second().id())) {
                    merged++;
                }
            }
            long entries = perOrganization.values().stream().mapToLong(Long::longValue).sum();
            long work = entries - merged;
            if (work < 2) {
                continue;
            }
            Map<String, Long> pairedPerOrganization = new HashMap<>();
            paired.values().forEach(organization -> pairedPerOrganization.merge(organization, 1L, Long::sum));
            for (long count : pairedPerOrganization.values()) {
                mostPairedOfOneOrganization = (int) Math.max(mostPairedOfOneOrganization, count);
            }
            Map<String, Long> ordered = new LinkedHashMap<>();
            perOrganization.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> rank(columnOrder, e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            works.put(t.topic.slug(), new TopicWork(t.topic, ordered, (int) work, paired.keySet(), pairsOnTopic));
        }
        if (works.isEmpty()) {
            return Map.of();
        }

        // a sample large enough to hold the first entries of each organization that are not part of a pair
        Map<String, List<IndexSnapshot.Entry>> sample = new HashMap<>();
        for (IndexSnapshot.TopicEntry e : snapshot.firstFiledPerOrganization(works.keySet(), criteria, WORK_STATUSES,
                DOCUMENTS_PER_ORGANIZATION + mostPairedOfOneOrganization)) {
            sample.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e.entry());
        }
        Comparator<IndexSnapshot.Entry> listOrder = Comparator
                .comparing((IndexSnapshot.Entry e) -> rank(columnOrder, e.organization())).thenComparing(ENTRY_ORDER);
        Map<String, Landscape.Overlap> overlaps = new LinkedHashMap<>();
        works.forEach((slug, w) -> {
            Map<String, List<IndexSnapshot.Entry>> unpaired = new HashMap<>();
            for (IndexSnapshot.Entry e : sample.getOrDefault(slug, List.of())) {
                if (!w.paired().contains(e.id())) {
                    unpaired.computeIfAbsent(e.organization(), k -> new ArrayList<>()).add(e);
                }
            }
            // the first by identifier of each organization, whatever order the sample came in
            List<Landscape.Document> documents = unpaired.values().stream()
                    .flatMap(entries -> entries.stream().sorted(ENTRY_ORDER).limit(DOCUMENTS_PER_ORGANIZATION))
                    .sorted(listOrder).map(LandscapeAnalysis::documentView).toList();
            List<Landscape.EquivalentPair> listedPairs = w.pairs().stream().limit(EQUIVALENT_PAIRS_PER_TOPIC)
                    .map(LandscapeAnalysis::pairView).toList();
            overlaps.put(slug, new Landscape.Overlap(slug, w.topic().label(), List.copyOf(w.entriesPerOrganization().keySet()),
                    w.entriesPerOrganization(), w.work(), documents, (int) (w.unpaired() - documents.size()), listedPairs,
                    w.pairs().size() - listedPairs.size()));
        });
        return overlaps;
    }

    /** What the counts say about a candidate topic before its entries are sampled. */
    private record TopicWork(Topic topic, Map<String, Long> entriesPerOrganization, int work, Set<UUID> paired, List<Pair> pairs) {

        /** Entries on the topic that are not part of a pair on it: the ones {@code documents} lists from. */
        long unpaired() {
            return entriesPerOrganization.values().stream().mapToLong(Long::longValue).sum() - paired.size();
        }
    }

    private static int rank(List<String> order, String organization) {
        int index = order.indexOf(organization);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static UUID find(Map<UUID, UUID> parent, UUID id) {
        UUID root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    /** Joins the sets of two entries; false when they were one set already. */
    private static boolean union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID ra = find(parent, a);
        UUID rb = find(parent, b);
        if (ra.equals(rb)) {
            return false;
        }
        parent.put(rb, ra);
        return true;
    }

    private static Landscape.Document documentView(IndexSnapshot.Entry e) {
        return new Landscape.Document(e.id(), e.organization(), e.identifier(), e.title(), e.status());
    }

    private static Landscape.EquivalentPair pairView(Pair p) {
        return new Landscape.EquivalentPair(documentView(p.first()), documentView(p.second()));
    }


    // ---- counts by status

    private static Map<String, Long> byStatus(long[] counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(StatusVocabulary.CANONICAL.get(i), counts[i]);
        }
        return map;
    }

    private static long count(long[] counts, String status) {
        return counts[StatusVocabulary.CANONICAL.indexOf(status)];
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
