package org.qitdb.standard.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import org.qitdb.standard.store.StandardEntity;

/**
 * Gives entries written before a derived column existed their value, in small transactions, at start-up and
 * before the seed: the search document (schema version 6) and the content hash (version 9). Derived data: no
 * revision, no change event. Replicas starting together may fill the same rows; they write the same values.
 */
@ApplicationScoped
public class DerivedColumnsBackfill {

    private static final Logger LOG = Logger.getLogger(DerivedColumnsBackfill.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        fill();
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
            LOG.infof("Filled the derived columns (search document, content hash) of %d entries", filled);
        }
        return filled;
    }

    private int fillBatch() {
        List<StandardEntity> entries = em.createQuery("select s from StandardEntity s where s.searchText is null or s.contentHash is null", StandardEntity.class)
                .setMaxResults(BATCH).getResultList();
        for (StandardEntity e : entries) {
            StandardData data = StandardMapper.dataOf(e);
            StandardMapper.applyDerivedColumns(data, e);
        }
        em.flush();
        em.clear();
        return entries.size();
    }
}
