package org.qitdb.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.landscape.api.Landscape;
import org.qitdb.landscape.service.LandscapeService;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.report.api.Report;
import org.qitdb.representative.service.RepresentedGroups;
import org.qitdb.search.service.IndexSnapshot;
import org.qitdb.search.service.IndexSnapshots;
import org.qitdb.standard.feed.service.ChangeLog;
import org.qitdb.standard.service.StandardCorpus;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StatusVocabulary;
import org.qitdb.standard.store.Relation;

/**
 * Computes the report's model from the features that own the facts: the landscape analysis (counts, overlaps, gaps,
 * publications per year, common texts), the standards' texts and sources, their history, the representatives'
 * directory, the narratives and, where it exists, the coordination register. Every list it makes is bounded and
 * ordered, so that the model of 100 000 entries stays small and equal data gives an equal report.
 */
@ApplicationScoped
public class ReportComposer {

    static final double MINIMUM_SIMILARITY = 0.3;
    static final int SIMILAR_PAIRS_LISTED = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    LandscapeService landscapes;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardCorpus corpus;

    @Inject
    IndexSnapshots snapshots;

    @Inject
    ChangeLog changeLog;

    @Inject
    ChangeDigest changeDigest;

    @Inject
    DocumentSimilarity similarity;

    @Inject
    RepresentedGroups representedGroups;

    @Inject
    NarrativeService narratives;

    @Inject
    Instance<CoordinationFacts> coordination;

    /** What the report is: its kind, edition id (null for a draft), title, meeting (optional), topic and date. */
    public record Request(String kind, UUID id, String title, String meeting, String topic, LocalDate since) {
    }

    private final DraftCache drafts = new DraftCache();

    /** The last similarity computed: it depends on the entries of the subtree only, not on the date or the narratives. */
    private volatile VersionedSimilarity lastSimilarity;

    private record VersionedSimilarity(long version, String fingerprint, Set<String> topics, DocumentSimilarity.Result result) {
    }

    /**
     * The report for the request. A draft is answered from {@link DraftCache} while everything it is computed from is
     * unchanged (its {@code generatedAt} then says when it was computed); an edition is always computed.
     */
    public Report compose(Request request) {
        // read first, so that the report never claims older data than it shows
        long version = changeLog.lastChange();
        Map<String, Report.NarrativeText> texts = narratives.currentTexts();
        Set<RepresentedGroups.GroupKey> represented = representedGroups.today();
        Optional<CoordinationFacts> register = coordination.isResolvable() ? Optional.of(coordination.get()) : Optional.empty();
        String key = null;
        if (Report.DRAFT.equals(request.kind())) {
            key = String.join("\n", String.valueOf(version), catalog.fingerprint(), String.valueOf(request.topic()),
                    request.since().toString(), request.title(), texts.toString(), represented.toString(),
                    register.map(r -> r.participation() + "|" + r.questions() + "|" + r.statementsAwaitingAnswer()).orElse("-"));
            Report cached = drafts.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Report report = compute(request, version, texts, represented, register);
        if (key != null) {
            drafts.put(key, report);
        }
        return report;
    }

    private Report compute(Request request, long version, Map<String, Report.NarrativeText> texts,
            Set<RepresentedGroups.GroupKey> represented, Optional<CoordinationFacts> register) {
        Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Landscape landscape = landscapes.analysisOf(request.topic());
        String root = landscape.topic().slug();
        Set<String> topics = catalog.subtree(root);
        boolean wholeTree = topics.size() == catalog.topics().size();
        Optional<Set<String>> visible = corpus.publicOrganizations();
        // one point of the index for both, so that the scope's counts and the entries the history counts agree
        Map.Entry<List<IndexSnapshot.Sources>, Set<UUID>> scopeRead = snapshots.read(s -> Map.entry(
                s.sourcesFiledUnder(topics, visible), wholeTree ? Set.<UUID>of() : s.idsFiledUnder(topics, visible)));
        List<IndexSnapshot.Sources> sources = scopeRead.getKey();
        Set<UUID> inScope = scopeRead.getValue();
        ChangeDigest.Digest digest = changeDigest.digest(request.since(), id -> wholeTree || inScope.contains(id), wholeTree);
        DocumentSimilarity.Result similar = similar(version, topics);

        // the entries the lists name, as they are now
        Set<UUID> named = new LinkedHashSet<>();
        similar.pairs().forEach(m -> {
            named.add(m.first());
            named.add(m.second());
        });
        digest.listed().values().forEach(items -> items.forEach(i -> named.add(i.id())));
        Map<UUID, StandardView> entries = corpus.entries(named).stream()
                .collect(Collectors.toMap(StandardView::id, Function.identity()));

        Figures figures = new Figures();
        Report.Scope scope = scope(texts, sources, represented, register);
        Report.Numbers numbers = numbers(texts, landscape, figures);
        Report.Changes changes = changes(texts, request.since(), digest, entries);
        Report.Overlap overlap = overlap(texts, landscape, similar, entries);
        Report.Gaps gaps = gaps(texts, landscape);
        Report.Trends trends = trends(texts, landscape, digest, figures);
        Report.Coordination coordinationSection = coordination(texts, landscape, sources, represented, register);
        return new Report(request.kind(), request.id(), request.title(), request.meeting(),
                new Report.TopicRef(root, landscape.topic().label()), request.since(), generatedAt, version,
                StatusVocabulary.CANONICAL, scope, numbers, changes, overlap, gaps, trends, coordinationSection, figures.list);
    }

    /** The pairs of the subtree, computed again only when a standard or the reference data changed. */
    private DocumentSimilarity.Result similar(long version, Set<String> topics) {
        String fingerprint = catalog.fingerprint();
        VersionedSimilarity known = lastSimilarity;
        if (known != null && known.version() == version && known.fingerprint().equals(fingerprint) && known.topics().equals(topics)) {
            return known.result();
        }
        DocumentSimilarity.Result result = similarity.crossOrganizationPairs(topics, MINIMUM_SIMILARITY, SIMILAR_PAIRS_LISTED);
        lastSimilarity = new VersionedSimilarity(version, fingerprint, Set.copyOf(topics), result);
        return result;
    }

    /** The section titles, by key; section 3 names its date. */
    public static String sectionTitle(String section, LocalDate since) {
        return switch (section) {
            case "scope" -> "Scope and sources";
            case "numbers" -> "The landscape in numbers";
            case "changes" -> "What changed since " + DAY.format(since);
            case "overlap" -> "Overlap and possible duplication";
            case "gaps" -> "Gaps";
            case "trends" -> "Trends";
            case "coordination" -> "Coordination";
            default -> throw new IllegalArgumentException(section);
        };
    }

    private static final class Figures {
        final List<Report.Figure> list = new ArrayList<>();

        int add(String section, String caption, String svg) {
            int number = list.size() + 1;
            list.add(new Report.Figure(number, Report.numberOf(section), caption, svg));
            return number;
        }
    }

    // ---- 1

    private Report.Scope scope(Map<String, Report.NarrativeText> texts, List<IndexSnapshot.Sources> sources,
            Set<RepresentedGroups.GroupKey> represented, Optional<CoordinationFacts> register) {
        Map<String, Map<String, Long>> bySourcePerOrganization = new HashMap<>();
        Map<String, Set<String>> groupsPerOrganization = new HashMap<>();
        Map<String, Long> bySource = sourceKinds();
        for (IndexSnapshot.Sources s : sources) {
            Map<String, Long> perKind = bySourcePerOrganization.computeIfAbsent(s.organization(), o -> sourceKinds());
            s.byKind().forEach((kind, n) -> {
                perKind.merge(kind, n, Long::sum);
                bySource.merge(kind, n, Long::sum);
            });
            if (s.group() != null) {
                groupsPerOrganization.computeIfAbsent(s.organization(), o -> new HashSet<>()).add(s.group());
            }
        }
        Map<String, String> participation = register.map(ReportComposer::participationByOrganization).orElse(Map.of());
        List<Report.ScopeOrganization> organizations = bySourcePerOrganization.entrySet().stream()
                .map(e -> {
                    Set<String> groups = groupsPerOrganization.getOrDefault(e.getKey(), Set.of());
                    int representedCount = (int) groups.stream()
                            .filter(g -> represented.contains(new RepresentedGroups.GroupKey(e.getKey(), g))).count();
                    return new Report.ScopeOrganization(e.getKey(), organizationName(e.getKey()), total(e.getValue()),
                            e.getValue(), groups.size(), representedCount, participation.get(e.getKey()));
                })
                .sorted(Comparator.comparingLong(Report.ScopeOrganization::entries).reversed()
                        .thenComparing(Report.ScopeOrganization::code))
                .toList();
        return new Report.Scope(1, sectionTitle("scope", null), texts.get("scope"), total(bySource), bySource, organizations,
                register.isPresent());
    }

    private static Map<String, Long> sourceKinds() {
        Map<String, Long> kinds = new LinkedHashMap<>();
        kinds.put(StandardCorpus.SOURCE_SUBMISSION, 0L);
        kinds.put(StandardCorpus.SOURCE_API, 0L);
        kinds.put(StandardCorpus.SOURCE_SEED, 0L);
        return kinds;
    }

    /** An organization agreed when any of its groups agreed; else invited when any was invited; else declined. */
    private static Map<String, String> participationByOrganization(CoordinationFacts facts) {
        Map<String, CoordinationFacts.State> best = new HashMap<>();
        for (CoordinationFacts.Participation p : facts.participation()) {
            best.merge(p.organization(), p.state(), (a, b) -> rank(a) <= rank(b) ? a : b);
        }
        Map<String, String> states = new HashMap<>();
        best.forEach((organization, state) -> states.put(organization, state.name().toLowerCase(Locale.ROOT)));
        return states;
    }

    private static int rank(CoordinationFacts.State state) {
        return switch (state) {
            case AGREED -> 0;
            case INVITED -> 1;
            case DECLINED -> 2;
        };
    }

    // ---- 2

    private Report.Numbers numbers(Map<String, Report.NarrativeText> texts, Landscape landscape, Figures figures) {
        String root = landscape.topic().slug();
        List<Report.CountRow> byOrganization = new ArrayList<>();
        for (Landscape.OrganizationColumn column : landscape.organizations()) {
            Map<String, Long> byStatus = zeroByStatus();
            landscape.matrix().stream().filter(c -> c.topic().equals(root) && c.organization().equals(column.code()))
                    .findFirst().ifPresent(c -> byStatus.putAll(c.byStatus()));
            byOrganization.add(new Report.CountRow(column.code(), column.name(), column.total(), byStatus));
        }
        List<Report.TopicCount> byTopic = landscape.topics().stream()
                .map(t -> new Report.TopicCount(t.slug(), t.label(), t.depth(), t.total(), t.byStatus())).toList();
        Landscape.TopicRow rootRow = landscape.topics().get(0);
        Map<String, double[]> statuses = new LinkedHashMap<>();
        for (String status : StatusVocabulary.CANONICAL) {
            statuses.put(status, byOrganization.stream().mapToDouble(r -> r.byStatus().getOrDefault(status, 0L)).toArray());
        }
        int figure = figures.add("numbers", "Entries by organization and status",
                ReportCharts.statusBars("Entries by organization and status",
                        byOrganization.stream().map(Report.CountRow::organization).toList(), statuses));
        return new Report.Numbers(2, sectionTitle("numbers", null), texts.get("numbers"), rootRow.total(), rootRow.byStatus(),
                byOrganization, byTopic, figure);
    }

    private static Map<String, Long> zeroByStatus() {
        Map<String, Long> map = new LinkedHashMap<>();
        StatusVocabulary.CANONICAL.forEach(s -> map.put(s, 0L));
        return map;
    }

    // ---- 3

    private Report.Changes changes(Map<String, Report.NarrativeText> texts, LocalDate since, ChangeDigest.Digest digest,
            Map<UUID, StandardView> entries) {
        List<Report.OrganizationChanges> byOrganization = digest.byOrganization().entrySet().stream()
                .map(e -> new Report.OrganizationChanges(e.getKey(), e.getValue())).toList();
        List<Report.ChangeList> lists = new ArrayList<>();
        digest.listed().forEach((kind, items) -> {
            List<Report.ChangedEntry> listed = items.stream().map(i -> new Report.ChangedEntry(i.id(), i.organization(),
                    i.identifier(), ChangeDigest.REMOVED.equals(kind) ? null
                            : Optional.ofNullable(entries.get(i.id())).map(StandardView::title).orElse(null),
                    i.from(), i.to(), i.at())).toList();
            long count = digest.counts().getOrDefault(kind, 0L);
            lists.add(new Report.ChangeList(kind, count, listed, count - listed.size()));
        });
        return new Report.Changes(3, sectionTitle("changes", since), texts.get("changes"), since, digest.counts(), byOrganization,
                lists);
    }

    // ---- 4

    private Report.Overlap overlap(Map<String, Report.NarrativeText> texts, Landscape landscape, DocumentSimilarity.Result similar,
            Map<UUID, StandardView> entries) {
        List<Report.SimilarPair> pairs = new ArrayList<>();
        for (DocumentSimilarity.Match m : similar.pairs()) {
            StandardView a = entries.get(m.first());
            StandardView b = entries.get(m.second());
            if (a == null || b == null) {
                continue; // removed since the similarity was read
            }
            boolean aFirst = (a.organization() + a.identifier()).compareTo(b.organization() + b.identifier()) <= 0;
            StandardView first = aFirst ? a : b;
            StandardView second = aFirst ? b : a;
            pairs.add(new Report.SimilarPair(m.score(), document(first), document(second), m.sharedTerms(), linked(first, second)));
        }
        List<Report.TopicOverlap> topics = landscape.overlaps().stream()
                .map(o -> new Report.TopicOverlap(o.topic(), o.label(), o.byOrganization(), o.documentCount())).toList();
        return new Report.Overlap(4, sectionTitle("overlap", null), texts.get("overlap"), similar.method(), MINIMUM_SIMILARITY, pairs,
                Math.max(0, similar.found() - pairs.size()), topics);
    }

    /** {@code equivalent} or {@code related} when either entry names the other so, else null (equivalent wins). */
    private String linked(StandardView a, StandardView b) {
        String found = null;
        for (String type : List.of("equivalent", "related")) {
            if (names(a, b, type) || names(b, a, type)) {
                found = type;
                break;
            }
        }
        return found;
    }

    private boolean names(StandardView from, StandardView to, String type) {
        if (from.relations() == null) {
            return false;
        }
        List<String> names = catalog.namesOf(to.organization());
        Set<String> keys = new HashSet<>();
        keys.add(IdentifierNormalizer.key(to.identifier(), names));
        if (to.aliases() != null) {
            to.aliases().forEach(alias -> keys.add(IdentifierNormalizer.key(alias, names)));
        }
        for (Relation r : from.relations()) {
            if (type.equals(r.type()) && r.target() != null && r.target().identifier() != null
                    && catalog.organization(r.target().organization()).map(Organization::code).filter(to.organization()::equals).isPresent()
                    && keys.contains(IdentifierNormalizer.key(r.target().identifier(), names))) {
                return true;
            }
        }
        return false;
    }

    private static Report.Document document(StandardView v) {
        return new Report.Document(v.id(), v.organization(), v.identifier(), v.title(), v.status());
    }

    private static Report.Document document(Landscape.Document d) {
        return new Report.Document(d.id(), d.organization(), d.identifier(), d.title(), d.status());
    }

    // ---- 5

    private Report.Gaps gaps(Map<String, Report.NarrativeText> texts, Landscape landscape) {
        Map<String, Landscape.Gap> landscapeGaps = landscape.gaps().stream()
                .collect(Collectors.toMap(Landscape.Gap::topic, Function.identity()));
        Map<String, List<String>> workingOrganizations = new HashMap<>();
        for (Landscape.Cell cell : landscape.matrix()) {
            long work = cell.byStatus().getOrDefault(StatusVocabulary.PUBLISHED, 0L)
                    + cell.byStatus().getOrDefault(StatusVocabulary.IN_DEVELOPMENT, 0L);
            if (work > 0) {
                workingOrganizations.computeIfAbsent(cell.topic(), t -> new ArrayList<>()).add(cell.organization());
            }
        }
        List<Report.Gap> gaps = new ArrayList<>();
        for (Landscape.TopicRow row : landscape.topics()) {
            long published = row.byStatus().getOrDefault(StatusVocabulary.PUBLISHED, 0L);
            long inDevelopment = row.byStatus().getOrDefault(StatusVocabulary.IN_DEVELOPMENT, 0L);
            long planned = row.byStatus().getOrDefault(StatusVocabulary.PLANNED, 0L);
            Landscape.Gap gap = landscapeGaps.get(row.slug());
            if (gap != null) {
                gaps.add(new Report.Gap(row.slug(), row.label(), row.depth(), gap.kind(), null, published, inDevelopment, planned));
                continue;
            }
            List<String> working = workingOrganizations.getOrDefault(row.slug(), List.of());
            if (working.size() == 1) {
                gaps.add(new Report.Gap(row.slug(), row.label(), row.depth(), "single-organization", working.get(0), published,
                        inDevelopment, planned));
            }
        }
        return new Report.Gaps(5, sectionTitle("gaps", null), texts.get("gaps"), gaps);
    }

    // ---- 6

    private Report.Trends trends(Map<String, Report.NarrativeText> texts, Landscape landscape, ChangeDigest.Digest digest,
            Figures figures) {
        List<Report.YearCount> publications = landscape.timeline().stream()
                .map(y -> new Report.YearCount(y.year(), y.total(), y.byOrganization())).toList();
        List<Report.YearCount> started = new ArrayList<>();
        digest.startedPerYear().forEach((year, perOrganization) -> started.add(new Report.YearCount(year,
                perOrganization.values().stream().mapToLong(Long::longValue).sum(), mostFirst(perOrganization))));
        List<Report.PeriodShare> shares = shares(publications);

        List<Integer> figureNumbers = new ArrayList<>();
        figureNumbers.add(figures.add("trends", "Publications per year and organization",
                yearChart("Publications per year and organization", publications, "entries")));
        figureNumbers.add(figures.add("trends", "Work items started per year and organization (as recorded in qitdb)",
                yearChart("Work items started per year and organization", started, "work items")));
        List<String> periods = shares.stream().map(Report.PeriodShare::period).toList();
        Map<String, double[]> shareSeries = new LinkedHashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            int column = i;
            shares.get(i).percent().forEach((organization, percent) ->
                    shareSeries.computeIfAbsent(organization, o -> new double[shares.size()])[column] = percent);
        }
        figureNumbers.add(figures.add("trends", "Each organization's share of the publications per five-year period",
                ReportCharts.stackedColumns("Share of publications per five-year period", periods, shareSeries, "%", true)));
        return new Report.Trends(6, sectionTitle("trends", null), texts.get("trends"), publications, started, shares, figureNumbers);
    }

    /** Every year from the first to the last, those without entries as zero. */
    private static String yearChart(String title, List<Report.YearCount> years, String unit) {
        List<String> categories = new ArrayList<>();
        Map<String, double[]> series = new LinkedHashMap<>();
        if (!years.isEmpty()) {
            int first = years.get(0).year();
            int last = years.get(years.size() - 1).year();
            int span = last - first + 1;
            for (int y = first; y <= last; y++) {
                categories.add(String.valueOf(y));
            }
            for (Report.YearCount year : years) {
                year.byOrganization().forEach((organization, n) ->
                        series.computeIfAbsent(organization, o -> new double[span])[year.year() - first] += n);
            }
        }
        return ReportCharts.stackedColumns(title, categories, series, unit, false);
    }

    /** Publications per period of five years (2015–2019, 2020–2024 …), each organization's share in percent. */
    static List<Report.PeriodShare> shares(List<Report.YearCount> publications) {
        Map<Integer, Map<String, Long>> byPeriod = new TreeMap<>();
        for (Report.YearCount y : publications) {
            int from = Math.floorDiv(y.year(), 5) * 5;
            y.byOrganization().forEach((organization, n) ->
                    byPeriod.computeIfAbsent(from, f -> new HashMap<>()).merge(organization, n, Long::sum));
        }
        List<Report.PeriodShare> shares = new ArrayList<>();
        byPeriod.forEach((from, perOrganization) -> {
            long total = perOrganization.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Double> percent = new LinkedHashMap<>();
            mostFirst(perOrganization).forEach((organization, n) -> percent.put(organization, Math.round(n * 1000.0 / total) / 10.0));
            shares.add(new Report.PeriodShare(from + "\u2013" + (from + 4), from, from + 4, total, percent));
        });
        return shares;
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    // ---- 7

    private Report.Coordination coordination(Map<String, Report.NarrativeText> texts, Landscape landscape,
            List<IndexSnapshot.Sources> sources, Set<RepresentedGroups.GroupKey> represented, Optional<CoordinationFacts> register) {
        List<Report.EquivalentPair> equivalents = landscape.equivalents().stream()
                .map(p -> new Report.EquivalentPair(document(p.first()), document(p.second()))).toList();
        Map<String, Long> entriesPerOrganization = new TreeMap<>();
        Map<RepresentedGroups.GroupKey, Long> entriesPerGroup = new TreeMap<>(
                Comparator.comparing(RepresentedGroups.GroupKey::organization).thenComparing(RepresentedGroups.GroupKey::group));
        for (IndexSnapshot.Sources s : sources) {
            long n = total(s.byKind());
            entriesPerOrganization.merge(s.organization(), n, Long::sum);
            if (s.group() != null) {
                entriesPerGroup.merge(new RepresentedGroups.GroupKey(s.organization(), s.group()), n, Long::sum);
            }
        }
        Set<String> representedOrganizations = represented.stream().map(RepresentedGroups.GroupKey::organization)
                .collect(Collectors.toSet());
        List<Report.OrganizationRef> organizations = entriesPerOrganization.entrySet().stream()
                .filter(e -> !representedOrganizations.contains(e.getKey()))
                .map(e -> new Report.OrganizationRef(e.getKey(), organizationName(e.getKey()), e.getValue())).toList();
        List<Report.GroupRef> groups = entriesPerGroup.entrySet().stream()
                .filter(e -> !represented.contains(e.getKey()))
                .map(e -> new Report.GroupRef(e.getKey().organization(), e.getKey().group(),
                        catalog.group(e.getKey().organization(), e.getKey().group()).map(Group::name).orElse(null), e.getValue()))
                .toList();
        List<Report.Question> questions = register.map(r -> r.questions().stream()
                .map(q -> new Report.Question(q.text(), q.answers(), q.open())).toList()).orElse(List.of());
        List<Report.Statement> statements = register.map(r -> r.statementsAwaitingAnswer().stream()
                .map(s -> new Report.Statement(s.reference(), s.subject(), s.to(), s.date(), s.deadline())).toList()).orElse(List.of());
        return new Report.Coordination(7, sectionTitle("coordination", null), texts.get("coordination"), equivalents,
                landscape.unlistedEquivalents(), register.isPresent(), questions, statements, organizations, groups);
    }

    private String organizationName(String code) {
        return catalog.organization(code).map(Organization::name).orElse(code);
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
