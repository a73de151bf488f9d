package org.qitdb.standard.feed.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.qitdb.common.FieldChange;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StandardVisibility;
import org.qitdb.standard.feed.store.ChangeEntity;
import org.qitdb.standard.feed.store.ChangeStore;

/** Reads the change log as a sync feed and as per-entry history, and prunes it when a retention is configured. */
@ApplicationScoped
public class ChangeFeedService {

    private static final Logger LOG = Logger.getLogger(ChangeFeedService.class);
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    ChangeStore store;

    @Inject
    ObjectMapper json;

    @Inject
    StandardVisibility visibility;

    /** Prunings of the log running on this instance now (see {@link #pruning}). */
    private final AtomicInteger pruningsRunning = new AtomicInteger();

    /** How long the feed keeps events; empty = forever. */
    @ConfigProperty(name = "qitdb.changes.retention")
    Optional<Duration> retention;

    /** How many events one pruning transaction deletes at most. */
    @ConfigProperty(name = "qitdb.changes.prune-batch", defaultValue = "1000")
    int pruneBatch;

    /**
     * The changes after the cursor of the entries the reader may see. Events of entries hidden from the reader are
     * skipped, but the cursor still moves past them: {@code next} is the last event read, or the end of the feed as
     * it stood when nothing more is visible, so that a reader never asks for the same hidden events again.
     */
    @Transactional
    public ChangePage changesSince(String cursor, String limit, Optional<Caller> reader) {
        int size;
        try {
            size = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw Refused.invalidParameter("limit", "limit must be an integer between 1 and " + MAX_LIMIT);
        }
        ChangeCursor from = cursor == null || cursor.isBlank() ? ChangeCursor.START : ChangeCursor.decode(cursor);
        long since = from.seq();
        long last = store.lastSeq();
        if (since > last) {
            throw Refused.invalidParameter("since", "since: this cursor lies beyond the end of the feed; it does not come from this database");
        }
        long prunedThrough = store.prunedThrough();
        if (from.expiredBy(prunedThrough)) {
            throw new Refused(new Refusal.CursorExpired("changes after this cursor are no longer kept (retention "
                    + retention.map(Duration::toString).orElse("unset")
                    + "); start again without a cursor to receive the current entries"));
        }
        // events up to the end of the feed as read above: every one of them has committed (see docs/sync.md)
        List<ChangeEntity> rows = store.after(since, last, size + 1, visibility.visibleOrganizations(reader));
        boolean hasMore = rows.size() > size;
        List<ChangeEntity> page = hasMore ? rows.subList(0, size) : rows;
        List<ChangeView> changes = new ArrayList<>(page.size());
        for (ChangeEntity row : page) {
            changes.add(new ChangeView(row.seq, row.changeType, row.standardId, row.organizationCode, row.identifier,
                    row.revision, row.occurredAt, row.snapshot == null ? null : read(row.snapshot, StandardView.class)));
        }
        long next = hasMore ? page.get(page.size() - 1).seq : last;
        return new ChangePage(changes, new ChangeCursor(next, prunedThrough).encode(), hasMore);
    }

    /** Every revision of an entry the reader may see (judged by the organization it has, or last had). */
    @Transactional
    public Optional<HistoryView> history(UUID id, Optional<Caller> reader) {
        List<ChangeEntity> rows = store.ofStandard(id);
        if (rows.isEmpty() || !visibility.maySee(reader, rows.get(rows.size() - 1).organizationCode)) {
            return Optional.empty();
        }
        List<HistoryView.Revision> revisions = new ArrayList<>();
        for (ChangeEntity row : rows) {
            Map<String, FieldChange> changes = row.changedFields == null ? Map.of() : read(row.changedFields, CHANGES);
            revisions.add(new HistoryView.Revision(row.revision, row.changeType, row.occurredAt, row.actor,
                    changes == null ? Map.of() : new LinkedHashMap<>(changes)));
        }
        ChangeEntity last = rows.get(rows.size() - 1);
        return Optional.of(new HistoryView(id, last.organizationCode, last.identifier, "deleted".equals(last.changeType), revisions));
    }

    /** Hourly: drops events older than the retention, except the newest event of each entry that still exists. */
    @Scheduled(every = "${qitdb.changes.prune-every:1h}", delayed = "1m")
    void scheduledPrune() {
        retention.ifPresent(r -> {
            long started = System.nanoTime();
            int removed = pruneOlderThan(Instant.now().minus(r));
            if (removed > 0) {
                LOG.infof("Pruned %d change-log events older than %s in %d ms", removed, r, (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /**
     * Deletes events older than the cutoff but the newest of each current entry, in batches of their own transaction:
     * one transaction over a large log outlived the transaction timeout and held the write lock that long.
     */
    public int pruneOlderThan(Instant cutoff) {
        pruningStarted();
        try {
            int removed = 0;
            long after = 0;
            while (true) {
                long from = after;
                List<Long> batch = QuarkusTransaction.requiringNew().call(() -> store.prunableAfter(from, cutoff, pruneBatch));
                // counted as deleted, not as found: a replica pruning at the same time may have taken some of them first
                removed += QuarkusTransaction.requiringNew().call(() -> store.deletePruned(batch));
                if (batch.size() < pruneBatch) {
                    return removed;
                }
                after = batch.get(batch.size() - 1);
            }
        } finally {
            pruningEnded();
        }
    }

    /**
     * Whether this instance is pruning the log now: each of its batches changes what a reader of the whole log finds,
     * so work that would read it all again after every batch (the report's status history) waits until it is done.
     */
    boolean pruning() {
        return pruningsRunning.get() > 0;
    }

    void pruningStarted() {
        pruningsRunning.incrementAndGet();
    }

    void pruningEnded() {
        pruningsRunning.decrementAndGet();
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change is not valid JSON", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change is not valid JSON", e);
        }
    }
}
