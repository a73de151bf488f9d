package org.qitdb.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Framework-level failures are problem documents too, and no body reveals internals. */
@QuarkusTest
class ProblemDocumentTest {

    @Test
    void unknownPathIsAProblem() {
        clean(given().when().get("/api/v1/no-such-thing").then().statusCode(404));
        clean(given().when().get("/nothing-here").then().statusCode(404));
    }

    @Test
    void wrongMethodIsAProblemWithAllow() {
        clean(given().when().delete("/api/v1/standards").then().statusCode(405));
    }

    @Test
    void notAcceptableIsAProblem() {
        clean(given().accept("image/png").when().get("/api/v1/organizations").then().statusCode(406));
    }

    @Test
    void corsAllowsReadsFromAnyOrigin() {
        given().header("Origin", "https://landscape.example.org").when().get("/api/v1/standards")
                .then().statusCode(200).header("Access-Control-Allow-Origin", is("https://landscape.example.org"));
    }

    @Test
    void securityHeadersAreSet() {
        given().when().get("/api/v1/standards").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void healthAndMetricsAndOpenApiAreServed() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE jvm_"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/standards"));
    }

    @Test
    void landingPageIsServed() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html")).body(containsString("qitdb"));
    }

    private static void clean(ValidatableResponse response) {
        response.contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("org.")))
                .body(not(containsString("at io.")))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }
}
