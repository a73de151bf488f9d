package org.qitdb.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.reference.service.ReferenceDataService;
import org.qitdb.reference.store.GroupEntity;
import org.qitdb.reference.store.OrganizationEntity;
import org.qitdb.reference.store.ReferenceStore;
import org.qitdb.reference.store.TopicEntity;
import org.qitdb.security.Caller;
import org.qitdb.seed.service.SeedFiles;
import org.qitdb.seed.store.SeedStore;
import org.qitdb.standard.service.Batch;
import org.qitdb.standard.service.BatchResult;
import org.qitdb.standard.service.StandardInput;
import org.qitdb.standard.service.StandardService;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StandardWrites;

/**
 * Loads the seed shipped in {@code seed/} (reference data and the sample QIT standards, edition
 * {@value SeedFiles#EDITION}) and brings a database seeded with an earlier edition up to it, once.
 *
 * <p>On an empty database every organization, group and topic is added and every standard is written through the
 * front door ({@link StandardWrites#applyBatch}), one batch per confidence, with a provenance naming the file and
 * the confidence. On a database seeded with edition 1 (marker {@value #MARKER_V1}), the same happens for what is new
 * — missing organizations, groups and topics, new entries — and an entry still as edition 1 wrote it (provenance
 * {@value #PROVENANCE_V1}) takes this edition's content: one recorded change per corrected entry, whose actor says
 * {@code seed 2}. An entry that a person or a tool has written since (another provenance), deleted, or taken the key
 * of, is left alone: the correction the seed would have made is logged and kept in {@code seed_correction} for
 * admins. A marker row per edition makes each happen once, also across replicas.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    static final String MARKER_V1 = "seed-v1";
    static final String MARKER = "seed-v" + SeedFiles.EDITION;
    static final String PROVENANCE_V1 = "seed";
    /** The fields a seed writes, as the API names them. */
    static final List<String> FIELDS = List.of("group", "aliases", "title", "summary", "documentType", "status", "sdoStatus",
            "version", "publicationDate", "expectedDate", "topics", "keywords", "url", "relations");
    private static final Set<String> UNORDERED = Set.of("aliases", "topics");

    /** What one start did. */
    public record Outcome(boolean ran, boolean upgrade, int created, int updated, int corrections) {
        static final Outcome NOTHING = new Outcome(false, false, 0, 0, 0);
    }

    @Inject
    ObjectMapper json;

    @Inject
    ReferenceStore reference;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardWrites writes;

    @Inject
    StandardService standards;

    @Inject
    SeedStore store;

    @ConfigProperty(name = "qitdb.seed.enabled", defaultValue = "true")
    boolean enabled;

    /** The provenance (and change-log actor) of what this edition writes. */
    public static String provenance(String confidence) {
        return "seed " + SeedFiles.EDITION + " (" + SeedFiles.STANDARDS_FILE + ", confidence: " + confidence + ")";
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            Outcome outcome = seedOnce();
            if (outcome.upgrade()) {
                LOG.infof("Seed %d applied to a database seeded before: %d entries added, %d corrected, %d corrections not applied"
                        + " (GET /api/v1/seed/corrections)", SeedFiles.EDITION, outcome.created(), outcome.updated(), outcome.corrections());
            } else if (outcome.ran()) {
                LOG.infof("Seeded the reference data and %d sample standards (seed %d)", outcome.created(), SeedFiles.EDITION);
            }
        } catch (PersistenceException e) {
            // another replica seeded at the same moment and holds the marker
            LOG.info("Seed skipped: another instance is seeding");
        } finally {
            catalog.invalidate();
        }
    }

    /** Loads or upgrades in one transaction; does nothing when this edition's marker is there. */
    @Transactional
    public Outcome seedOnce() {
        if (store.hasMarker(MARKER)) {
            return Outcome.NOTHING;
        }
        boolean upgrade = store.hasMarker(MARKER_V1);
        store.insertMarker(MARKER);
        if (!upgrade) {
            // an older version of the application started on this database must not seed it again
            store.insertMarker(MARKER_V1);
        }
        SeedFiles files = SeedFiles.read(json);
        addMissingReferenceData(files, upgrade);
        catalog.invalidate();
        return upgrade ? upgrade(files) : fresh(files);
    }

    // ---- an empty database

    private Outcome fresh(SeedFiles files) {
        Map<String, List<Integer>> byConfidence = new LinkedHashMap<>();
        for (int i = 0; i < files.entries().size(); i++) {
            byConfidence.computeIfAbsent(files.entries().get(i).confidence(), c -> new ArrayList<>()).add(i);
        }
        UUID[] ids = new UUID[files.entries().size()];
        int created = 0;
        for (Map.Entry<String, List<Integer>> group : byConfidence.entrySet()) {
            List<Batch.Row> rows = new ArrayList<>();
            for (int i : group.getValue()) {
                rows.add(Batch.Row.of(i + 1, prepared(files.entries().get(i))));
            }
            BatchResult result = writes.applyBatch(new Batch(null, rows, true, false, author(group.getKey())));
            if (!result.applied()) {
                throw new IllegalStateException("the sample standards are invalid: " + result.rows().stream()
                        .filter(BatchResult.RowResult::rejected).map(r -> r.row() + " " + r.errors()).toList());
            }
            for (BatchResult.RowResult r : result.rows()) {
                ids[r.row() - 1] = r.id();
                created++;
            }
        }
        recordEntries(files, ids);
        return new Outcome(true, false, created, 0, 0);
    }

    // ---- a database seeded with an earlier edition

    private Outcome upgrade(SeedFiles files) {
        Caller seed = new Caller("seed", true, Set.of());
        UUID[] ids = new UUID[files.entries().size()];
        Map<String, List<Integer>> byConfidence = new LinkedHashMap<>();
        Map<Integer, StandardView> before = new HashMap<>();
        int corrections = 0;
        for (int i = 0; i < files.entries().size(); i++) {
            SeedFiles.Entry entry = files.entries().get(i);
            StandardInput input = prepared(entry);
            Optional<StandardView> existing = standards.lookupStandard(input.organization(), input.identifier(), Optional.of(seed));
            if (existing.isEmpty()) {
                if (entry.inPreviousEdition()) {
                    corrections += report(entry, null, "deleted", "the entry was seeded before and has been deleted since;"
                            + " the seed does not bring it back", differences(entry, null, input));
                    continue;
                }
            } else {
                StandardView current = existing.get();
                ids[i] = current.id();
                if (!PROVENANCE_V1.equals(current.provenance())) {
                    List<ObjectNode> fields = differences(entry, current, input);
                    if (!fields.isEmpty()) {
                        corrections += report(entry, current.id(), entry.inPreviousEdition() ? "edited" : "taken",
                                (entry.inPreviousEdition() ? "the entry has been written since it was seeded"
                                        : "an entry with this identifier was written before the seed brought it")
                                        + " (by " + current.provenance() + "); the seed's values are not applied", fields);
                    }
                    continue;
                }
                before.put(i, current);
            }
            byConfidence.computeIfAbsent(entry.confidence(), c -> new ArrayList<>()).add(i);
        }
        int created = 0;
        int updated = 0;
        for (Map.Entry<String, List<Integer>> group : byConfidence.entrySet()) {
            List<Batch.Row> rows = new ArrayList<>();
            for (int i : group.getValue()) {
                rows.add(Batch.Row.of(i + 1, prepared(files.entries().get(i))));
            }
            BatchResult result = writes.applyBatch(new Batch(null, rows, false, false, author(group.getKey())));
            for (BatchResult.RowResult r : result.rows()) {
                SeedFiles.Entry entry = files.entries().get(r.row() - 1);
                if (r.rejected()) {
                    corrections += report(entry, null, "rejected", "the seed's row was refused: " + r.errors(),
                            differences(entry, before.get(r.row() - 1), prepared(entry)));
                    continue;
                }
                ids[r.row() - 1] = r.id();
                switch (r.outcome().orElseThrow()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    default -> { }
                }
            }
        }
        for (SeedFiles.Dropped dropped : files.dropped()) {
            Optional<StandardView> existing = standards.lookupStandard(dropped.organization(), dropped.identifier(), Optional.of(seed));
            if (existing.isPresent()) {
                ObjectNode field = json.createObjectNode().put("field", "entry");
                field.set("current", json.valueToTree(existing.get().identifier()));
                field.putNull("seed");
                corrections += report(new SeedFiles.Entry(new StandardInput(dropped.organization(), null, dropped.identifier(), null, null,
                        null, null, null, null, null, null, null, null, null, null, null), "dropped", "none", List.of(), null, List.of()),
                        existing.get().id(), "dropped", "this edition leaves the entry out (" + dropped.reason() + "); it is kept", List.of(field));
            }
        }
        recordEntries(files, ids);
        return new Outcome(true, true, created, updated, corrections);
    }

    /**
     * The fields in which the database's entry and the seed's differ: for an entry of the previous edition, only those
     * this edition corrects; for an entry new in this edition, every field.
     */
    List<ObjectNode> differences(SeedFiles.Entry entry, StandardView current, StandardInput seed) {
        List<String> fields;
        if (entry.inPreviousEdition()) {
            fields = entry.corrections().stream().map(SeedFiles.Correction::field).distinct().toList();
        } else {
            fields = FIELDS;
        }
        JsonNode currentTree = current == null ? json.nullNode() : json.valueToTree(current);
        JsonNode seedTree = json.valueToTree(seed);
        List<ObjectNode> out = new ArrayList<>();
        for (String field : fields) {
            JsonNode now = comparable(field, currentTree.path(field));
            JsonNode wanted = comparable(field, seedTree.path(field));
            if (current == null || !now.equals(wanted)) {
                ObjectNode difference = json.createObjectNode().put("field", field);
                difference.set("current", current == null ? json.nullNode() : now);
                difference.set("seed", wanted);
                out.add(difference);
            }
        }
        return out;
    }

    private JsonNode comparable(String field, JsonNode value) {
        if (value.isMissingNode() || value.isNull() || (value.isArray() && value.isEmpty())) {
            return json.nullNode();
        }
        if (UNORDERED.contains(field) && value.isArray()) {
            TreeSet<String> sorted = new TreeSet<>();
            value.forEach(v -> sorted.add(v.asText()));
            ArrayNode array = json.createArrayNode();
            sorted.forEach(array::add);
            return array;
        }
        return value;
    }

    private int report(SeedFiles.Entry entry, UUID standardId, String kind, String reason, List<ObjectNode> fields) {
        StandardInput s = entry.standard();
        LOG.warnf("Seed %d correction not applied to %s %s: %s; fields: %s", SeedFiles.EDITION, s.organization(), s.identifier(),
                reason, fields.stream().map(f -> f.path("field").asText()).toList());
        store.recordCorrection(new SeedStore.CorrectionRow(0, SeedFiles.EDITION, s.organization(), s.identifier(), standardId, kind,
                reason, json.valueToTree(fields).toString(), Instant.now()));
        return 1;
    }

    private void recordEntries(SeedFiles files, UUID[] ids) {
        Instant now = Instant.now();
        for (int i = 0; i < files.entries().size(); i++) {
            SeedFiles.Entry entry = files.entries().get(i);
            store.recordEntry(new SeedStore.EntryRow(entry.standard().organization(), entry.standard().identifier(), ids[i],
                    SeedFiles.STANDARDS_FILE, SeedFiles.EDITION, entry.origin(), entry.confidence(), entry.sources(), entry.notes(), now));
        }
    }

    // ---- reference data

    /** Adds the organizations, groups and topics of the seed files the database does not have (all, when empty). */
    private void addMissingReferenceData(SeedFiles files, boolean upgrade) {
        List<String> added = new ArrayList<>();
        for (Organization o : files.organizations()) {
            if (reference.organization(o.code()).isEmpty()) {
                OrganizationEntity e = new OrganizationEntity();
                e.code = o.code();
                e.slug = o.slug();
                e.name = o.name();
                e.aliases = o.aliases() == null ? List.of() : o.aliases();
                e.url = o.url();
                reference.persist(e);
                added.add("organization " + o.code());
            }
        }
        for (Group g : files.groups()) {
            if (reference.group(g.organization(), g.code()).isEmpty()) {
                GroupEntity e = new GroupEntity();
                e.organizationCode = g.organization();
                e.code = g.code();
                e.name = g.name();
                e.parentCode = g.parent();
                e.url = g.url();
                reference.persist(e);
                added.add("group " + g.organization() + " " + g.code());
            }
        }
        boolean topicsAdded = false;
        for (Map<String, String> t : files.topics()) {
            if (reference.topic(t.get("slug")).isEmpty()) {
                TopicEntity e = new TopicEntity();
                e.slug = t.get("slug");
                e.label = t.get("label");
                e.parentSlug = t.get("parent");
                e.description = t.get("description");
                reference.persist(e);
                topicsAdded = true;
                added.add("topic " + e.slug);
            }
        }
        if (topicsAdded) {
            Map<String, String> parents = new HashMap<>();
            reference.topics().forEach(t -> parents.put(t.slug, t.parentSlug));
            reference.replaceTopicClosure(ReferenceDataService.closureOf(parents));
        }
        if (upgrade && !added.isEmpty()) {
            LOG.infof("Seed %d added reference data: %s", SeedFiles.EDITION, added);
        }
    }

    // ---- rows

    /**
     * The entry as the seed writes it. The sample marks values that could not be confirmed as null; a work item's
     * title is one of them: the entry is still worth listing, so it gets a title that says so. A group the reference
     * data does not know is left out (the entry stays without a group rather than get an invented one).
     */
    StandardInput prepared(SeedFiles.Entry entry) {
        StandardInput in = withTitle(entry.standard());
        if (in.group() != null && catalog.group(in.organization(), in.group()).isEmpty()) {
            LOG.infof("Seed entry %s %s names the unknown group '%s'; it is seeded without a group", in.organization(), in.identifier(), in.group());
            in = new StandardInput(in.organization(), null, in.identifier(), in.aliases(), in.title(), in.summary(), in.documentType(),
                    in.status(), in.sdoStatus(), in.version(), in.publicationDate(), in.expectedDate(), in.topics(), in.keywords(), in.url(),
                    in.relations());
        }
        return in;
    }

    static StandardInput withTitle(StandardInput in) {
        if (in.title() != null && !in.title().isBlank()) {
            return in;
        }
        return in.withTitle(in.identifier() + " (title not confirmed)");
    }

    private static StandardWrites.Author author(String confidence) {
        return new StandardWrites.Author(new Caller("seed", true, Set.of()), provenance(confidence));
    }
}
