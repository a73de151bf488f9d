package org.qitdb.standard.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.qitdb.standard.store.StandardEntity;

/**
 * Gives entries written before a derived column existed their value, in small transactions, at start-up and
 * before the seed: the search document (schema version 6) and the content hash (version 9). Derived data: no
 * revision, no change event. Replicas starting together may fill the same rows; they write the same values.
 * Every write keeps the columns since, so once a pass has completed a marker row spares later starts the scan.
 */
@ApplicationScoped
public class DerivedColumnsBackfill {

    private static final Logger LOG = Logger.getLogger(DerivedColumnsBackfill.class);
    private static final int BATCH = 500;
    static final String MARKER = "derived-columns-v9";

    @Inject
    StandardPageCache pageCache;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from service_marker where name = :name").setParameter("name", MARKER).getSingleResult()).intValue() > 0);
        if (done) {
            return;
        }
        fill();
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into service_marker (name, created_at) values (:name, :at)")
                    .setParameter("name", MARKER).setParameter("at", Instant.now()).executeUpdate());
        } catch (PersistenceException e) {
            // another replica finished the same pass first and wrote the marker
            LOG.debug("the derived-columns marker exists already", e);
        }
    }

    /** Fills every entry that has no document yet; returns how many. */
    public long fill() {
        long filled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::fillBatch);
            filled += batch;
        } while (batch == BATCH);
        if (filled > 0) {
            // the change counter does not see these writes
            pageCache.clear();
            LOG.infof("Filled the derived column (content hash) of %d entries", filled);
        }
        return filled;
    }

    private int fillBatch() {
        List<StandardEntity> entries = em.createQuery("select s from StandardEntity s where s.contentHash is null", StandardEntity.class)
                .setMaxResults(BATCH).getResultList();
        for (StandardEntity e : entries) {
            StandardData data = StandardMapper.dataOf(e);
            e.contentHash = StandardMapper.contentHash(data);
        }
        em.flush();
        em.clear();
        return entries.size();
    }
}
