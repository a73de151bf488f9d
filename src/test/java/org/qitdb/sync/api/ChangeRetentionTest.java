package org.qitdb.sync.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

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
import org.junit.jupiter.api.Test;
import org.qitdb.sync.service.ChangeFeedService;

/** With a retention, old events go, every current entry stays reachable, and expired cursors get 410. */
@QuarkusTest
@TestProfile(ChangeRetentionTest.Retention.class)
class ChangeRetentionTest {

    public static class Retention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:qitdb-retention;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                    "qitdb.changes.retention", "P30D");
        }
    }

    @Inject
    ChangeFeedService feed;

    @Test
    void prunedFeedStillRebuildsTheCurrentSetAndExpiresOldCursors() {
        String oldCursor = given().queryParam("limit", 1).get("/api/v1/changes").then().extract().path("next");
        String kept = createId(standard(uniqueIdentifier()));
        asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":\"Second\"}")
                .patch("/api/v1/standards/" + kept).then().statusCode(200);
        String gone = createId(standard(uniqueIdentifier()));
        asAdmin().delete("/api/v1/standards/" + gone).then().statusCode(204);

        int removed = feed.pruneOlderThan(Instant.now().plusSeconds(1));
        assertThat(removed).as("the first revision of the kept entry and both events of the deleted one").isEqualTo(3);

        given().queryParam("since", oldCursor).get("/api/v1/changes")
                .then().statusCode(410).contentType("application/problem+json").body("parameter", is("since"));

        JsonPath all = given().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("changes.id", String.class);
        Set<String> current = new HashSet<>(given().queryParam("size", 500).get("/api/v1/standards").then().extract()
                .jsonPath().getList("items.id", String.class));
        assertThat(new HashSet<>(ids)).isEqualTo(current);
        assertThat(ids).doesNotHaveDuplicates().contains(kept).doesNotContain(gone);
        given().get("/api/v1/standards/" + kept + "/history").then().statusCode(200).body("revisions.revision", is(List.of(2)));
    }
}
