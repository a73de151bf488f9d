package org.qitdb.landscape.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.ProblemException;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.landscape.api.Landscape;
import org.qitdb.landscape.store.LandscapeStore;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.api.Topic;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.standard.api.Relation;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StandardQueryParser;
import org.qitdb.standard.service.StatusVocabulary;

/**
 * The landscape analysis: counts come from grouped queries of {@link LandscapeStore}; this class arranges them
 * along the topic tree, finds overlaps and gaps, and pairs equivalent entries.
 *
 * <p>Every answer carries a weak entity tag made of the change counter (which grows with every write of a
 * standard), a fingerprint of the reference data and the canonical request. The counter is read before the
 * analysis runs, so a tag never names older data than the body it comes with. Answers are kept in a small
 * in-memory cache under their tag: while nothing changes, a repeated request costs one query.
 */
@ApplicationScoped
public class LandscapeService {

    /** The default root of the analysed subtree. */
    public static final String ROOT_TOPIC = "qit";
    /** Statuses that count as work on a topic for overlaps. */
    public static final List<String> WORK_STATUSES = List.of(StatusVocabulary.PUBLISHED, StatusVocabulary.IN_DEVELOPMENT);
    public static final String GAP_NO_WORK = "no-work";
    public static final String GAP_IN_DEVELOPMENT_ONLY = "in-development-only";
    private static final int CACHE_SIZE = 64;

    @Inject
    LandscapeStore store;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardQueryParser queryParser;

    private final Map<String, Landscape> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Landscape> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The answer to a landscape request: the analysis, or only its tag when the client holds it already. */
    public record Answer(String entityTag, Optional<Landscape> landscape) {

        public boolean notModified() {
            return landscape.isEmpty();
        }
    }

    /** Validates the parameters; every bad value is a 400 problem naming its parameter. */
    public LandscapeRequest parse(LandscapeRequest.Parameters p) {
        String topic = rootTopic(p.topic());
        StandardQuery query = queryParser.parse(new StandardQueryParser.Parameters(p.organization(), p.group(), null,
                p.status(), p.documentType(), null, p.publishedFrom(), p.publishedTo(), null, null, null, null, null));
        LandscapeStore.Criteria criteria = new LandscapeStore.Criteria(
                query.organizations().stream().distinct().toList(),
                query.groups().stream().distinct().map(g -> new LandscapeStore.GroupKey(g.organization(), g.code())).toList(),
                query.statuses().stream().distinct().toList(),
                query.documentTypes().stream().distinct().toList(),
                query.publishedFrom(), query.publishedTo());
        return new LandscapeRequest(topic, criteria);
    }

    private String rootTopic(List<String> values) {
        if (values == null || values.isEmpty()) {
            return catalog.topic(ROOT_TOPIC).map(Topic::slug).or(() -> catalog.topicTree().stream().findFirst().map(Topic::slug))
                    .orElseThrow(() -> ProblemException.notFound("the topic tree is empty"));
        }
        if (values.size() > 1) {
            throw ProblemException.badParameter("topic", "topic may be given once only: the analysis covers one subtree");
        }
        String value = values.get(0);
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter("topic", "topic must not be empty");
        }
        return catalog.topic(value.strip()).orElseThrow(() -> ProblemException.badParameter("topic",
                "unknown topic '" + ClientValues.shorten(value.strip()) + "'")).slug();
    }

    /**
     * The analysis for the request, or 304's tag when {@code ifNoneMatch} names the current one. A malformed
     * {@code If-None-Match} is a 400 problem.
     */
    @Transactional
    public Answer analyse(LandscapeRequest request, String ifNoneMatch) {
        EntityTags.Precondition precondition = ifNoneMatch == null ? null : EntityTags.parse(ifNoneMatch, "If-None-Match");
        String opaque = opaqueTag(store.lastChange(), request);
        String tag = "W/" + opaque;
        if (precondition != null && (precondition.any() || precondition.weakTags().contains(opaque)
                || precondition.strongTags().contains(opaque))) {
            return new Answer(tag, Optional.empty());
        }
        Landscape cached;
        synchronized (cache) {
            cached = cache.get(opaque);
        }
        if (cached == null) {
            cached = compute(request);
            synchronized (cache) {
                cache.put(opaque, cached);
            }
        }
        return new Answer(tag, Optional.of(cached));
    }

    /** {@code "<last change>-<digest>"}: changes with every write, every reference data change and every other request. */
    private String opaqueTag(long lastChange, LandscapeRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.key().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(catalog.organizations().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(catalog.topics().toString().getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 20);
            return "\"" + lastChange + "-" + hash + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    // ---- the analysis

    private Landscape compute(LandscapeRequest request) {
        String root = request.topic();
        LandscapeStore.Criteria criteria = request.criteria();
        Topic rootTopic = catalog.topicWithChildren(root).orElseThrow(() -> ProblemException.badParameter("topic",
                "unknown topic '" + root + "'"));
        List<TreeTopic> tree = new ArrayList<>();
        flatten(rootTopic, 0, tree);

        // topic → organization → counts by status (index into StatusVocabulary.CANONICAL)
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        for (LandscapeStore.MatrixCount c : store.matrix(root, criteria)) {
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

        List<Pair> pairs = equivalentPairs();
        Map<String, Landscape.Overlap> overlaps = overlaps(root, criteria, tree, organizations, pairs);

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

        return new Landscape(new Landscape.TopicRef(rootTopic.slug(), rootTopic.label()), filters(criteria),
                StatusVocabulary.CANONICAL, organizations, rows, cells, List.copyOf(overlaps.values()), gaps,
                timeline(root, criteria), selectedPairs(root, criteria, pairs));
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

    private static Landscape.Filters filters(LandscapeStore.Criteria c) {
        return new Landscape.Filters(c.organizations(), c.groups().stream().map(LandscapeStore.GroupKey::code).distinct().toList(),
                c.statuses(), c.documentTypes(),
                c.publishedFrom() == null ? null : c.publishedFrom().toString(),
                c.publishedTo() == null ? null : c.publishedTo().toString());
    }

    private List<Landscape.Year> timeline(String root, LandscapeStore.Criteria criteria) {
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (LandscapeStore.YearCount c : store.publicationsPerYear(root, criteria)) {
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
    private record Pair(LandscapeStore.Entry first, LandscapeStore.Entry second) {
        static Pair of(LandscapeStore.Entry a, LandscapeStore.Entry b) {
            return ENTRY_ORDER.compare(a, b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private static final Comparator<LandscapeStore.Entry> ENTRY_ORDER = Comparator.comparing(LandscapeStore.Entry::organization)
            .thenComparing(LandscapeStore.Entry::identifier).thenComparing(LandscapeStore.Entry::id);

    /** Every pair of entries in qitdb linked by an {@code equivalent} relation, declared on either side. */
    private List<Pair> equivalentPairs() {
        List<LandscapeStore.EquivalentSource> sources = store.entriesDeclaringEquivalents();
        Map<String, Set<String>> keysByOrganization = new HashMap<>();
        List<Map.Entry<LandscapeStore.Entry, String>> links = new ArrayList<>();
        for (LandscapeStore.EquivalentSource source : sources) {
            for (Relation relation : source.relations()) {
                if (!"equivalent".equals(relation.type()) || relation.target() == null
                        || relation.target().organization() == null || relation.target().identifier() == null) {
                    continue;
                }
                Optional<Organization> organization = catalog.organization(relation.target().organization());
                if (organization.isEmpty()) {
                    continue;
                }
                String code = organization.get().code();
                String key = IdentifierNormalizer.key(relation.target().identifier(), catalog.namesOf(code));
                if (key.isEmpty()) {
                    continue;
                }
                keysByOrganization.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(key);
                links.add(Map.entry(source.entry(), code + "\u0000" + key));
            }
        }
        if (links.isEmpty()) {
            return List.of();
        }
        Map<String, LandscapeStore.Entry> targets = store.entriesByKey(keysByOrganization);
        Map<String, Pair> pairs = new TreeMap<>();
        for (Map.Entry<LandscapeStore.Entry, String> link : links) {
            LandscapeStore.Entry target = targets.get(link.getValue());
            if (target == null || target.id().equals(link.getKey().id())) {
                continue;
            }
            Pair pair = Pair.of(link.getKey(), target);
            pairs.putIfAbsent(pair.first().id() + "/" + pair.second().id(), pair);
        }
        return pairs.values().stream().sorted(Comparator.comparing(Pair::first, ENTRY_ORDER)
                .thenComparing(Pair::second, ENTRY_ORDER)).toList();
    }

    private List<Landscape.EquivalentPair> selectedPairs(String root, LandscapeStore.Criteria criteria, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (Pair p : pairs) {
            ids.add(p.first().id());
            ids.add(p.second().id());
        }
        Set<UUID> selected = store.selected(root, criteria, ids);
        return pairs.stream().filter(p -> selected.contains(p.first().id()) || selected.contains(p.second().id()))
                .map(LandscapeService::pairView).toList();
    }

    /**
     * Topics where two or more organizations have published or in-development entries filed under the topic itself
     * (a broad topic is not an overlap merely because its sub-topics are busy). Entries linked by {@code equivalent}
     * relations are one piece of work: a common text of two organizations alone is no overlap.
     */
    private Map<String, Landscape.Overlap> overlaps(String root, LandscapeStore.Criteria criteria, List<TreeTopic> tree,
            List<Landscape.OrganizationColumn> organizations, List<Pair> pairs) {
        List<String> candidates = store.topicsWithSeveralOrganizations(root, criteria, WORK_STATUSES);
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<String, List<LandscapeStore.Entry>> entriesByTopic = new HashMap<>();
        for (LandscapeStore.TopicEntry e : store.entriesOfTopics(candidates, criteria, WORK_STATUSES)) {
            entriesByTopic.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e.entry());
        }
        List<String> columnOrder = organizations.stream().map(Landscape.OrganizationColumn::code).toList();
        Map<String, Landscape.Overlap> overlaps = new LinkedHashMap<>();
        for (TreeTopic t : tree) {
            List<LandscapeStore.Entry> entries = entriesByTopic.get(t.topic.slug());
            if (entries == null) {
                continue;
            }
            entries.sort(Comparator.comparing((LandscapeStore.Entry e) -> rank(columnOrder, e.organization()))
                    .thenComparing(ENTRY_ORDER));
            Map<UUID, UUID> parent = new HashMap<>();
            entries.forEach(e -> parent.put(e.id(), e.id()));
            List<Pair> onTopic = pairs.stream()
                    .filter(p -> parent.containsKey(p.first().id()) && parent.containsKey(p.second().id())).toList();
            Set<UUID> paired = new LinkedHashSet<>();
            for (Pair p : onTopic) {
                union(parent, p.first().id(), p.second().id());
                paired.add(p.first().id());
                paired.add(p.second().id());
            }
            Set<UUID> works = new LinkedHashSet<>();
            entries.forEach(e -> works.add(find(parent, e.id())));
            List<String> organizationsOnTopic = entries.stream().map(LandscapeStore.Entry::organization).distinct().toList();
            if (organizationsOnTopic.size() < 2 || works.size() < 2) {
                continue;
            }
            overlaps.put(t.topic.slug(), new Landscape.Overlap(t.topic.slug(), t.topic.label(), organizationsOnTopic, works.size(),
                    entries.stream().filter(e -> !paired.contains(e.id())).map(LandscapeService::documentView).toList(),
                    onTopic.stream().map(LandscapeService::pairView).toList()));
        }
        return overlaps;
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

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID ra = find(parent, a);
        UUID rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    private static Landscape.Document documentView(LandscapeStore.Entry e) {
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
