package org.qitdb.submission.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * Submissions racing single writes to the same entries: whatever interleaves, every answer is a success or a
 * problem document a client can act on (409 conflict, 404 gone, 412 stale) — never a 500 — and every entry's
 * revisions in the feed still count 1, 2, 3 …
 */
@QuarkusTest
class SubmissionRaceTest {

    private static final int ENTRIES = 40;
    private static final int ROUNDS = 6;
    private static final Set<Integer> ACCEPTABLE = Set.of(200, 201, 204, 404, 409, 412);

    @Test
    void submissionsRacingSingleWritesNeverAnswer500() throws Exception {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            identifiers.add(uniqueIdentifier());
        }
        String cursor = Api.endOfFeed();
        asAdmin().contentType("text/csv").body(csv(identifiers, "first"))
                .post("/api/v1/submissions?organization=TTA&reference=LS-race").then().statusCode(201);

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        check(asAdmin().contentType("text/csv").body(csv(identifiers, "load " + writer + "-" + round))
                                .post("/api/v1/submissions?organization=TTA&reference=LS-race&mode=partial"), failures);
                    }
                    return null;
                }));
                long seed = 7L * w;
                writers.add(pool.submit(() -> {
                    start.await();
                    singleWrites(new Random(seed), identifiers, failures);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("answers outside success, 404, 409 and 412 problems").isEmpty();

        Map<String, List<Long>> revisionsById = new HashMap<>();
        String since = cursor;
        while (true) {
            JsonPath page = given().queryParam("since", since).queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            for (Map<String, Object> change : changes) {
                if (identifiers.contains((String) change.get("identifier"))) {
                    revisionsById.computeIfAbsent((String) change.get("id"), k -> new ArrayList<>())
                            .add(((Number) change.get("revision")).longValue());
                }
            }
            since = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        assertThat(revisionsById).isNotEmpty();
        revisionsById.forEach((id, revisions) -> {
            for (int i = 0; i < revisions.size(); i++) {
                assertThat(revisions.get(i)).as("revision %d of %s: %s", i + 1, id, revisions).isEqualTo(i + 1L);
            }
        });
    }

    private static void singleWrites(Random random, List<String> identifiers, ConcurrentLinkedQueue<String> failures) {
        for (int i = 0; i < ROUNDS * 8; i++) {
            String identifier = identifiers.get(random.nextInt(identifiers.size()));
            if (random.nextInt(5) == 0) {
                Response lookup = given().queryParam("organization", "TTA").queryParam("identifier", identifier)
                        .get("/api/v1/standards/lookup");
                if (lookup.statusCode() == 200) {
                    check(asAdmin().delete("/api/v1/standards/" + lookup.jsonPath().getString("id")), failures);
                }
            } else {
                Map<String, Object> body = standard(identifier);
                body.put("title", "Single write " + random.nextInt());
                check(asAdmin().contentType(ContentType.JSON).body(body)
                        .put("/api/v1/organizations/TTA/standards/{identifier}", identifier), failures);
            }
        }
    }

    private static void check(Response response, ConcurrentLinkedQueue<String> failures) {
        int status = response.statusCode();
        boolean problem = response.contentType() != null && response.contentType().startsWith("application/problem+json");
        if (!ACCEPTABLE.contains(status) || (status >= 400 && !problem)) {
            failures.add(status + " " + response.asString());
        }
    }

    private static String csv(List<String> identifiers, String title) {
        StringBuilder csv = new StringBuilder("organization,identifier,title,documentType,status,topics\n");
        for (String identifier : identifiers) {
            csv.append("TTA,").append(identifier).append(",").append(title).append(",national-standard,published,qkd\n");
        }
        return csv.toString();
    }
}
