package org.qitdb.common.admission;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One request at work, one waiting: the waiting one is served when the first ends, a third is told at once to come
 * back later (503 problem with Retry-After), one that waits past the limit too, and probes answer meanwhile.
 */
@QuarkusTest
@TestProfile(AdmissionControlTest.OnePlace.class)
class AdmissionControlTest {

    public static class OnePlace implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qitdb.admission.concurrency", "1", "qitdb.admission.queue", "1", "qitdb.admission.wait", "4s");
        }
    }

    /** A thread of its own for each request: on Java 25 the common pool has one worker on a two-core machine, and the requests must overlap. */
    private static final Executor OWN_THREAD = task -> { Thread thread = new Thread(task); thread.setDaemon(true); thread.start(); };

    private static CompletableFuture<Response> slow(int ms) {
        return CompletableFuture.supplyAsync(() -> given().queryParam("ms", ms).get("/api/v1/test-only/slow"), OWN_THREAD);
    }

    /** Waits until the service's gauge shows the value: requests have reached their places, whatever the machine's load. */
    private static void awaitGauge(String name, int value) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String metrics = given().get("/q/metrics").asString();
            if (metrics.lines().anyMatch(l -> l.startsWith(name + " ") && Double.parseDouble(l.substring(name.length() + 1)) == value)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " never reached " + value);
    }

    @Test
    void aWaitingRequestIsServedInTurnAndTheNextIsRefusedAtOnce() throws Exception {
        CompletableFuture<Response> first = slow(2000);
        awaitGauge("qitdb_admission_working", 1);
        CompletableFuture<Response> second = slow(10);
        awaitGauge("qitdb_admission_waiting", 1);
        long before = System.nanoTime();
        Response third = given().queryParam("ms", 10).get("/api/v1/test-only/slow");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).as("refused without waiting").isLessThan(1000);
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.contentType()).startsWith("application/problem+json");
        assertThat(third.header("Retry-After")).isNotBlank();
        assertThat(third.jsonPath().getString("type")).endsWith("/service-unavailable");

        given().get("/q/health/live").then().statusCode(200);
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(30, TimeUnit.SECONDS).statusCode()).as("served when the first ended").isEqualTo(200);
    }

    @Test
    void aRequestThatWaitsPastTheLimitIsRefused() throws Exception {
        CompletableFuture<Response> holder = slow(5000);
        awaitGauge("qitdb_admission_working", 1);
        Response waited = given().queryParam("ms", 10).get("/api/v1/test-only/slow");
        assertThat(waited.statusCode()).isEqualTo(503);
        assertThat(waited.header("Retry-After")).isNotBlank();
        assertThat(holder.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        given().queryParam("ms", 10).get("/api/v1/test-only/slow").then().statusCode(200);
    }
}
