package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults an operator meets, on the packaged jar: a disk that fills up (the file-size limit of the process stands in for
 * it) answers 503 problems and takes the service out of readiness, and loses nothing it acknowledged; SIGTERM lets a
 * running load finish and refuses new requests with 503.
 */
class StorageFaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private PackagedService service;

    @BeforeEach
    void prepare() throws Exception {
        service = new PackagedService(Map.of("QITDB_SHUTDOWN_DELAY", "3S", "QITDB_SHUTDOWN_TIMEOUT", "40S"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        service.close();
    }

    @Test
    void aFullDiskAnswers503AndReadinessIsDownAndNothingAcknowledgedIsLost() throws Exception {
        service.start(); // creates and seeds the file
        service.stop();
        long fileKib = databaseBytes() / 1024;
        service.startWithFileSizeLimit(fileKib + 3 * 1024);

        String summary = "A long summary that makes each write grow the file. ".repeat(150);
        List<String> acknowledged = new ArrayList<>();
        HttpResponse<String> refused = null;
        for (int n = 0; n < 5_000 && refused == null; n++) {
            String identifier = "TTAK.QT-FULL-" + n;
            HttpResponse<String> r = service.write("POST", "/api/v1/standards", CrashRecoveryIT.body(identifier, "Full disk " + n)
                    .replace("\"topics\"", "\"summary\":\"" + summary + "\",\"topics\""));
            if (r.statusCode() == 201) {
                acknowledged.add(JSON.readTree(r.body()).path("id").asText());
            } else {
                refused = r;
            }
        }
        assertThat(refused).as("a write failed before 5 000 writes").isNotNull();
        System.out.printf("full disk: %d writes acknowledged, then %d %s%n", acknowledged.size(), refused.statusCode(),
                refused.headers().firstValue("Retry-After").map(v -> "Retry-After " + v).orElse(""));
        assertThat(acknowledged).isNotEmpty();
        assertProblem503(refused);
        // the next writes fail the same way, and readiness says so
        HttpResponse<String> again = service.write("POST", "/api/v1/standards", CrashRecoveryIT.body("TTAK.QT-FULL-AGAIN", "Again"));
        assertProblem503(again);
        assertThat(service.get("/q/health/ready").statusCode()).as("readiness with a full disk").isEqualTo(503);

        service.kill();
        service.start(); // the disk has room again
        assertThat(service.get("/q/health/ready").statusCode()).isEqualTo(200);
        for (String id : acknowledged) {
            assertThat(service.get("/api/v1/standards/" + id).statusCode()).as("acknowledged entry %s", id).isEqualTo(200);
        }
        assertThat(service.get("/api/v1/standards/lookup?organization=TTA&identifier=TTAK.QT-FULL-AGAIN").statusCode())
                .as("the refused write was not kept").isEqualTo(404);
    }

    @Test
    void sigtermLetsARunningLoadFinishAndRefusesNewRequestsWith503() throws Exception {
        service.start();
        int before = totalItems();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8_000; i++) {
            rows.append(CrashRecoveryIT.body("TTAK.QT-TERM-" + i, "Loaded during shutdown " + i)).append('\n');
        }
        CompletableFuture<HttpResponse<String>> load = CompletableFuture.supplyAsync(() -> {
            try {
                return service.send(HttpRequest.newBuilder(service.uri("/api/v1/submissions?organization=TTA&reference=LS-term"))
                        .header("Authorization", "Bearer " + PackagedService.TOKEN).header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(rows.toString())).build());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1_500);
        assertThat(load).as("the load is still running when SIGTERM arrives").isNotDone();
        service.terminate();
        Thread.sleep(300);
        HttpResponse<String> refused = service.get("/api/v1/standards?size=1");
        assertProblem503(refused);
        assertThat(service.get("/q/health/ready").statusCode()).as("readiness while shutting down").isEqualTo(503);

        HttpResponse<String> finished = load.get();
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(201);
        assertThat(JSON.readTree(finished.body()).path("status").asText()).isEqualTo("applied");
        service.awaitExit(Duration.ofSeconds(60));

        service.start();
        assertThat(totalItems()).isEqualTo(before + 8_000);
    }

    private static void assertProblem503(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.h2").doesNotContain(".mv.db");
    }

    private long databaseBytes() throws Exception {
        try (Stream<Path> files = Files.list(service.workDir().resolve("data"))) {
            return files.mapToLong(p -> p.toFile().length()).max().orElseThrow();
        }
    }

    private int totalItems() throws Exception {
        return JSON.readTree(service.get("/api/v1/standards?size=1").body()).path("page").path("totalItems").asInt();
    }
}
