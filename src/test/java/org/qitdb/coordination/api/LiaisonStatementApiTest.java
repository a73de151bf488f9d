package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.qitdb.coordination.api.CoordinationApiTest.MERGE_PATCH;
import static org.qitdb.coordination.api.CoordinationApiTest.STATEMENTS;
import static org.qitdb.coordination.api.CoordinationApiTest.incoming;
import static org.qitdb.coordination.api.CoordinationApiTest.unique;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/** Liaison statements: who may write which, references, replies, inclusion answers, overdue ones, filters, every refusal. */
@QuarkusTest
class LiaisonStatementApiTest {

    private static String create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(STATEMENTS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aReferenceNamesOneStatementWhateverItsCaseAndSpacing() {
        String reference = unique("TTA-LS");
        String id = create(incoming(reference, "TTA", null));
        asAdmin().contentType(ContentType.JSON).body(incoming("  " + reference.toLowerCase() + " ", "TTA", null)).post(STATEMENTS)
                .then().statusCode(409).body("existing", is(STATEMENTS + "/" + id)).body("existingId", is(id));
        asAdmin().when().delete(STATEMENTS + "/" + id).then().statusCode(204);
    }

    @Test
    void editorsRegisterAndMaintainTheirOrganizationsIncomingStatementsOnly() {
        String tta = Api.editorToken("tta-ls", List.of("TTA"));
        String reference = unique("TTA-LS");
        String id = withToken(tta).contentType(ContentType.JSON).body(incoming(reference, "TTA", null)).post(STATEMENTS)
                .then().statusCode(201).body("provenance", containsString("tta-ls")).extract().path("id");
        // another organization's statement, an outgoing one, or turning its own into another's: 403
        withToken(tta).contentType(ContentType.JSON).body(incoming(unique("TEC-LS"), "TEC", null)).post(STATEMENTS).then()
                .statusCode(403).body("organization", is("TEC"));
        Map<String, Object> outgoing = incoming(unique("TTA-OUT"), "TTA", null);
        outgoing.put("direction", "outgoing");
        withToken(tta).contentType(ContentType.JSON).body(outgoing).post(STATEMENTS).then().statusCode(403)
                .body("detail", containsString("outgoing"));
        withToken(tta).header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"from\": {\"organization\": \"TEC\"}}")
                .patch(STATEMENTS + "/" + id).then().statusCode(403);
        withToken(tta).header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"status\": \"answered\"}")
                .patch(STATEMENTS + "/" + id).then().statusCode(200).body("status", is("answered")).header("ETag", "\"2\"");
        String tec = Api.editorToken("tec-ls", List.of("TEC"));
        withToken(tec).header("If-Match", "\"2\"").when().delete(STATEMENTS + "/" + id).then().statusCode(403);
        withToken(tta).header("If-Match", "\"2\"").when().delete(STATEMENTS + "/" + id).then().statusCode(204);
        given().contentType(ContentType.JSON).body(incoming(unique("TTA-LS"), "TTA", null)).post(STATEMENTS).then().statusCode(401);
    }

    @Test
    void repliesLinkBothWaysAndProtectTheStatementTheyAnswer() {
        String invitation = unique("JCA-OUT");
        Map<String, Object> out = incoming(invitation, "ITU-T", "JCA-QKDN");
        out.put("direction", "outgoing");
        out.put("to", List.of(Map.of("organization", "TTA"), Map.of("organization", "TEC")));
        out.put("invitesInclusion", true);
        out.put("deadline", "2023-09-30");
        String outId = create(out);
        asAdmin().when().get(STATEMENTS + "/" + outId).then().statusCode(200).body("status", is("sent"))
                .body("overdue", is(true)).body("awaitingReplyFrom", is(List.of("TEC", "TTA")));
        Map<String, Object> reply = incoming(unique("TTA-LS"), "TTA", null);
        reply.put("inReplyTo", invitation.toLowerCase());
        reply.put("inclusion", "declined");
        String replyId = create(reply);
        JsonPath answered = given().when().get(STATEMENTS + "/" + outId).then().statusCode(200).extract().jsonPath();
        assertThat(answered.getList("replies.id")).containsExactly(replyId);
        assertThat(answered.getString("replies[0].inclusion")).isEqualTo("declined");
        assertThat(answered.getList("awaitingReplyFrom")).containsExactly("TEC");
        given().queryParam("inReplyTo", invitation).when().get(STATEMENTS).then().statusCode(200).body("items.id", is(List.of(replyId)));
        given().queryParam("overdue", "true").queryParam("size", 500).when().get(STATEMENTS).then().statusCode(200)
                .body("items.id", hasItem(outId)).body("items.id", not(hasItem(replyId)));
        given().queryParam("organization", "tec").queryParam("size", 500).when().get(STATEMENTS).then().statusCode(200)
                .body("items.id", hasItem(outId)).body("items.id", not(hasItem(replyId)))
                .body("items.reference", hasItem("JCA-QKDN-LS1"));
        given().queryParam("inclusion", "declined").queryParam("size", 500).when().get(STATEMENTS).then().statusCode(200)
                .body("items.id", hasItem(replyId));
        given().queryParam("direction", "outgoing").queryParam("status", "sent").queryParam("status", "closed").queryParam("size", 500)
                .when().get(STATEMENTS).then().statusCode(200).body("items.id", hasItem(outId)).body("items.direction", not(hasItem("incoming")));

        // the answered statement keeps its reference and stays while answered
        asAdmin().when().delete(STATEMENTS + "/" + outId).then().statusCode(409).body("replies", is(1));
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"reference\": \"" + unique("RENAMED") + "\"}")
                .patch(STATEMENTS + "/" + outId).then().statusCode(409);
        // closed: no longer overdue
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"status\": \"closed\"}").patch(STATEMENTS + "/" + outId)
                .then().statusCode(200).body("overdue", is(false));
        asAdmin().when().delete(STATEMENTS + "/" + replyId).then().statusCode(204);
        asAdmin().when().delete(STATEMENTS + "/" + outId).then().statusCode(204);
    }

    @Test
    void refusesBadStatementsNamingEveryField() {
        Map<String, Object> bad = new java.util.LinkedHashMap<>();
        bad.put("reference", "");
        bad.put("direction", "sideways");
        bad.put("from", Map.of("organization", "ETSI", "group", "SG13"));
        bad.put("to", List.of(Map.of("organization", "Nowhere")));
        bad.put("date", "2023-13-01");
        bad.put("purpose", "gossip");
        bad.put("urls", List.of("javascript:alert(1)"));
        bad.put("concerns", Map.of("standards", List.of("x"), "representatives", List.of(UUID.randomUUID().toString()),
                "submissions", List.of(UUID.randomUUID().toString())));
        JsonPath problem = asAdmin().contentType(ContentType.JSON).body(bad).post(STATEMENTS).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).contains("reference", "direction", "from.group", "to[0].organization", "date",
                "subject", "purpose", "urls[0]", "concerns.standards[0]", "concerns.representatives[0]", "concerns.submissions[0]");

        Map<String, Object> wrong = incoming(unique("TTA-LS"), "TTA", null);
        wrong.put("invitesInclusion", true);
        wrong.put("inReplyTo", "NO-SUCH-LS");
        wrong.put("deadline", "2023-01-01");
        wrong.put("status", "sent");
        assertThat(asAdmin().contentType(ContentType.JSON).body(wrong).post(STATEMENTS).then().statusCode(400).extract().jsonPath()
                .getList("errors.field")).contains("invitesInclusion", "inReplyTo", "deadline", "status");
        Map<String, Object> out = incoming(unique("OUT"), "ITU-T", null);
        out.put("direction", "outgoing");
        out.put("inclusion", "agreed");
        asAdmin().contentType(ContentType.JSON).body(out).post(STATEMENTS).then().statusCode(400).body("errors[0].field", is("inclusion"));
        Map<String, Object> self = incoming("SELF-" + UUID.randomUUID(), "TTA", null);
        self.put("inReplyTo", self.get("reference"));
        asAdmin().contentType(ContentType.JSON).body(self).post(STATEMENTS).then().statusCode(400).body("errors[0].field", is("inReplyTo"));
        given().queryParam("overdue", "maybe").when().get(STATEMENTS).then().statusCode(400).body("parameter", is("overdue"));
        given().queryParam("organization", "Nowhere").when().get(STATEMENTS).then().statusCode(400).body("parameter", is("organization"));
        given().queryParam("status", "lost").when().get(STATEMENTS).then().statusCode(400).body("parameter", is("status"));
    }

    @Test
    void aStatementConcernsStandardsRepresentativesAndSubmissionsThatExist() {
        String standard = Api.createId(Api.standard(Api.uniqueIdentifier()));
        String representative = Api.createRepresentativeId(Api.representative("TTA", Api.uniqueGroup("TTA")));
        Map<String, Object> body = incoming(unique("TTA-LS"), "TTA", null);
        body.put("concerns", Map.of("standards", List.of(standard), "representatives", List.of(representative)));
        body.put("urls", List.of("https://www.tta.or.kr/ls/1", "https://www.tta.or.kr/ls/1"));
        JsonPath created = asAdmin().contentType(ContentType.JSON).body(body).post(STATEMENTS).then().statusCode(201).extract().jsonPath();
        assertThat(created.getList("concerns.standards")).containsExactly(standard);
        assertThat(created.getList("concerns.representatives")).containsExactly(representative);
        assertThat(created.getList("concerns.submissions")).isEmpty();
        assertThat(created.getList("urls")).as("without repeats").containsExactly("https://www.tta.or.kr/ls/1");
        assertThat(created.getBoolean("overdue")).isFalse();
        assertThat(created.getList("awaitingReplyFrom")).isEmpty();
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"date\": \"2020-01-01\", \"deadline\": \"2020-02-01\"}")
                .patch(STATEMENTS + "/" + created.getString("id")).then().statusCode(200).body("overdue", is(true));
        asAdmin().when().delete(STATEMENTS + "/" + created.getString("id")).then().statusCode(204);
    }
}
