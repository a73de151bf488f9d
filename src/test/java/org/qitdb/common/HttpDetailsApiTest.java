package org.qitdb.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The HTTP details integrators and caches rely on: absolute links and locations that name the public URI behind a
 * proxy (the test profile says it is behind one, as the Kubernetes overlays do), Vary, gzip of the exports, cheap
 * revalidation of list pages, the export format chosen by Accept, the landscape page's files revalidated rather than
 * cached as immutable, and metric labels that invented paths cannot multiply.
 */
@QuarkusTest
class HttpDetailsApiTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void linksAndLocationsNameTheForwardedPublicUri() {
        Response page = given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "qitdb.example.org")
                .queryParam("size", 5).get("/api/v1/standards");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Link")).contains("<https://qitdb.example.org/api/v1/standards?").contains("rel=\"next\"");

        Response created = Api.asAdmin().header("Forwarded", "proto=https;host=registry.example.org").contentType("application/json")
                .body(Api.standard(Api.uniqueIdentifier())).post("/api/v1/standards");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("https://registry.example.org/api/v1/standards/" + created.path("id"));
    }

    @Test
    void answersVaryByOriginAndByAcceptEncodingWhereTheyApply() {
        Response list = given().header("Origin", "https://landscape.example.org").get("/api/v1/standards?size=1");
        assertThat(list.header("Vary")).contains("Origin").contains("Accept-Encoding");
        Response representatives = given().get("/api/v1/representatives?size=1");
        assertThat(representatives.header("Vary")).contains("Authorization").contains("Origin").contains("Accept-Encoding");
    }

    @Test
    void csvAndNdjsonExportsAreCompressedForClientsThatAcceptGzip() {
        for (String format : new String[] {"csv", "ndjson", "json"}) {
            Response gzip = given().config(RAW).header("Accept-Encoding", "gzip").queryParam("format", format).get("/api/v1/export");
            assertThat(gzip.statusCode()).isEqualTo(200);
            assertThat(gzip.header("Content-Encoding")).as(format).isEqualTo("gzip");
            byte[] body = gzip.asByteArray();
            assertThat(body[0] & 0xff).isEqualTo(0x1f);
            assertThat(body[1] & 0xff).isEqualTo(0x8b);
        }
    }

    @Test
    void acceptChoosesTheExportFormatWhenNoneIsGiven() {
        assertThat(given().accept("text/csv").get("/api/v1/export?organization=ETSI").contentType()).startsWith("text/csv");
        assertThat(given().accept("application/x-ndjson").get("/api/v1/export?organization=ETSI").contentType()).startsWith("application/x-ndjson");
        assertThat(given().accept("*/*").get("/api/v1/export?organization=ETSI").contentType()).startsWith("application/json");
        // an explicit format wins over Accept
        assertThat(given().accept("text/csv").get("/api/v1/export?organization=ETSI&format=ndjson").contentType()).startsWith("application/x-ndjson");
        assertThat(given().accept("application/problem+json").get("/api/v1/submissions/template.csv").contentType()).startsWith("text/csv");
    }

    @Test
    void listPagesAreRevalidatedWithTheirWeakETag() {
        Response first = given().get("/api/v1/standards?organization=ETSI&size=3");
        String tag = first.header("ETag");
        assertThat(tag).startsWith("W/\"");
        Response again = given().header("If-None-Match", tag).get("/api/v1/standards?organization=ETSI&size=3");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(tag);
        // another page, or the same page after a change, has another tag
        assertThat(given().get("/api/v1/standards?organization=ETSI&size=3&page=1").header("ETag")).isNotEqualTo(tag);
        String submissions = given().get("/api/v1/submissions").header("ETag");
        assertThat(given().header("If-None-Match", submissions).get("/api/v1/submissions").statusCode()).isEqualTo(304);
        Response write = Api.create(Api.standard(Api.uniqueIdentifier())).response();
        assertThat(write.statusCode()).isEqualTo(201);
        String tta = given().get("/api/v1/standards?organization=TTA&size=3").header("ETag");
        Api.create(Api.standard(Api.uniqueIdentifier()));
        assertThat(given().header("If-None-Match", tta).get("/api/v1/standards?organization=TTA&size=3").statusCode()).isEqualTo(200);
    }

    @Test
    void theLandscapePageIsRevalidatedNotCachedAsImmutable() {
        for (String path : new String[] {"/", "/landing.js", "/landing.css"}) {
            Response page = given().get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
            String lastModified = page.header("Last-Modified");
            assertThat(lastModified).as(path).isNotNull();
            assertThat(given().header("If-Modified-Since", lastModified).get(path).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void inventedPathsAddNoMetricLabels() {
        String invented = "invented-" + UUID.randomUUID();
        given().post("/api/v1/topics/" + invented).then().statusCode(405);
        given().get("/api/v1/" + invented).then().statusCode(404);
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).doesNotContain(invented);
        assertThat(metrics).contains("uri=\"UNKNOWN\"").contains("uri=\"NOT_FOUND\"");
    }

    @Test
    void aTextFieldTakesOnlyAJsonString() {
        Map<String, Object> body = Api.standard(Api.uniqueIdentifier());
        body.put("title", 42);
        Response refused = Api.asAdmin().contentType("application/json").body(body).post("/api/v1/standards");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("title");
        assertThat(refused.jsonPath().getString("errors[0].message")).isEqualTo("expected a string");
    }
}
