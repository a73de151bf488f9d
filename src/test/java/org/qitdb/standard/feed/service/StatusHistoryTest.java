package org.qitdb.standard.feed.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qitdb.database.NativeColumns;
import org.qitdb.standard.feed.service.StatusHistory.StatusChange;
import org.qitdb.standard.feed.store.ChangeStore;
import org.qitdb.standard.service.StandardVisibility;

/**
 * The status history served from memory is, after every kind of write and after prunings, exactly what reading the
 * change log from the start gives (read below as it was read before the timeline existed).
 */
@QuarkusTest
@TestProfile(StatusHistoryTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first test must run before any other builds the timeline
class StatusHistoryTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        /** Off: the test below runs the scheduled catch-up itself, when it has something to find. */
        private static final String KEEP_UP = "qitdb.report.history-catch-up-every";
        /** Soon, so that the test below sees the first build run by itself. */
        private static final String FIRST_BUILD = "qitdb.report.history-first-build-after";

        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty("quarkus.test.profile", "test").contains("postgres")) {
                // the PostgreSQL suite runs on one database: the prunings below then remove the other tests' events too
                return Map.of(KEEP_UP, "off", FIRST_BUILD, "PT1S");
            }
            // a database of its own: the prunings below must not take the other tests' history
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:qitdb-status-history;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                    KEEP_UP, "off", FIRST_BUILD, "PT1S");
        }
    }

    @Inject
    StatusHistory history;

    @Inject
    ChangeStore store;

    @Inject
    ChangeFeedService feed;

    @Inject
    ChangeLog changeLog;

    @Inject
    StandardVisibility visibility;

    @Inject
    ObjectMapper json;

    @Test
    @Order(1)
    void isFirstBuiltInTheBackgroundAfterStartWithoutADraft() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (history.readThrough().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(history.readThrough()).as("built a second after start, no draft asked for it").isPresent();
    }

    @Test
    void replaysCreationsChangesOfStatusAndDeletesAsTheChangeLogHoldsThem() {
        String published = createId(standard(uniqueIdentifier()));
        Map<String, Object> plannedBody = tec("planned");
        plannedBody.remove("publicationDate");
        String planned = createId(plannedBody);
        changeStatus(published, 1, "withdrawn");
        retitle(planned, 1);
        changeStatus(planned, 2, "in-development");
        delete(planned);

        List<StatusChange> read = fromTheChangeLog();
        assertThat(replayed()).containsExactlyElementsOf(read);
        assertThat(eventsOf(read, published)).extracting(StatusChange::type, StatusChange::from, StatusChange::to,
                StatusChange::publicationDate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", null, "published", "2024-05"),
                        org.assertj.core.groups.Tuple.tuple("updated", "published", "withdrawn", null));
        assertThat(eventsOf(read, planned)).as("the new title is no status event").extracting(StatusChange::type,
                StatusChange::from, StatusChange::to, StatusChange::publicationDate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", null, "planned", null),
                        org.assertj.core.groups.Tuple.tuple("updated", "planned", "in-development", null),
                        org.assertj.core.groups.Tuple.tuple("deleted", null, null, null));

        // the next call reads what was written since
        String later = createId(tec("published"));
        changeStatus(later, 1, "superseded");
        String gone = createId(standard(uniqueIdentifier()));
        delete(gone);

        List<StatusChange> readAgain = fromTheChangeLog();
        assertThat(readAgain).hasSize(read.size() + 4);
        assertThat(eventsOf(readAgain, later)).extracting(StatusChange::to).containsExactly("published", "superseded");
        assertThat(replayed()).containsExactlyElementsOf(readAgain);
    }

    @Test
    void afterEveryPruningReplaysWhatIsLeft() {
        String kept = createId(standard(uniqueIdentifier()));
        changeStatus(kept, 1, "withdrawn");
        String changedTwice = createId(tec("planned"));
        changeStatus(changedTwice, 1, "in-development");
        changeStatus(changedTwice, 2, "published");
        String gone = createId(standard(uniqueIdentifier()));
        delete(gone);
        assertThat(replayed()).containsExactlyElementsOf(fromTheChangeLog());

        assertThat(feed.pruneOlderThan(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(5);
        List<StatusChange> pruned = fromTheChangeLog();
        assertThat(eventsOf(pruned, kept)).extracting(StatusChange::to).containsExactly("withdrawn");
        assertThat(eventsOf(pruned, gone)).isEmpty();
        assertThat(replayed()).containsExactlyElementsOf(pruned);

        // a pruning that takes only events below the pruned mark leaves the mark where it was: the newest event of an
        // entry that now has a newer one
        long mark = changeLog.prunedThrough();
        assertThat(eventsOf(pruned, kept).get(0).seq()).isLessThan(mark);
        retitle(kept, 2);
        assertThat(feed.pruneOlderThan(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(changeLog.prunedThrough()).as("the pruned mark").isEqualTo(mark);
        List<StatusChange> prunedAgain = fromTheChangeLog();
        assertThat(eventsOf(prunedAgain, kept)).isEmpty();
        assertThat(replayed()).containsExactlyElementsOf(prunedAgain);
    }

    @Test
    void catchesUpInTheBackgroundBetweenDrafts() {
        replayed(); // built and caught up
        String entry = createId(standard(uniqueIdentifier()));
        changeStatus(entry, 1, "withdrawn");
        long committed = changeLog.lastCommitted();
        assertThat(history.readThrough().orElseThrow()).as("nothing reads the log between writes but the scheduled catch-up")
                .isLessThan(committed);

        history.keepUp();

        assertThat(history.readThrough()).hasValue(committed);
        assertThat(eventsOf(replayed(), entry)).extracting(StatusChange::to).containsExactly("published", "withdrawn");
    }

    @Test
    void waitsUntilAPruningEndsBeforeBuildingAgainInTheBackground() {
        String entry = createId(standard(uniqueIdentifier()));
        changeStatus(entry, 1, "withdrawn");
        replayed(); // built and caught up
        assertThat(feed.pruneOlderThan(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(1);
        createId(standard(uniqueIdentifier()));
        long committed = changeLog.lastCommitted();
        long before = history.readThrough().orElseThrow();
        assertThat(before).isLessThan(committed);

        feed.pruningStarted(); // as while the next batch of a long pruning runs
        try {
            history.keepUp();
            assertThat(history.readThrough()).as("not built again while the log is being pruned").hasValue(before);
        } finally {
            feed.pruningEnded();
        }

        history.keepUp();
        assertThat(history.readThrough()).as("built again once the pruning is over").hasValue(committed);
        assertThat(replayed()).containsExactlyElementsOf(fromTheChangeLog());
    }

    private List<StatusChange> replayed() {
        List<StatusChange> events = new ArrayList<>();
        history.forEach(events::add);
        return events;
    }

    private static List<StatusChange> eventsOf(List<StatusChange> events, String id) {
        return events.stream().filter(e -> e.id().toString().equals(id)).toList();
    }

    /** The change log's status events read from the start, page by page, as every draft read them before. */
    private List<StatusChange> fromTheChangeLog() {
        Set<String> visible = visibility.visibleOrganizations(Optional.empty()).orElse(null);
        List<StatusChange> events = new ArrayList<>();
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> store.statusChangesAfter(from, Long.MAX_VALUE, 500));
            for (Object[] r : rows) {
                StatusChange event = parsed(r);
                if (visible == null || visible.contains(event.organization())) {
                    events.add(event);
                }
            }
            if (rows.size() < 500) {
                return events;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }

    private StatusChange parsed(Object[] r) {
        String from = null;
        String to = null;
        String publicationDate = null;
        if (r[6] != null) {
            JsonNode changes;
            try {
                changes = json.readTree(r[6].toString());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            from = text(changes.path("status").path("from"));
            to = text(changes.path("status").path("to"));
            publicationDate = text(changes.path("publicationDate").path("to"));
        }
        return new StatusChange(((Number) r[0]).longValue(), (String) r[1], NativeColumns.uuid(r[2]), (String) r[3], (String) r[4],
                NativeColumns.instant(r[5]), from, to, publicationDate);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Map<String, Object> tec(String status) {
        Map<String, Object> body = standard("TEC 91" + uniqueIdentifier().substring(8));
        body.put("organization", "TEC");
        body.put("status", status);
        return body;
    }

    private static void changeStatus(String id, int revision, String status) {
        patch(id, revision, "{\"status\":\"" + status + "\"}");
    }

    private static void retitle(String id, int revision) {
        patch(id, revision, "{\"title\":\"Retitled " + UUID.randomUUID() + "\"}");
    }

    private static void patch(String id, int revision, String body) {
        asAdmin().header("If-Match", "\"" + revision + "\"").contentType("application/merge-patch+json").body(body)
                .patch("/api/v1/standards/" + id).then().statusCode(200);
    }

    private static void delete(String id) {
        asAdmin().delete("/api/v1/standards/" + id).then().statusCode(204);
    }
}
