package org.qitdb.standard.feed.service;

import static org.qitdb.database.NativeColumns.instant;
import static org.qitdb.database.NativeColumns.uuid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.qitdb.standard.feed.service.StatusHistory.StatusChange;
import org.qitdb.standard.feed.store.ChangeStore;

/**
 * The change log as the status timeline reads it: how far it stands, and the status events (creations, changes of
 * status, deletes) after a position, parsed from their stored changes. Each call is a transaction of its own, so that a
 * reader of the whole log holds none open across pages.
 */
@ApplicationScoped
public class StatusEvents {

    /**
     * Where the change log stands: every change through {@code committedThrough} has committed (see docs/sync.md);
     * events through {@code prunedThrough} may have been pruned, and {@code keptThroughPruned} of them are left.
     */
    public record Horizon(long committedThrough, long prunedThrough, long keptThroughPruned) {

        /**
         * Whether a pruning removed events since {@code earlier} was read. It moves the pruned mark, or, when all it
         * removed lay below the mark (entries' newest events that have newer ones now), leaves fewer events kept there.
         */
        public boolean prunedSince(Horizon earlier) {
            return prunedThrough != earlier.prunedThrough || keptThroughPruned != earlier.keptThroughPruned;
        }
    }

    @Inject
    ChangeStore store;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Horizon horizon() {
        long committed = store.lastSeq();
        long pruned = store.prunedThrough();
        return new Horizon(committed, pruned, pruned == 0 ? 0 : store.keptThrough(pruned));
    }

    /** The status events after {@code seq} through {@code through}, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<StatusChange> after(long seq, long through, int limit) {
        List<Object[]> rows = store.statusChangesAfter(seq, through, limit);
        List<StatusChange> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(event(row));
        }
        return events;
    }

    private StatusChange event(Object[] r) {
        String from = null;
        String to = null;
        String publicationDate = null;
        if (r[6] != null) {
            JsonNode changes;
            try {
                changes = json.readTree(r[6].toString());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored change is not valid JSON", e);
            }
            JsonNode status = changes.path("status");
            from = text(status.path("from"));
            to = text(status.path("to"));
            publicationDate = text(changes.path("publicationDate").path("to"));
        }
        return new StatusChange(((Number) r[0]).longValue(), (String) r[1], uuid(r[2]), (String) r[3],
                (String) r[4], instant(r[5]), from, to, publicationDate);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
