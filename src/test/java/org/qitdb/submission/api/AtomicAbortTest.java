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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qitdb.standard.store.StandardRow;
import org.qitdb.standard.store.StandardRows;
import org.qitdb.support.Api;

/**
 * An atomic load that dies in the middle — after several chunks of rows were already flushed to the database —
 * leaves nothing behind: no entry, no change event, no submission record.
 */
@QuarkusTest
class AtomicAbortTest {

    /** Writes like the real store, then fails on the n-th chunk, as a crash would. */
    static class FailingRows extends StandardRows {
        private final StandardRows real;
        private final int failAt;
        private final AtomicInteger chunks = new AtomicInteger();

        FailingRows(StandardRows real, int failAt) {
            this.real = real;
            this.failAt = failAt;
        }

        @Override
        public void write(List<StandardRow> inserts, List<StandardRow.Update> updates) {
            if (chunks.incrementAndGet() == failAt) {
                throw new IllegalStateException("simulated crash in the middle of a bulk load");
            }
            real.write(inserts, updates);
        }
    }

    @Test
    void aLoadThatDiesHalfwayLeavesNothing() {
        StandardRows real = ClientProxy.unwrap(Arc.container().instance(StandardRows.class).get());
        // 500 rows a chunk: two chunks (1 000 rows) are in the database when the third fails
        QuarkusMock.installMockForType(new FailingRows(real, 3), StandardRows.class);
        String cursor = Api.endOfFeed();
        int submissionsBefore = given().get("/api/v1/submissions").then().extract().path("page.totalItems");

        List<String> identifiers = new ArrayList<>();
        StringBuilder csv = new StringBuilder("organization,identifier,title,documentType,status,topics\n");
        for (int i = 0; i < 1500; i++) {
            String identifier = uniqueIdentifier();
            identifiers.add(identifier);
            csv.append("TTA,").append(identifier).append(",Bulk row ").append(i).append(",national-standard,published,qkd\n");
        }
        asAdmin().contentType("text/csv").body(csv.toString())
                .post("/api/v1/submissions?organization=TTA&reference=LS-crash")
                .then().statusCode(500).contentType("application/problem+json");

        for (String identifier : List.of(identifiers.get(0), identifiers.get(600), identifiers.get(1100))) {
            given().queryParam("organization", "TTA").queryParam("identifier", identifier).get("/api/v1/standards/lookup")
                    .then().statusCode(404);
        }
        given().queryParam("since", cursor).get("/api/v1/changes").then().statusCode(200).body("changes.size()", is(0));
        int submissionsAfter = given().get("/api/v1/submissions").then().extract().path("page.totalItems");
        assertThat(submissionsAfter).isEqualTo(submissionsBefore);
    }
}
