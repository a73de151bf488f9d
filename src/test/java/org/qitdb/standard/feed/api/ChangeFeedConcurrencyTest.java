package org.qitdb.standard.feed.api;

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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The feed's guarantee under concurrency: while several writers commit creates, updates, upserts and deletes at
 * once, a poller that follows {@code next} sees every change exactly once and in order, and its mirror ends equal
 * to the table. Sequence numbers must arrive contiguous: a gap would be a change the poller skipped.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 6;
    private static final int OPERATIONS_PER_WRITER = 20;
    private static final int ROUNDS = Integer.getInteger("qitdb.feed-race.rounds", 2);

    @Test
    void pollerMirrorsTheTableWhileSixWritersCommit() throws Exception {
        Mirror mirror = new Mirror();
        mirror.catchUp();
        for (int round = 1; round <= ROUNDS; round++) {
            runRound(mirror, round);
            mirror.catchUp();
            assertThat(mirror.entries).as("mirror after round " + round).isEqualTo(table());
        }
    }

    private void runRound(Mirror mirror, int round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long seed = round * 100L + w;
                writers.add(pool.submit(() -> {
                    start.await();
                    write(new Random(seed), failures);
                    return null;
                }));
            }
            Future<?> poller = pool.submit(() -> {
                start.await();
                while (writing.get()) {
                    mirror.poll(37);
                }
                return null;
            });
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            poller.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("unexpected answers to writes").isEmpty();
    }

    /** A mix of every write path: POST, PUT with If-Match, merge patch, upsert (changing and not), DELETE. */
    private static void write(Random random, ConcurrentLinkedQueue<String> failures) {
        List<String[]> mine = new ArrayList<>(); // {id, identifier, revision}
        for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
            int choice = mine.isEmpty() ? 0 : random.nextInt(5);
            Response response;
            switch (choice) {
                case 0 -> {
                    String identifier = uniqueIdentifier();
                    response = asAdmin().contentType(ContentType.JSON).body(standard(identifier)).post("/api/v1/standards");
                    expect(response, 201, failures);
                    if (response.statusCode() == 201) {
                        mine.add(new String[] {response.path("id"), identifier, "1"});
                    }
                }
                case 1 -> {
                    String[] entry = mine.get(random.nextInt(mine.size()));
                    Map<String, Object> body = standard(entry[1]);
                    body.put("title", "Replaced " + random.nextInt());
                    response = asAdmin().header("If-Match", "\"" + entry[2] + "\"").contentType(ContentType.JSON).body(body)
                            .put("/api/v1/standards/" + entry[0]);
                    expect(response, 200, failures);
                    entry[2] = String.valueOf((Integer) response.path("revision"));
                }
                case 2 -> {
                    String[] entry = mine.get(random.nextInt(mine.size()));
                    response = asAdmin().header("If-Match", "\"" + entry[2] + "\"").contentType("application/merge-patch+json")
                            .body("{\"keywords\":[\"k" + random.nextInt(1000) + "\"]}").patch("/api/v1/standards/" + entry[0]);
                    expect(response, 200, failures);
                    entry[2] = String.valueOf((Integer) response.path("revision"));
                }
                case 3 -> {
                    String[] entry = mine.get(random.nextInt(mine.size()));
                    Map<String, Object> body = standard(entry[1]);
                    if (random.nextBoolean()) {
                        body.put("summary", "upserted " + random.nextInt());
                    }
                    response = asAdmin().contentType(ContentType.JSON).body(body)
                            .put("/api/v1/organizations/tta/standards/" + entry[1]);
                    expect(response, 200, failures);
                    entry[2] = String.valueOf((Integer) response.path("revision"));
                }
                default -> {
                    String[] entry = mine.remove(random.nextInt(mine.size()));
                    expect(asAdmin().delete("/api/v1/standards/" + entry[0]), 204, failures);
                }
            }
        }
    }

    private static void expect(Response response, int status, ConcurrentLinkedQueue<String> failures) {
        if (response.statusCode() != status) {
            failures.add(response.statusCode() + " " + response.asString());
        }
    }

    /** id → revision of every entry, read page by page (nobody writes while it runs). */
    private static Map<String, Integer> table() {
        Map<String, Integer> entries = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath json = given().queryParam("size", 500).queryParam("page", page).queryParam("sort", "updatedAt")
                    .get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            items.forEach(item -> entries.put((String) item.get("id"), (Integer) item.get("revision")));
            if (page + 1 >= json.getInt("page.totalPages")) {
                return entries;
            }
        }
    }

    /** What a sync client keeps: the entries by id, and where it stands in the feed. */
    private static final class Mirror {
        final Map<String, Integer> entries = new HashMap<>();
        String cursor;
        long lastSeq;

        void catchUp() {
            while (poll(1000)) {
                // keep reading until the feed says nothing more is waiting
            }
        }

        /** Reads one page; true when more is waiting. */
        synchronized boolean poll(int limit) {
            var request = given().queryParam("limit", limit);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            for (Map<String, Object> change : changes) {
                long seq = ((Number) change.get("seq")).longValue();
                assertThat(seq).as("sequence after " + lastSeq).isEqualTo(lastSeq + 1);
                lastSeq = seq;
                String id = (String) change.get("id");
                int revision = (Integer) change.get("revision");
                switch ((String) change.get("type")) {
                    case "created" -> assertThat(entries.put(id, revision)).as("created twice: " + id).isNull();
                    case "updated" -> {
                        Integer before = entries.put(id, revision);
                        assertThat(before).as("update of " + id + " before its creation").isNotNull();
                        assertThat(revision).as("revision order of " + id).isEqualTo(before + 1);
                    }
                    case "deleted" -> assertThat(entries.remove(id)).as("delete of unknown " + id).isNotNull();
                    default -> throw new AssertionError("unknown change type " + change.get("type"));
                }
            }
            cursor = page.getString("next");
            return page.getBoolean("hasMore");
        }
    }
}
