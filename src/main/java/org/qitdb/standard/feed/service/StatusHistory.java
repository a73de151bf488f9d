package org.qitdb.standard.feed.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.qitdb.standard.feed.store.ChangeStore;
import org.qitdb.standard.service.StandardVisibility;
import org.qitdb.standard.store.StandardRepository;

/**
 * The entries' status over time, read from the change log: every creation (with the status and publication date it
 * was created with), every change of status and every delete, oldest first. Streamed a page at a time, so that a
 * reader of the whole history never holds more than a page of events. Like {@code StandardCorpus} it is the history
 * a public document may show: only events of organizations an anonymous reader may see.
 */
@ApplicationScoped
public class StatusHistory {

    private static final int PAGE = 5_000;

    /**
     * One event: {@code from} is absent for a creation, both are absent for a delete; {@code publicationDate} is the
     * entry's publication date after the event when the event set it (always for a creation that has one).
     */
    public record StatusChange(long seq, String type, UUID id, String organization, String identifier, Instant at, String from,
            String to, String publicationDate) {
    }

    @Inject
    ChangeStore store;

    @Inject
    ObjectMapper json;

    @Inject
    StandardVisibility visibility;

    /** Oldest first; each page in a transaction of its own (see {@code StandardCorpus#forEachText}). */
    public void forEach(Consumer<StatusChange> consumer) {
        java.util.Set<String> visible = visibility.visibleOrganizations(java.util.Optional.empty()).orElse(null);
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> store.statusChangesAfter(from, PAGE));
            for (Object[] r : rows) {
                StatusChange event = event(r);
                if (visible == null || visible.contains(event.organization())) {
                    consumer.accept(event);
                }
            }
            if (rows.size() < PAGE) {
                return;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
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
        return new StatusChange(((Number) r[0]).longValue(), (String) r[1], StandardRepository.uuid(r[2]), (String) r[3],
                (String) r[4], instant(r[5]), from, to, publicationDate);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
