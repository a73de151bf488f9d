package org.qitdb.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.qitdb.standard.service.StandardInput;
import org.qitdb.standard.service.Batch;
import org.qitdb.standard.service.BatchResult;
import org.qitdb.standard.service.StandardWrites;

/**
 * On the first start against an empty database, loads the reference data (organizations, groups, topic tree)
 * and the sample QIT standards shipped in {@code seed/}. A marker row makes it happen once: restarts and
 * other replicas find the marker and skip.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    static final String MARKER = "seed-v1";
    static final String PROVENANCE = "seed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ReferenceStore store;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardWrites writes;

    @ConfigProperty(name = "qitdb.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            int loaded = seedOnce();
            if (loaded >= 0) {
                LOG.infof("Seeded the reference data and %d sample standards", loaded);
            }
        } catch (PersistenceException e) {
            // another replica seeded at the same moment and holds the marker
            LOG.info("Seed skipped: another instance is seeding");
        } finally {
            catalog.invalidate();
        }
    }

    /** Loads everything in one transaction; returns -1 when the marker says it was done before. */
    @Transactional
    int seedOnce() {
        Number done = (Number) em.createNativeQuery("select count(*) from service_marker where name = :name")
                .setParameter("name", MARKER).getSingleResult();
        if (done.intValue() > 0) {
            return -1;
        }
        em.createNativeQuery("insert into service_marker (name, created_at) values (:name, :at)")
                .setParameter("name", MARKER).setParameter("at", Instant.now()).executeUpdate();
        em.flush();

        for (Organization o : read("seed/organizations.json", new TypeReference<List<Organization>>() { })) {
            OrganizationEntity e = new OrganizationEntity();
            e.code = o.code();
            e.slug = o.slug();
            e.name = o.name();
            e.aliases = o.aliases() == null ? List.of() : o.aliases();
            e.url = o.url();
            store.persist(e);
        }
        for (Group g : read("seed/groups.json", new TypeReference<List<Group>>() { })) {
            GroupEntity e = new GroupEntity();
            e.organizationCode = g.organization();
            e.code = g.code();
            e.name = g.name();
            e.parentCode = g.parent();
            e.url = g.url();
            store.persist(e);
        }
        Map<String, String> parents = new HashMap<>();
        for (Map<String, String> t : read("seed/topics.json", new TypeReference<List<Map<String, String>>>() { })) {
            TopicEntity e = new TopicEntity();
            e.slug = t.get("slug");
            e.label = t.get("label");
            e.parentSlug = t.get("parent");
            e.description = t.get("description");
            store.persist(e);
            parents.put(e.slug, e.parentSlug);
        }
        em.flush();
        store.replaceTopicClosure(ReferenceDataService.closureOf(parents));
        catalog.invalidate();

        StandardWrites.Author author = new StandardWrites.Author(new Caller(PROVENANCE, true, Set.of()), PROVENANCE);
        List<StandardInput> standards = read("seed/qit-standards.json", new TypeReference<List<StandardInput>>() { });
        List<Batch.Row> rows = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            rows.add(Batch.Row.of(i + 1, withTitle(standards.get(i))));
        }
        BatchResult result = writes.applyBatch(new Batch(null, rows, true, false, author));
        if (!result.applied()) {
            throw new IllegalStateException("the sample standards are invalid: " + result.rows().stream()
                    .filter(BatchResult.RowResult::rejected).map(r -> r.row() + " " + r.errors()).toList());
        }
        return standards.size();
    }

    /**
     * The sample marks values that could not be confirmed as null; a work item's title is one of them. The
     * entry is still worth listing, so it gets a title that says so instead of being dropped.
     */
    static StandardInput withTitle(StandardInput in) {
        if (in.title() != null && !in.title().isBlank()) {
            return in;
        }
        return in.withTitle(in.identifier() + " (title not confirmed)");
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file " + resource + " is missing from the application");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + resource + " cannot be read", e);
        }
    }
}
