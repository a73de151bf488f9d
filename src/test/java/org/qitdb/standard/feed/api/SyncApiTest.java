package org.qitdb.standard.feed.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a sync tool relies on: idempotent upsert by natural key, the change feed, tombstones and history. */
@QuarkusTest
class SyncApiTest {

    @Test
    void upsertCreatesThenUpdatesThenChangesNothing() {
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard(identifier);
        String cursor = org.qitdb.support.Api.endOfFeed();

        String id = asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier)
                .then().statusCode(201).header("Location", containsString("/api/v1/standards/")).header("ETag", "\"1\"")
                .extract().path("id");

        body.put("title", "Updated by the sync tool");
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/TTA/standards/{identifier}", identifier.toLowerCase())
                .then().statusCode(200).body("id", is(id)).body("revision", is(2)).header("X-Upsert-Outcome", "updated");

        // the same content again (a retried sync) is a no-op: same revision, no feed event
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier)
                .then().statusCode(200).body("revision", is(2)).header("X-Upsert-Outcome", "unchanged");

        JsonPath feed = given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = feed.<Map<String, Object>>getList("changes").stream().filter(c -> id.equals(c.get("id"))).toList();
        assertThat(mine).extracting(c -> c.get("type")).containsExactly("created", "updated");
        assertThat(mine).extracting(c -> c.get("revision")).containsExactly(1, 2);
    }

    @Test
    void upsertBodyMayOmitOrganizationAndIdentifier() {
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard(identifier);
        body.remove("organization");
        body.remove("identifier");
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier)
                .then().statusCode(201).body("identifier", is(identifier)).body("organization", is("TTA"));
    }

    @Test
    void upsertFindsTheEntryByAlias() {
        String identifier = uniqueIdentifier();
        String alias = "Draft-" + identifier;
        Map<String, Object> body = standard(identifier);
        body.put("aliases", List.of(alias));
        String id = createId(body);
        body.put("title", "Found through its alias");
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", alias)
                .then().statusCode(200).body("id", is(id)).body("title", is("Found through its alias"));
    }

    @Test
    void upsertRejectsABodyThatContradictsThePath() {
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard(identifier);
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/etsi/standards/{identifier}", identifier)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("organization"));
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", uniqueIdentifier())
                .then().statusCode(400).body("errors[0].field", is("identifier"));
    }

    @Test
    void upsertToAnUnknownOrganizationIsNotFound() {
        asAdmin().contentType(ContentType.JSON).body(standard(uniqueIdentifier()))
                .when().put("/api/v1/organizations/nobody/standards/X.1")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void upsertChecksIfMatchWhenGiven() {
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard(identifier);
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier).then().statusCode(412);
        createId(body);
        body.put("title", "Changed");
        asAdmin().header("If-Match", "\"3\"").contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier).then().statusCode(200).body("revision", is(2));
    }

    @Test
    void upsertWithAnAliasOfAnotherEntryIsAConflictNamingBoth() {
        String taken = uniqueIdentifier();
        String takenId = createId(standard(taken));
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard(identifier);
        body.put("aliases", List.of(taken));
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/tta/standards/{identifier}", identifier)
                .then().statusCode(409).body("existingId", is(takenId)).body("alias", is(taken)).body("detail", containsString(taken));
    }

    @Test
    void upsertNeedsAToken() {
        given().contentType(ContentType.JSON).body(standard("X")).when().put("/api/v1/organizations/tta/standards/X")
                .then().statusCode(401);
    }

    @Test
    void feedStartsAtTheBeginningWithTheSeed() {
        JsonPath first = given().queryParam("limit", 5).when().get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        assertThat(first.getList("changes.seq", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(first.getList("changes.type", String.class)).containsOnly("created");
        assertThat(first.getBoolean("hasMore")).isTrue();
        assertThat(first.getString("changes[0].standard.provenance")).startsWith("seed 2 (qit-standards.json, confidence: ");
        given().queryParam("since", first.getString("next")).queryParam("limit", 2).when().get("/api/v1/changes")
                .then().statusCode(200).body("changes.seq", is(List.of(6, 7)));
    }

    @Test
    void deleteLeavesATombstoneAndHistoryStaysReadable() {
        String identifier = uniqueIdentifier();
        String id = createId(standard(identifier));
        asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"title\":\"Second title\"}")
                .when().patch("/api/v1/standards/" + id).then().statusCode(200);
        String cursor = org.qitdb.support.Api.endOfFeed();
        asAdmin().when().delete("/api/v1/standards/" + id).then().statusCode(204);

        given().queryParam("since", cursor).when().get("/api/v1/changes").then().statusCode(200)
                .body("changes.size()", is(1))
                .body("changes[0].type", is("deleted")).body("changes[0].id", is(id))
                .body("changes[0].identifier", is(identifier)).body("changes[0].organization", is("TTA"))
                // the delete takes the next revision: an entry's revisions in the feed never repeat
                .body("changes[0].revision", is(3)).body("changes[0].standard", nullValue());

        given().when().get("/api/v1/standards/" + id + "/history").then().statusCode(200)
                .body("deleted", is(true))
                .body("revisions.type", is(List.of("created", "updated", "deleted")))
                .body("revisions.actor", is(List.of("admin", "admin", "admin")))
                .body("revisions[1].changes.title.to", is("Second title"))
                .body("revisions[1].changes.title.from", containsString("test entry"))
                .body("revisions[1].changes.keySet()", is(java.util.Set.of("title")));
    }

    @Test
    void historyShowsWhoChangedWhatForEveryRevision() {
        String id = given().queryParam("organization", "ITU-T").queryParam("identifier", "Y.3800")
                .when().get("/api/v1/standards/lookup").then().extract().path("id");
        given().when().get("/api/v1/standards/" + id + "/history").then().statusCode(200)
                .body("revisions[0].revision", is(1)).body("revisions[0].actor", startsWith("seed 2 (qit-standards.json, confidence: "))
                .body("revisions[0].changes.identifier.to", is("Y.3800")).body("revisions[0].at", notNullValue());
        given().when().get("/api/v1/standards/00000000-0000-0000-0000-000000000001/history").then().statusCode(404);
        given().when().get("/api/v1/standards/nope/history").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "YzEuLTE", "YzEuOTk5OTk5OTk5OTk", "%%%", "c1.5"})
    void malformedOrForeignCursorsAreRejected(String cursor) {
        given().queryParam("since", cursor).when().get("/api/v1/changes")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", is("since"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-5", "many"})
    void limitOutOfRangeIsRejected(String limit) {
        given().queryParam("limit", limit).when().get("/api/v1/changes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void updatedSinceIsACoarseAlternative() {
        String before = java.time.Instant.now().minusSeconds(1).toString();
        String id = createId(standard(uniqueIdentifier()));
        given().queryParam("updatedSince", before).queryParam("organization", "TTA").queryParam("size", 500)
                .when().get("/api/v1/standards").then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("updatedSince", java.time.Instant.now().plusSeconds(3600).toString())
                .when().get("/api/v1/standards").then().statusCode(200).body("page.totalItems", is(0));
    }
}
