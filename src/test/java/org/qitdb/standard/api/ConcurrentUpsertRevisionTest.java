package org.qitdb.standard.api;

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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * Sync tools upsert one entry concurrently without If-Match. Every acknowledged write must have its own revision:
 * the entry's revisions in the feed are 1, 2, 3 … in commit order, an ETag names exactly one content, and a client
 * that keeps the highest revision it was answered holds what the entry says now.
 */
@QuarkusTest
class ConcurrentUpsertRevisionTest {

    private static final int WRITERS = 8;
    private static final int UPSERTS_PER_WRITER = 15;

    /** One acknowledged upsert: the revision and ETag it was answered with, and the title it wrote. */
    private record Ack(long revision, String etag, String title) {
    }

    @Test
    void concurrentUpsertsOfOneEntryGetDistinctIncreasingRevisions() throws Exception {
        String identifier = uniqueIdentifier();
        String cursor = Api.endOfFeed();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < UPSERTS_PER_WRITER; i++) {
                        String title = "Upsert " + writer + "-" + i;
                        Map<String, Object> body = standard(identifier);
                        body.put("title", title);
                        Response r = asAdmin().contentType(ContentType.JSON).body(body)
                                .put("/api/v1/organizations/TTA/standards/{identifier}", identifier);
                        if (r.statusCode() == 200 || r.statusCode() == 201) {
                            acks.add(new Ack(r.jsonPath().getLong("revision"), r.header("ETag"), title));
                        } else if (r.statusCode() != 409 || !r.contentType().startsWith("application/problem+json")) {
                            failures.add(r.statusCode() + " " + r.asString());
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("answers other than 2xx or a 409 problem").isEmpty();
        assertThat(acks).as("most upserts are acknowledged").hasSizeGreaterThan(WRITERS * UPSERTS_PER_WRITER / 2);

        // every acknowledged write has its own revision and ETag, and one ETag names one title
        Map<String, String> titleByEtag = new HashMap<>();
        for (Ack ack : acks) {
            assertThat(ack.etag()).isEqualTo("\"" + ack.revision() + "\"");
            String earlier = titleByEtag.putIfAbsent(ack.etag(), ack.title());
            assertThat(earlier).as("ETag %s answered for two contents", ack.etag()).isIn(null, ack.title());
        }
        assertThat(titleByEtag).as("distinct revisions among %d acknowledgements", acks.size()).hasSize(acks.size());

        // the feed: revisions 1..n in commit order, each snapshot the title its acknowledgement wrote
        List<Map<String, Object>> events = eventsOf(identifier, cursor);
        List<Long> revisions = events.stream().map(e -> ((Number) e.get("revision")).longValue()).toList();
        List<Long> expected = new ArrayList<>();
        for (long r = 1; r <= events.size(); r++) {
            expected.add(r);
        }
        assertThat(revisions).isEqualTo(expected);
        for (Ack ack : acks) {
            @SuppressWarnings("unchecked")
            Map<String, Object> snapshot = (Map<String, Object>) events.get((int) ack.revision() - 1).get("standard");
            assertThat(snapshot.get("title")).as("revision %d", ack.revision()).isEqualTo(ack.title());
        }

        // the highest acknowledged revision is the entry as it is now
        Ack highest = acks.stream().max(java.util.Comparator.comparingLong(Ack::revision)).orElseThrow();
        JsonPath now = given().queryParam("organization", "TTA").queryParam("identifier", identifier)
                .get("/api/v1/standards/lookup").then().statusCode(200).extract().jsonPath();
        assertThat(now.getLong("revision")).isEqualTo(highest.revision());
        assertThat(now.getString("title")).isEqualTo(highest.title());
        // an older ETag never answers 304 for the changed content
        given().header("If-None-Match", "\"" + (highest.revision() - 1) + "\"").get("/api/v1/standards/" + now.getString("id"))
                .then().statusCode(200);
    }

    private static List<Map<String, Object>> eventsOf(String identifier, String cursor) {
        List<Map<String, Object>> events = new ArrayList<>();
        String since = cursor;
        while (true) {
            JsonPath page = given().queryParam("since", since).queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            changes.stream().filter(c -> identifier.equals(c.get("identifier"))).forEach(events::add);
            since = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return events;
            }
        }
    }
}
