package org.qitdb.standard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pages of {@code GET /standards} are served again from memory, but never after a write: every kind of write of a
 * standard shows up in the very next answer.
 */
@QuarkusTest
class StandardPageCacheApiTest {

    private static final String STANDARDS = "/api/v1/standards";

    @Inject
    MeterRegistry registry;

    @Test
    void aRepeatedPageComesFromTheCacheAndEveryWriteShowsUpInTheNextOne() {
        String word = "cachewren" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Entry about " + word);
        String first = createId(body);

        String answer = page(word).extract().asString();
        double hits = hits();
        assertThat(page(word).extract().asString()).as("the same answer again").isEqualTo(answer);
        assertThat(hits()).as("served from the cache").isEqualTo(hits + 1);
        // the metric the README names, as Prometheus scrapes it
        assertThat(given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines())
                .anyMatch(line -> line.startsWith("qitdb_standards_page_cache_requests_total{") && line.contains("result=\"hit\""))
                .anyMatch(line -> line.startsWith("qitdb_standards_page_cache_requests_total{") && line.contains("result=\"miss\""));

        // created
        Map<String, Object> other = standard(uniqueIdentifier());
        other.put("title", "Another entry about " + word);
        String second = createId(other);
        page(word).body("page.totalItems", is(2));

        // updated: the title no longer has the word
        asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":\"Renamed entry\"}")
                .when().patch(STANDARDS + "/" + second).then().statusCode(200);
        page(word).body("page.totalItems", is(1)).body("items[0].id", is(first));

        // deleted
        asAdmin().header("If-Match", "\"1\"").when().delete(STANDARDS + "/" + first).then().statusCode(204);
        page(word).body("page.totalItems", is(0));
    }

    private static io.restassured.response.ValidatableResponse page(String word) {
        return given().queryParam("q", word).queryParam("facets", "organization,status").when().get(STANDARDS).then().statusCode(200);
    }

    private double hits() {
        return registry.get("qitdb.standards.page.cache.requests").tag("result", "hit").counter().count();
    }
}
