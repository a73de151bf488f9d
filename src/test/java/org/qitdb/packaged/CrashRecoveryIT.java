package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar on its embedded H2 file, killed as a crash kills it: whatever it acknowledged is there after the
 * restart, revisions stay unique, and the file always opens again — also after a kill in the middle of a large load.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHARED = "TTAK.QT-CRASH-SHARED";
    private PackagedService service;

    @BeforeEach
    void prepare() throws Exception {
        service = new PackagedService(Map.of());
    }

    @AfterEach
    void cleanUp() throws Exception {
        service.close();
    }

    /** What writers were told: created entries, and every acknowledged revision of the shared entry with its title. */
    private record Acknowledged(Set<String> created, Map<Long, String> sharedTitles) {
    }

    @Test
    void killedUnderParallelWritersKeepsEveryAcknowledgedWrite() throws Exception {
        Set<String> created = ConcurrentHashMap.newKeySet();
        Map<Long, String> sharedTitles = new ConcurrentHashMap<>();
        for (int round = 1; round <= 3; round++) {
            service.start();
            Acknowledged acknowledged = writeUntilKilled(round, Duration.ofMillis(ThreadLocalRandom.current().nextLong(300, 3_000)));
            created.addAll(acknowledged.created());
            sharedTitles.putAll(acknowledged.sharedTitles());
            assertThat(acknowledged.created()).as("round %d wrote something before the kill", round).isNotEmpty();

            long restart = System.nanoTime();
            service.start();
            System.out.printf("crash round %d: %d created and %d shared-entry revisions acknowledged before kill -9; ready again in %.1f s%n",
                    round, acknowledged.created().size(), acknowledged.sharedTitles().size(), (System.nanoTime() - restart) / 1e9);
            for (String id : created) {
                assertThat(service.get("/api/v1/standards/" + id).statusCode()).as("acknowledged entry %s after round %d", id, round)
                        .isEqualTo(200);
            }
            HttpResponse<String> shared = service.get("/api/v1/standards/lookup?organization=TTA&identifier=" + SHARED);
            assertThat(shared.statusCode()).isEqualTo(200);
            JsonNode entry = JSON.readTree(shared.body());
            long highestAcknowledged = sharedTitles.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            long revision = entry.path("revision").asLong();
            assertThat(revision).as("the shared entry keeps every acknowledged revision").isGreaterThanOrEqualTo(highestAcknowledged);
            if (revision == highestAcknowledged) {
                assertThat(entry.path("title").asText()).isEqualTo(sharedTitles.get(revision));
            }
            List<Long> revisions = new ArrayList<>();
            JSON.readTree(service.get("/api/v1/standards/" + entry.path("id").asText() + "/history").body())
                    .path("revisions").forEach(r -> revisions.add(r.path("revision").asLong()));
            List<Long> expected = new ArrayList<>();
            for (long r = 1; r <= revision; r++) {
                expected.add(r);
            }
            assertThat(revisions).as("revisions of the shared entry: 1, 2, 3 … without repeats or gaps").isEqualTo(expected);
            if (round < 3) {
                service.stop();
            }
        }
    }

    /**
     * Four writers create entries and two upsert one shared entry without {@code If-Match}, until the process is killed
     * the given time after the first writes were acknowledged (a machine under load may take seconds for the first).
     */
    private Acknowledged writeUntilKilled(int round, Duration before) throws Exception {
        Set<String> created = ConcurrentHashMap.newKeySet();
        Map<Long, String> sharedTitles = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        for (int w = 0; w < 6; w++) {
            boolean upserting = w >= 4;
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    try {
                        if (upserting) {
                            String title = "Shared entry, round " + round + ", writer " + writer + ", write " + n;
                            HttpResponse<String> r = service.write("PUT", "/api/v1/organizations/TTA/standards/" + SHARED, body(SHARED, title));
                            if (r.statusCode() == 200 || r.statusCode() == 201) {
                                sharedTitles.put(JSON.readTree(r.body()).path("revision").asLong(), title);
                            } else if (r.statusCode() != 409) {
                                unexpected.add(r.statusCode() + " " + r.body());
                            }
                        } else {
                            String identifier = "TTAK.QT-CRASH-" + round + "-" + writer + "-" + n;
                            HttpResponse<String> r = service.write("POST", "/api/v1/standards", body(identifier, "Crash test " + identifier));
                            if (r.statusCode() == 201) {
                                created.add(JSON.readTree(r.body()).path("id").asText());
                            } else {
                                unexpected.add(r.statusCode() + " " + r.body());
                            }
                        }
                    } catch (java.io.IOException e) {
                        // the process was killed under this request: nothing was acknowledged
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (created.size() < 5 && unexpected.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(before.toMillis());
        service.kill();
        killed.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unexpected).as("answers before the kill").isEmpty();
        return new Acknowledged(created, sharedTitles);
    }

    @Test
    void killedDuringALargeLoadOpensAgainEveryTimeAndTheLoadHappensOnce() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append(body("TTAK.QT-LOAD-" + i, "Bulk-loaded entry " + i)).append('\n');
        }
        String load = rows.toString();
        service.start();
        int before = totalItems();
        for (int crash = 1; crash <= 3; crash++) {
            Thread submitter = new Thread(() -> {
                try {
                    service.send(HttpRequest.newBuilder(service.uri("/api/v1/submissions?organization=TTA&reference=LS-crash&mode=atomic"))
                            .header("Authorization", "Bearer " + PackagedService.TOKEN).header("Content-Type", "application/x-ndjson")
                            .header("Idempotency-Key", "crash-during-load").timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString(load)).build());
                } catch (Exception e) {
                    // killed under it
                }
            });
            submitter.start();
            // the load is well under way (parsed, rows being written) when the process dies
            Thread.sleep(ThreadLocalRandom.current().nextLong(3_000, 6_000));
            service.kill();
            submitter.join(30_000);

            long restart = System.nanoTime();
            service.launch(0);
            service.awaitReady(Duration.ofMinutes(4));
            int now = totalItems();
            System.out.printf("crash during load %d: ready again in %.1f s with %d entries (%s)%n", crash,
                    (System.nanoTime() - restart) / 1e9, now, now == before ? "the load rolled back" : "the load had committed");
            assertThat(now).as("after crash %d the atomic load is all or nothing", crash).isIn(before, before + 20_000);
            if (now == before + 20_000) {
                break; // it had committed just before the kill
            }
        }
        HttpResponse<String> retried = service.send(HttpRequest.newBuilder(service.uri("/api/v1/submissions?organization=TTA&reference=LS-crash&mode=atomic"))
                .header("Authorization", "Bearer " + PackagedService.TOKEN).header("Content-Type", "application/x-ndjson")
                .header("Idempotency-Key", "crash-during-load").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(load)).build());
        assertThat(retried.statusCode()).as("the retry with the same key: performed or replayed, never stuck: %s", retried.body()).isIn(200, 201);
        assertThat(totalItems()).isEqualTo(before + 20_000);
    }

    private int totalItems() throws Exception {
        return JSON.readTree(service.get("/api/v1/standards?size=1").body()).path("page").path("totalItems").asInt();
    }

    static String body(String identifier, String title) {
        return "{\"organization\":\"TTA\",\"identifier\":\"" + identifier + "\",\"title\":\"" + title + "\","
                + "\"documentType\":\"national-standard\",\"status\":\"published\",\"topics\":[\"qkd\"]}";
    }
}
