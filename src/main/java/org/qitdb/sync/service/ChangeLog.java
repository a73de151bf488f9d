package org.qitdb.sync.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qitdb.standard.api.StandardView;
import org.qitdb.sync.store.ChangeEntity;
import org.qitdb.sync.store.ChangeStore;

/**
 * Records every committed write of a standard, in the writer's own transaction: a write that rolls back
 * leaves no event, one that commits always has one. Call it last in a transaction: from here on, the
 * feed's counter is locked until commit.
 */
@ApplicationScoped
public class ChangeLog {

    public enum Type { CREATED, UPDATED, DELETED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A field that changed, from what to what. */
    public record FieldChange(Object from, Object to) {
    }

    /** What one write did to one entry. */
    public record Event(Type type, StandardView entry, Map<String, FieldChange> changes, String actor, Instant at) {
    }

    private static final int FLUSH_EVERY = 1000;

    @Inject
    ChangeStore store;

    @Inject
    ObjectMapper json;

    /**
     * The sequence number of the last committed change of any standard: it grows with every committed write, so
     * an answer computed after reading it holds data at least that new.
     */
    public long lastChange() {
        return store.lastSeq();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        store.getEntityManager().flush();
        long seq = store.reserve(events.size());
        int written = 0;
        for (Event event : events) {
            ChangeEntity row = new ChangeEntity();
            row.seq = seq++;
            row.changeType = event.type().wire();
            row.standardId = event.entry().id();
            row.organizationCode = event.entry().organization();
            row.identifier = event.entry().identifier();
            row.revision = event.entry().revision();
            row.occurredAt = event.at();
            row.actor = event.actor();
            row.changedFields = write(event.changes());
            row.snapshot = event.type() == Type.DELETED ? null : write(event.entry());
            store.persist(row);
            if (++written % FLUSH_EVERY == 0) {
                // a bulk load records many events: keep the persistence context small
                store.getEntityManager().flush();
                store.getEntityManager().clear();
            }
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change cannot be written as JSON", e);
        }
    }
}
