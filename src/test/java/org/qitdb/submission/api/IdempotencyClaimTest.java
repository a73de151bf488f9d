package org.qitdb.submission.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qitdb.standard.store.StandardRows;

/**
 * An Idempotency-Key is claimed in the load's own transaction: a load that fails half-way leaves no claim behind, so
 * the retry performs the load exactly once instead of being told "being processed" forever; two requests with one key
 * at the same moment never both apply.
 */
@QuarkusTest
class IdempotencyClaimTest {

    private static String csv(List<String> identifiers) {
        StringBuilder csv = new StringBuilder("organization,identifier,title,documentType,status,topics\n");
        for (String identifier : identifiers) {
            csv.append("TTA,").append(identifier).append(",Claimed row,national-standard,published,qkd\n");
        }
        return csv.toString();
    }

    private static List<String> identifiers(int n) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            identifiers.add(uniqueIdentifier());
        }
        return identifiers;
    }

    private static Response submit(String key, String body) {
        return asAdmin().header("Idempotency-Key", key).contentType("text/csv").body(body)
                .post("/api/v1/submissions?organization=TTA&reference=LS-claim");
    }

    @Test
    void aRetryAfterAnInterruptedLoadPerformsItOnce() {
        List<String> identifiers = identifiers(1200);
        String key = "claim-" + UUID.randomUUID();
        String body = csv(identifiers);
        StandardRows real = ClientProxy.unwrap(Arc.container().instance(StandardRows.class).get());
        QuarkusMock.installMockForType(new AtomicAbortTest.FailingRows(real, 2), StandardRows.class);
        submit(key, body).then().statusCode(500).contentType("application/problem+json");

        QuarkusMock.installMockForType(real, StandardRows.class);
        submit(key, body).then().statusCode(201).body("status", is("applied")).body("counts.created", is(1200));
        submit(key, body).then().statusCode(200).header("Idempotent-Replayed", "true").body("counts.created", is(1200));
        for (String identifier : List.of(identifiers.get(0), identifiers.get(1199))) {
            given().queryParam("organization", "TTA").queryParam("identifier", identifier).get("/api/v1/standards/lookup")
                    .then().statusCode(200).body("revision", is(1));
        }
    }

    @Test
    void twoRequestsWithOneKeyApplyOnce() throws Exception {
        List<String> identifiers = identifiers(800);
        String key = "race-" + UUID.randomUUID();
        String body = csv(identifiers);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> requests = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                requests.add(pool.submit(() -> submit(key, body)));
            }
            for (Future<Response> request : requests) {
                answers.add(request.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertThat(statuses).as("one applies; the other replays it or is asked to come back").containsAnyOf(201)
                .doesNotContain(500).hasSize(2);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        for (Response answer : answers) {
            if (answer.statusCode() == 200) {
                assertThat(answer.header("Idempotent-Replayed")).isEqualTo("true");
            } else if (answer.statusCode() == 409) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        }
        // the loser, asked again, replays the one load
        submit(key, body).then().statusCode(200).header("Idempotent-Replayed", "true");
        given().queryParam("organization", "TTA").queryParam("identifier", identifiers.get(0)).get("/api/v1/standards/lookup")
                .then().statusCode(200).body("revision", is(1));
    }
}
