package org.qitdb.search.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.search.service.SearchIndexer;

/**
 * After many changes the index is merged into one segment once writes are quiet, and answers exactly as before: every
 * entry found, a write after the merge searchable in the next answer.
 */
@QuarkusTest
@TestProfile(SearchIndexMergeTest.MergeSoon.class)
class SearchIndexMergeTest {

    /** A merge after any change once no large batch came for a fifth of a second (the defaults: 10 000 and 10 s). */
    public static class MergeSoon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("qitdb.search.merge-after-changes", "1", "qitdb.search.merge-when-quiet-for", "PT0.2S");
        }
    }

    private static final String STANDARDS = "/api/v1/standards";

    @Inject
    SearchIndexer indexer;

    @Test
    void manySingleWritesEndInOneSegmentThatStillFindsEveryEntry() throws InterruptedException {
        String word = "merge" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < 40; i++) {
            Map<String, Object> body = standard(uniqueIdentifier());
            body.put("title", "Entry " + i + " about " + word);
            createId(body); // each write is made searchable at once: a segment of its own
        }

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (segments() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(segments()).as("segments 30 s after the writes").isEqualTo(1);

        given().queryParam("q", word).queryParam("size", 50).when().get(STANDARDS).then().statusCode(200)
                .body("page.totalItems", is(40)).body("items.size()", is(40));
        Map<String, Object> later = standard(uniqueIdentifier());
        later.put("title", "A later entry about " + word);
        String id = createId(later);
        given().queryParam("q", "later " + word).when().get(STANDARDS).then().statusCode(200)
                .body("page.totalItems", is(1)).body("items[0].id", is(id));
    }

    private int segments() {
        return indexer.current().orElseThrow().segments();
    }
}
