package org.qitdb.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With every connection of the pool taken, requests wait for the acquisition timeout and then answer 503 with
 * {@code Retry-After}, as a problem document, instead of a 500 incident; once a connection is free they succeed.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableApiTest.TwoConnections.class)
class DatabaseUnavailableApiTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // two: Flyway takes two at start-up. Start-up waits for connections without limit; the running service's
            // timeout is the one under test (without database.PoolTimeouts the requests below would wait for ever)
            return Map.of("quarkus.datasource.jdbc.max-size", "2",
                    "qitdb.database.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBusyPoolAnswers503WithRetryAfter() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            for (String path : new String[] {"/api/v1/standards?q=qkd", "/api/v1/landscape?topic=qkdn"}) {
                given().accept("application/json").when().get(path).then()
                        .statusCode(503)
                        .header("Retry-After", "5")
                        .contentType("application/problem+json")
                        .body("type", endsWith("/service-unavailable"))
                        .body("status", is(503))
                        .body("incident", nullValue())
                        .body(allOf(not(containsString("acquisition")), not(containsString("SQLException"))));
            }
        }
        given().accept("application/json").when().get("/api/v1/standards?q=qkd").then().statusCode(200);
    }
}
