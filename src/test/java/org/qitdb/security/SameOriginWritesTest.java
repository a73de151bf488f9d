package org.qitdb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The page qitdb serves writes to its own API (browsers send Origin with a same-origin write); pages of other
 * origins may read but not write.
 */
@QuarkusTest
class SameOriginWritesTest {

    @TestHTTPResource("/")
    URL root;

    private static Map<String, Object> statement() {
        return Map.of("reference", "ORIGIN-" + UUID.randomUUID(), "direction", "incoming", "from", Map.of("organization", "TTA"),
                "subject", "Same-origin test");
    }

    @Test
    void aWriteFromTheServicesOwnOriginPassesAndOneFromAnotherOriginIsRefused() {
        String self = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
        String id = asAdmin().header("Origin", self).contentType(ContentType.JSON).body(statement())
                .post("/api/v1/liaison-statements").then().statusCode(201).extract().path("id");
        asAdmin().header("Origin", "http://elsewhere.example").contentType(ContentType.JSON).body(statement())
                .post("/api/v1/liaison-statements").then().statusCode(403);
        asAdmin().header("Origin", self + "/path").contentType(ContentType.JSON).body(statement())
                .post("/api/v1/liaison-statements").then().statusCode(403);
        // reads from any origin, as before
        asAdmin().header("Origin", "http://elsewhere.example").get("/api/v1/liaison-statements/" + id).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://elsewhere.example");
        asAdmin().header("Origin", self).delete("/api/v1/liaison-statements/" + id).then().statusCode(204);
    }

    @Test
    void theSameOriginIsTheSameSchemeHostAndPort() {
        assertThat(SameOriginWrites.sameOrigin("http://127.0.0.1:8080", "http", "127.0.0.1:8080")).isTrue();
        assertThat(SameOriginWrites.sameOrigin("HTTP://Example.org", "http", "example.org:80")).isTrue();
        assertThat(SameOriginWrites.sameOrigin("https://example.org", "https", "example.org")).isTrue();
        assertThat(SameOriginWrites.sameOrigin("http://example.org:8080", "http", "example.org:8081")).isFalse();
        assertThat(SameOriginWrites.sameOrigin("https://example.org", "http", "example.org")).isFalse();
        assertThat(SameOriginWrites.sameOrigin("http://example.org.evil.test", "http", "example.org")).isFalse();
        assertThat(SameOriginWrites.sameOrigin("null", "http", "example.org")).isFalse();
        assertThat(SameOriginWrites.sameOrigin("http://example.org", "http", null)).isFalse();
        assertThat(SameOriginWrites.sameOrigin("http://user@example.org", "http", "example.org")).isFalse();
    }
}
