package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.qitdb.coordination.api.CoordinationApiTest.MEETINGS;
import static org.qitdb.coordination.api.CoordinationApiTest.MERGE_PATCH;
import static org.qitdb.coordination.api.CoordinationApiTest.unique;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/** Meetings and their documents: writes with their preconditions and permissions, lists, every rejected input, history. */
@QuarkusTest
class MeetingApiTest {

    static Map<String, Object> meeting(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", "Test meeting " + code);
        body.put("start", "2031-05-12T09:30:00+09:00");
        body.put("end", "2031-05-12T12:00:00+09:00");
        body.put("place", "Seoul");
        body.put("invited", List.of(Map.of("organization", "tta"), Map.of("organization", "ETSI", "group", "isg qkd")));
        body.put("documents", List.of(Map.of("number", "QKDN-T1", "title", "Agenda", "source", Map.of("organization", "ITU-T",
                "group", "JCA-QKDN"), "type", "agenda")));
        return body;
    }

    @Test
    void createsReadsReplacesPatchesAndDeletesWithETagsAndHistory() {
        String code = unique("JCA-T");
        ExtractableResponse<Response> created = asAdmin().contentType(ContentType.JSON).body(meeting(code)).post(MEETINGS)
                .then().statusCode(201).header("ETag", "\"1\"").extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(MEETINGS + "/" + id);
        assertThat(created.<String>path("start")).as("kept in its own offset").isEqualTo("2031-05-12T09:30:00+09:00");
        assertThat(created.<List<Map<String, Object>>>path("invited")).containsExactly(Map.of("organization", "TTA"),
                Map.of("organization", "ETSI", "group", "ISG QKD"));
        assertThat(created.<Boolean>path("upcoming")).isTrue();
        assertThat(created.<Boolean>path("virtual")).isFalse();
        String documentId = created.path("documents[0].id");

        given().header("If-None-Match", "\"1\"").when().get(MEETINGS + "/" + id).then().statusCode(304);
        given().header("If-None-Match", "nonsense").when().get(MEETINGS + "/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("parameter", is("If-None-Match"));

        // PUT: If-Match required; the same content (documents without their ids) changes nothing
        Map<String, Object> body = meeting(code);
        asAdmin().contentType(ContentType.JSON).body(body).put(MEETINGS + "/" + id).then().statusCode(428);
        asAdmin().header("If-Match", "\"9\"").contentType(ContentType.JSON).body(body).put(MEETINGS + "/" + id).then().statusCode(412)
                .body("currentRevision", is(1));
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body).put(MEETINGS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("revision", is(1)).body("documents[0].id", is(documentId));
        body.put("place", "Busan");
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body).put(MEETINGS + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("place", is("Busan")).body("documents[0].id", is(documentId));
        // a GET result sent back as it is changes nothing either
        Map<String, Object> fetched = given().when().get(MEETINGS + "/" + id).then().extract().jsonPath().getMap("");
        asAdmin().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(fetched).put(MEETINGS + "/" + id).then().statusCode(200)
                .body("revision", is(2));

        // PATCH: null removes, lists are replaced whole
        asAdmin().header("If-Match", "\"2\"").contentType(MERGE_PATCH).body("{\"place\": null, \"virtual\": true, \"attended\": [{\"organization\": \"TTA\"}]}")
                .patch(MEETINGS + "/" + id).then().statusCode(200).header("ETag", "\"3\"").body("virtual", is(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("place"))).body("attended[0].organization", is("TTA"));

        JsonPath history = given().when().get(MEETINGS + "/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("revisions.type")).containsExactly("created", "updated", "updated");
        assertThat(history.getString("revisions[1].changes.place.from")).isEqualTo("Seoul");
        assertThat(history.getString("revisions[1].changes.place.to")).isEqualTo("Busan");
        assertThat(history.getMap("revisions[2].changes.place")).containsEntry("from", "Busan");

        asAdmin().header("If-Match", "\"1\"").when().delete(MEETINGS + "/" + id).then().statusCode(412);
        asAdmin().header("If-Match", "\"3\"").when().delete(MEETINGS + "/" + id).then().statusCode(204);
        given().when().get(MEETINGS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get(MEETINGS + "/" + id + "/history").then().statusCode(200).body("deleted", is(true))
                .body("revisions[3].type", is("deleted")).body("revisions[3].revision", is(4));
        asAdmin().contentType(ContentType.JSON).body(body).put(MEETINGS + "/" + id).then().statusCode(404);
    }

    @Test
    void editorsAddAndRemoveTheirOrganizationsDocumentsOnly() {
        String id = asAdmin().contentType(ContentType.JSON).body(meeting(unique("JCA-T"))).post(MEETINGS).then().statusCode(201)
                .extract().path("id");
        String tta = Api.editorToken("tta-docs", List.of("TTA"));
        Map<String, Object> document = Map.of("number", "QKDN-T7", "title", "TTA QKD standards overview",
                "source", Map.of("organization", "TTA"), "type", "contribution", "status", "noted", "url", "https://www.tta.or.kr/qkd");
        ExtractableResponse<Response> added = withToken(tta).contentType(ContentType.JSON).body(document).post(MEETINGS + "/" + id + "/documents")
                .then().statusCode(201).header("ETag", "\"2\"").extract();
        assertThat(added.header("Location")).endsWith(MEETINGS + "/" + id);
        String documentId = added.path("documents.find { it.number == 'QKDN-T7' }.id");
        // the same number twice: 409; another organization's document: 403; stale If-Match: 412
        withToken(tta).contentType(ContentType.JSON).body(document).post(MEETINGS + "/" + id + "/documents").then().statusCode(409);
        withToken(tta).contentType(ContentType.JSON).body(Map.of("source", Map.of("organization", "ETSI"), "status", "presented"))
                .post(MEETINGS + "/" + id + "/documents").then().statusCode(403).body("organization", is("ETSI"));
        withToken(tta).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("source", Map.of("organization", "TTA")))
                .post(MEETINGS + "/" + id + "/documents").then().statusCode(412);
        // editors do not maintain meetings, nor remove the agenda of the JCA
        withToken(tta).contentType(ContentType.JSON).body(meeting(unique("JCA-T"))).post(MEETINGS).then().statusCode(403)
                .body("detail", containsString("admins maintain them"));
        String agenda = given().when().get(MEETINGS + "/" + id).then().extract().path("documents.find { it.type == 'agenda' }.id");
        withToken(tta).when().delete(MEETINGS + "/" + id + "/documents/" + agenda).then().statusCode(403);
        withToken(tta).when().delete(MEETINGS + "/" + id + "/documents/" + java.util.UUID.randomUUID()).then().statusCode(404);
        withToken(tta).when().delete(MEETINGS + "/" + id + "/documents/" + documentId).then().statusCode(200)
                .body("documents.number", not(hasItem("QKDN-T7"))).header("ETag", "\"3\"");
        given().contentType(ContentType.JSON).body(document).post(MEETINGS + "/" + id + "/documents").then().statusCode(401);
        asAdmin().when().delete(MEETINGS + "/" + id).then().statusCode(204);
    }

    @Test
    void listsUpcomingAndPastMeetingsWithPagingLinks() {
        String past = unique("JCA-P");
        Map<String, Object> old = meeting(past);
        old.put("start", "2001-02-03T10:00:00Z");
        old.remove("end");
        String pastId = asAdmin().contentType(ContentType.JSON).body(old).post(MEETINGS).then().statusCode(201).extract().path("id");
        String upcomingId = asAdmin().contentType(ContentType.JSON).body(meeting(unique("JCA-U"))).post(MEETINGS).then().statusCode(201)
                .extract().path("id");
        try {
            given().queryParam("when", "upcoming").queryParam("size", 500).when().get(MEETINGS).then().statusCode(200)
                    .body("items.id", hasItem(upcomingId)).body("items.id", not(hasItem(pastId))).body("items.upcoming", not(hasItem(false)));
            JsonPath pastPage = given().queryParam("when", "PAST").queryParam("size", 500).when().get(MEETINGS).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(pastPage.getList("items.id")).contains(pastId).doesNotContain(upcomingId);
            assertThat(pastPage.getList("items.code")).as("latest first").startsWith("JCA-QKDN-2").endsWith(past);
            Response paged = given().queryParam("size", 1).queryParam("page", 1).when().get(MEETINGS);
            paged.then().statusCode(200).body("items.size()", is(1)).body("page.number", is(1));
            assertThat(paged.header("Link")).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"last\"");
            given().queryParam("when", "soon").when().get(MEETINGS).then().statusCode(400).body("parameter", is("when"));
            given().queryParam("size", 501).when().get(MEETINGS).then().statusCode(400).body("parameter", is("size"));
            given().queryParam("colour", "red").when().get(MEETINGS).then().statusCode(400).body("parameter", is("colour"));
        } finally {
            asAdmin().when().delete(MEETINGS + "/" + pastId).then().statusCode(204);
            asAdmin().when().delete(MEETINGS + "/" + upcomingId).then().statusCode(204);
        }
    }

    @Test
    void refusesBadMeetingsNamingEveryField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("code", " ");
        bad.put("start", "22 March 2023");
        bad.put("invited", List.of(Map.of("organization", "Nowhere SDO"), Map.of("organization", "ETSI", "group", "SG99")));
        bad.put("documents", List.of(Map.of("source", Map.of("organization", "ETSI"), "type", "minutes", "status", "lost",
                "url", "ftp://example.org/x")));
        JsonPath problem = asAdmin().contentType(ContentType.JSON).body(bad).post(MEETINGS).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).contains("code", "title", "start", "invited[0].organization", "invited[1].group",
                "documents[0].type", "documents[0].status", "documents[0].url");
        Map<String, Object> backwards = meeting(unique("JCA-T"));
        backwards.put("end", "2031-05-12T08:00:00+09:00");
        asAdmin().contentType(ContentType.JSON).body(backwards).post(MEETINGS).then().statusCode(400)
                .body("errors[0].field", is("end"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "X", "colour", "red")).post(MEETINGS).then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).body(meeting("jca-qkdn-1")).post(MEETINGS).then().statusCode(409)
                .body("existing", containsString(MEETINGS + "/"));
        given().when().get(MEETINGS + "/not-a-uuid").then().statusCode(404);
        // the first meeting raised the coordination questions: it cannot go
        String first = CoordinationApiTest.meetingWithCode("JCA-QKDN-1").getString("id");
        asAdmin().when().delete(MEETINGS + "/" + first).then().statusCode(409).body("coordinationQuestions", is(13));
    }
}
