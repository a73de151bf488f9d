package org.qitdb.standard.feed.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.qitdb.standard.feed.service.ChangeFeedService;
import org.qitdb.standard.feed.store.ChangeStore;

/** With a retention, old events go, every current entry stays reachable, and expired cursors get 410. */
@QuarkusTest
@TestProfile(ChangeRetentionTest.Retention.class)
class ChangeRetentionTest {

    public static class Retention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty("quarkus.test.profile", "test").contains("postgres")) {
                // the PostgreSQL suite runs on one database: the pruning below then sees the other tests' events too
                return Map.of("qitdb.changes.retention", "P30D", "qitdb.changes.prune-batch", "50");
            }
            // batches of two: the pruning below takes several, each in a transaction of its own
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:qitdb-retention;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                    "qitdb.changes.retention", "P30D", "qitdb.changes.prune-batch", "2");
        }
    }

    @Inject
    ChangeFeedService feed;

    @Inject
    ChangeStore store;

    @Test
    void prunedFeedStillRebuildsTheCurrentSetAndExpiresOldCursors() {
        String oldCursor = given().queryParam("limit", 1).get("/api/v1/changes").then().extract().path("next");
        String kept = createId(standard(uniqueIdentifier()));
        asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":\"Second\"}")
                .patch("/api/v1/standards/" + kept).then().statusCode(200);
        // a few more surviving entries, each with a pruned first revision, so that the walk below takes several pages
        for (int i = 0; i < 4; i++) {
            String other = createId(standard(uniqueIdentifier()));
            asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":\"Later\"}")
                    .patch("/api/v1/standards/" + other).then().statusCode(200);
        }
        String gone = createId(standard(uniqueIdentifier()));
        asAdmin().delete("/api/v1/standards/" + gone).then().statusCode(204);

        int removed = feed.pruneOlderThan(Instant.now().plusSeconds(1));
        assertThat(removed).as("at least the first revisions of the five kept entries and both events of the deleted one")
                .isGreaterThanOrEqualTo(7);
        assertThat(feed.pruneOlderThan(Instant.now().plusSeconds(1))).as("nothing left to prune").isZero();

        given().queryParam("since", oldCursor).get("/api/v1/changes")
                .then().statusCode(410).contentType("application/problem+json").body("parameter", is("since"));

        // a walk begun after the pruning passes sequence numbers below the pruned mark and must not be told 410
        int pageSize = System.getProperty("quarkus.test.profile", "test").contains("postgres") ? 500 : 2;
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", pageSize);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("changes.id", String.class));
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        Set<String> current = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonPath json = given().queryParam("size", 500).queryParam("page", page).queryParam("sort", "updatedAt")
                    .get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
            current.addAll(json.getList("items.id", String.class));
            if (page + 1 >= json.getInt("page.totalPages")) {
                break;
            }
        }
        assertThat(new HashSet<>(ids)).isEqualTo(current);
        assertThat(ids).doesNotHaveDuplicates().contains(kept).doesNotContain(gone);
        given().get("/api/v1/standards/" + kept + "/history").then().statusCode(200).body("revisions.revision", is(List.of(2)));
    }

    /** Two instances on one database prune at the same hour: together they report each deleted event once. */
    @Test
    void twoPruningsAtOnceCountEachDeletedEventOnce() {
        for (int i = 0; i < 12; i++) {
            String id = createId(standard(uniqueIdentifier()));
            asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":\"Later\"}")
                    .patch("/api/v1/standards/" + id).then().statusCode(200);
        }
        Instant cutoff = Instant.now().plusSeconds(1);
        int prunable = QuarkusTransaction.requiringNew().call(() -> store.prunableAfter(0, cutoff, Integer.MAX_VALUE).size());
        assertThat(prunable).as("at least the first revisions of the twelve entries").isGreaterThanOrEqualTo(12);

        // a thread of its own for each: on Java 25 the common pool has one worker on a two-core machine, and they must overlap
        Executor ownThread = task -> { Thread thread = new Thread(task); thread.setDaemon(true); thread.start(); };
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> feed.pruneOlderThan(cutoff), ownThread);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> feed.pruneOlderThan(cutoff), ownThread);

        assertThat(one.join() + other.join()).isEqualTo(prunable);
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.prunableAfter(0, cutoff, Integer.MAX_VALUE))).isEmpty();
    }
}
