package org.qitdb.standard.feed.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.qitdb.standard.feed.store.ChangeEntity;
import org.qitdb.standard.feed.store.ChangeStore;
import org.qitdb.standard.service.StandardView;

/**
 * Records every committed write of a standard, in the writer's own transaction: a write that rolls back leaves no
 * event, one that commits always has one. Only the standards' front door ({@code StandardWrites}) calls it, as the
 * last step of each write: from the reservation on, the feed's counter is locked until commit, so sequence numbers
 * become visible in the order they were handed out (see docs/sync.md).
 */
@ApplicationScoped
public class ChangeLog {

    public enum Type { CREATED, UPDATED, DELETED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What one write did to one entry: the entry after it (before it, for a delete) at the event's revision. */
    public record Event(Type type, StandardView entry, long revision, Map<String, FieldChange> changes, String actor, Instant at) {
    }

    @Inject
    ChangeStore store;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.enterprise.event.Event<Recorded> recorded;

    /**
     * Fired with every recorded write: observers that listen {@code during = TransactionPhase.AFTER_SUCCESS} hear it
     * once the writer's transaction has committed, before the writer answers (the search index catches up then).
     */
    public record Recorded(long lastSeq) {
    }

    /** One committed change as the search index reads it: the entry after it, or none for a delete. */
    public record Committed(long seq, UUID standardId, Optional<StandardView> entry) {
    }

    /**
     * The committed changes after {@code seq}, in feed order, at most {@code limit}: every one up to the end of the feed
     * as read first has committed (see docs/sync.md), so a reader applying them in order misses none.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Committed> committedAfter(long seq, int limit) {
        long last = store.lastSeq();
        List<Committed> changes = new ArrayList<>();
        for (ChangeEntity row : store.after(seq, last, limit, Optional.empty())) {
            changes.add(new Committed(row.seq, row.standardId,
                    row.snapshot == null ? Optional.empty() : Optional.of(read(row.snapshot))));
        }
        return changes;
    }

    /** Changes up to this sequence number may have been pruned (a delete among them leaves no trace). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long prunedThrough() {
        return store.prunedThrough();
    }

    /** {@link #lastChange()} in a transaction of its own: every change up to it has committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long lastCommitted() {
        return store.lastSeq();
    }

    private StandardView read(String snapshot) {
        try {
            return json.readValue(snapshot, StandardView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change's snapshot cannot be read", e);
        }
    }

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
        long seq = store.reserve(events.size());
        List<ChangeEntity> rows = new ArrayList<>(events.size());
        for (Event event : events) {
            ChangeEntity row = new ChangeEntity();
            row.seq = seq++;
            row.changeType = event.type().wire();
            row.standardId = event.entry().id();
            row.organizationCode = event.entry().organization();
            row.identifier = event.entry().identifier();
            row.revision = event.revision();
            row.occurredAt = event.at();
            row.actor = event.actor();
            row.changedFields = write(event.changes());
            row.snapshot = event.type() == Type.DELETED ? null : write(event.entry());
            rows.add(row);
        }
        store.insertAll(rows);
        recorded.fire(new Recorded(seq - 1));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change cannot be written as JSON", e);
        }
    }
}
