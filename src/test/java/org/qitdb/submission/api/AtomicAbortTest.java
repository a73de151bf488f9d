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
import org.qitdb.standard.service.StandardData;
import org.qitdb.standard.service.StandardWriter;
import org.qitdb.support.Api;

/**
 * An atomic load that dies in the middle — after several chunks of rows were already flushed to the database —
 * leaves nothing behind: no entry, no change event, no submission record.
 */
@QuarkusTest
class AtomicAbortTest {

    /** Writes like the real writer, then fails on the n-th create, as a crash would. */
    static class FailingWriter extends StandardWriter {
        private final StandardWriter real;
        private final int failAt;
        private final AtomicInteger creates = new AtomicInteger();

        FailingWriter(StandardWriter real, int failAt) {
            this.real = real;
            this.failAt = failAt;
        }

        @Override
        public Written create(StandardData data, Author author, KeyLookup lookup) {
            if (creates.incrementAndGet() == failAt) {
                throw new IllegalStateException("simulated crash in the middle of a bulk load");
            }
            return real.create(data, author, lookup);
        }

        @Override
        public Written replace(org.qitdb.standard.store.StandardEntity entity, StandardData data, Author author, KeyLookup lookup) {
            return real.replace(entity, data, author, lookup);
        }
    }

    @Test
    void aLoadThatDiesHalfwayLeavesNothing() {
        StandardWriter real = ClientProxy.unwrap(Arc.container().instance(StandardWriter.class).get());
        QuarkusMock.installMockForType(new FailingWriter(real, 1200), StandardWriter.class);
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
