package org.qitdb.standard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.create;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing single entries: create, replace, merge-patch, delete, with their preconditions and every error status. */
@QuarkusTest
class StandardWriteApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void createsAnEntryWithLocationETagAndFirstRevision() {
        String identifier = uniqueIdentifier();
        ExtractableResponse<Response> created = create(standard(identifier));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/standards/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat((Integer) created.path("revision")).isEqualTo(1);
        given().when().get("/api/v1/standards/" + id).then().statusCode(200)
                .body("identifier", is(identifier)).body("organization", is("TTA")).body("provenance", is("admin"));
    }

    @Test
    void canonicalizesNamesStatusAndIdentifierPrefix() {
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard("TTA " + identifier);
        body.put("organization", "telecommunications technology association (korea)");
        body.put("status", "In force");
        body.put("documentType", "National Standard");
        given().header("Authorization", "Bearer " + org.qitdb.support.Api.ADMIN_TOKEN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/standards")
                .then().statusCode(201)
                .body("organization", is("TTA"))
                .body("identifier", is(identifier))
                .body("status", is("published"))
                .body("sdoStatus", is("In force"))
                .body("documentType", is("national-standard"));
    }

    @Test
    void duplicateNaturalKeyIsAConflictLinkingTheExistingEntry() {
        String identifier = uniqueIdentifier();
        String id = createId(standard(identifier));
        asAdmin().contentType(ContentType.JSON).body(standard(identifier.toLowerCase().replace("-", " / ")))
                .when().post("/api/v1/standards")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingId", is(id)).body("existing", endsWith("/api/v1/standards/" + id));
    }

    @Test
    void aliasThatNamesAnotherEntryIsAConflictNamingBoth() {
        String first = uniqueIdentifier();
        String firstId = createId(standard(first));
        Map<String, Object> second = standard(uniqueIdentifier());
        second.put("aliases", List.of(first));
        asAdmin().contentType(ContentType.JSON).body(second).when().post("/api/v1/standards")
                .then().statusCode(409).body("existingId", is(firstId)).body("alias", is(first));
    }

    @Test
    void invalidBodyListsEveryBadField() {
        Map<String, Object> body = Map.of("organization", "Nobody", "title", "x".repeat(1001), "status", "sleeping",
                "publicationDate", "2023-02-30", "topics", List.of("no-such-topic"), "url", "ftp://example.org/x");
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("organization", "identifier", "title", "documentType", "status",
                        "publicationDate", "topics[0]", "url"));
    }

    @Test
    void groupMustBelongToTheOrganization() {
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("organization", "ETSI");
        body.put("group", "SG13");
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(400).body("errors.field", hasItem("group"));
    }

    @Test
    void unknownFieldsAreRejectedButServerFieldsIgnored() {
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("colour", "blue");
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(400).body("errors[0].field", is("colour"));

        Map<String, Object> withServerFields = standard(uniqueIdentifier());
        withServerFields.put("id", "11111111-1111-1111-1111-111111111111");
        withServerFields.put("revision", 42);
        withServerFields.put("createdAt", "2001-01-01T00:00:00Z");
        withServerFields.put("provenance", "someone else");
        create(withServerFields);
    }

    @Test
    void wrongJsonTypesNameTheField() {
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("topics", 5);
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("topics"));
    }

    @Test
    void malformedJsonNamesTheLine() {
        asAdmin().contentType(ContentType.JSON).body("{\n\"organization\": \"TTA\",\n").when().post("/api/v1/standards")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("line"));
    }

    @Test
    void nonJsonBodyIsUnsupported() {
        asAdmin().contentType("text/plain").body("hello").when().post("/api/v1/standards")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void oversizeBodyIsRefused() {
        asAdmin().contentType(ContentType.JSON).body("[" + "1,".repeat(1_100_000) + "1]").when().post("/api/v1/standards")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void writesNeedAValidToken() {
        Map<String, Object> body = standard(uniqueIdentifier());
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong-token-wrong-token").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/standards").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Basic dXNlcjpwYXNz").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/standards").then().statusCode(401);
        given().queryParam("organization", "TTA").queryParam("identifier", body.get("identifier"))
                .when().get("/api/v1/standards/lookup").then().statusCode(404);
    }

    @Test
    void replaceNeedsIfMatchAndRejectsStaleOnes() {
        Map<String, Object> body = standard(uniqueIdentifier());
        String id = createId(body);
        body.put("title", "Replaced title");
        asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/standards/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(body).when().put("/api/v1/standards/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        asAdmin().header("If-Match", "garbage").contentType(ContentType.JSON).body(body).when().put("/api/v1/standards/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().header("If-Match", "W/\"1\"").contentType(ContentType.JSON).body(body).when().put("/api/v1/standards/" + id)
                .then().statusCode(412);
        given().when().get("/api/v1/standards/" + id).then().body("title", not("Replaced title")).body("revision", is(1));

        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body).when().put("/api/v1/standards/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("revision", is(2)).body("title", is("Replaced title"));
    }

    @Test
    void replacingWithTheSameContentKeepsTheRevision() {
        Map<String, Object> body = standard(uniqueIdentifier());
        String id = createId(body);
        Map<String, Object> fetched = given().when().get("/api/v1/standards/" + id).then().extract().jsonPath().getMap("");
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(fetched).when().put("/api/v1/standards/" + id)
                .then().statusCode(200).body("revision", is(1)).header("ETag", "\"1\"");
    }

    @Test
    void replaceOfUnknownEntryIsNotFound() {
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(standard(uniqueIdentifier()))
                .when().put("/api/v1/standards/5d0f7f5e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void mergePatchChangesAndRemovesFields() {
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("summary", "to be removed");
        String id = createId(body);
        asAdmin().contentType(MERGE_PATCH).body("{\"title\":\"Patched\"}").when().patch("/api/v1/standards/" + id)
                .then().statusCode(428);
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body("{\"title\":\"Patched\",\"summary\":null,\"keywords\":[\"trusted node\"]}")
                .when().patch("/api/v1/standards/" + id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("title", is("Patched")).body("summary", nullValue()).body("keywords", is(List.of("trusted node")))
                .body("identifier", is(body.get("identifier")));
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"title\":\"Again\"}")
                .when().patch("/api/v1/standards/" + id).then().statusCode(412);
        asAdmin().header("If-Match", "\"2\"").contentType(MERGE_PATCH).body("{\"title\":null}")
                .when().patch("/api/v1/standards/" + id).then().statusCode(400).body("errors[0].field", is("title"));
        asAdmin().header("If-Match", "\"2\"").contentType(MERGE_PATCH).body("{\"nonsense\":1}")
                .when().patch("/api/v1/standards/" + id).then().statusCode(400).body("errors[0].field", is("nonsense"));
        asAdmin().header("If-Match", "\"2\"").contentType(MERGE_PATCH).body("{\"title\":")
                .when().patch("/api/v1/standards/" + id).then().statusCode(400).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"2\"").contentType(MERGE_PATCH).body("[1]")
                .when().patch("/api/v1/standards/" + id).then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/standards/" + id).then().body("revision", is(2)).body("title", is("Patched"));
    }

    @Test
    void deleteRemovesTheEntry() {
        Map<String, Object> body = standard(uniqueIdentifier());
        String id = createId(body);
        asAdmin().header("If-Match", "\"5\"").when().delete("/api/v1/standards/" + id).then().statusCode(412);
        given().when().delete("/api/v1/standards/" + id).then().statusCode(401);
        asAdmin().when().delete("/api/v1/standards/" + id).then().statusCode(204);
        given().when().get("/api/v1/standards/" + id).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("organization", "TTA").queryParam("identifier", body.get("identifier"))
                .when().get("/api/v1/standards/lookup").then().statusCode(404);
        asAdmin().when().delete("/api/v1/standards/" + id).then().statusCode(404);
        // the natural key is free again
        create(body);
    }

    @Test
    void renamingOntoAnotherEntrysKeyIsAConflict() {
        String taken = uniqueIdentifier();
        createId(standard(taken));
        Map<String, Object> body = standard(uniqueIdentifier());
        String id = createId(body);
        body.put("identifier", taken);
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body).when().put("/api/v1/standards/" + id)
                .then().statusCode(409);
    }

    // ---- concurrent writers holding the same ETag: exactly one wins, the others learn that the entry changed

    @Test
    void concurrentPatchesWithTheSameETagCannotBothWin() throws Exception {
        String id = createId(standard(uniqueIdentifier()));
        List<Integer> statuses = concurrently(6, i -> asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body(Map.of("title", "Title " + i)).when().patch("/api/v1/standards/" + id).then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        given().when().get("/api/v1/standards/" + id).then().body("revision", is(2));
        given().when().get("/api/v1/standards/" + id + "/history").then().body("revisions.size()", is(2));
    }

    @Test
    void concurrentUpsertsWithTheSameETagCannotBothWin() throws Exception {
        String identifier = uniqueIdentifier();
        create(standard(identifier));
        List<Integer> statuses = concurrently(6, i -> {
            Map<String, Object> body = standard(identifier);
            body.put("title", "Upserted " + i);
            return asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/organizations/TTA/standards/{identifier}", identifier).then().extract().statusCode();
        });
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    }

    private static List<Integer> concurrently(int writers, java.util.function.IntFunction<Integer> write) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return write.apply(writer);
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
