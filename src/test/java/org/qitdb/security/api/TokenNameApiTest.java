package org.qitdb.security.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two active tokens cannot share a name: the second is a 409 problem, not an incident. */
@QuarkusTest
class TokenNameApiTest {

    @Test
    void aSecondActiveTokenWithTheSameNameIsAConflict() {
        String body = "{\"name\":\"same-name-" + UUID.randomUUID() + "\",\"role\":\"editor\",\"organizations\":[\"TTA\"]}";
        asAdmin().contentType("application/json").body(body).post("/api/v1/tokens").then().statusCode(201);
        asAdmin().contentType("application/json").body(body).post("/api/v1/tokens").then().statusCode(409)
                .contentType("application/problem+json").body("status", is(409)).body("detail", containsString("exists"));
    }
}
