package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.withToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The coordination register over HTTP: the seed from the first meeting's summary, the walk (an ETSI ISG QKD
 * statement agreeing to inclusion and naming its representative, ETSI agreed, its answer to the overlap question, who
 * has not answered JCA-QKDN-LS1, the deferred documents, the history), and each resource's rules.
 */
@QuarkusTest
class CoordinationApiTest {

    static final String MEETINGS = "/api/v1/meetings";
    static final String STATEMENTS = "/api/v1/liaison-statements";
    static final String QUESTIONS = "/api/v1/coordination-questions";
    static final String PARTICIPATION = "/api/v1/participation";
    static final String HISTORY = "/api/v1/coordination-history";
    static final String MERGE_PATCH = "application/merge-patch+json";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static JsonPath meetingWithCode(String code) {
        JsonPath page = given().queryParam("size", 500).when().get(MEETINGS).then().statusCode(200).extract().jsonPath();
        String id = page.getString("items.find { it.code == '" + code + "' }.id");
        assertThat(id).as("meeting " + code).isNotNull();
        return given().when().get(MEETINGS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    static String statementId(String reference) {
        JsonPath page = given().queryParam("size", 500).when().get(STATEMENTS).then().statusCode(200).extract().jsonPath();
        String id = page.getString("items.find { it.reference == '" + reference + "' }.id");
        assertThat(id).as("statement " + reference).isNotNull();
        return id;
    }

    static String questionId(int number) {
        JsonPath page = given().queryParam("size", 500).when().get(QUESTIONS).then().statusCode(200).extract().jsonPath();
        String id = page.getString("items.find { it.number == " + number + " }.id");
        assertThat(id).as("question " + number).isNotNull();
        return id;
    }

    static Map<String, Object> incoming(String reference, String organization, String group) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("direction", "incoming");
        body.put("from", group == null ? Map.of("organization", organization) : Map.of("organization", organization, "group", group));
        body.put("to", List.of(Map.of("organization", "ITU-T", "group", "JCA-QKDN")));
        body.put("date", "2023-07-14");
        body.put("subject", "Test statement " + reference);
        body.put("purpose", "information");
        return body;
    }

    static JsonPath participationOf(String organization, String token) {
        var request = token == null ? given() : withToken(token);
        return request.queryParam("organization", organization).when().get(PARTICIPATION).then().statusCode(200)
                .extract().jsonPath().setRootPath("items[0]");
    }

    private static JsonNode facts() throws Exception {
        try (InputStream in = CoordinationApiTest.class.getResourceAsStream("/seed/coordination.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    // ---- the seed

    @Test
    void theRegisterIsSeededWithWhatTheFirstMeetingSummaryStatesAndNothingElse() throws Exception {
        JsonNode facts = facts();
        JsonPath first = meetingWithCode("JCA-QKDN-1");
        assertThat(first.getString("title")).isEqualTo(facts.at("/meetings/0/title").asText());
        assertThat(first.getString("start")).isEqualTo("2023-03-22T13:00:00+01:00");
        assertThat(first.getString("end")).isEqualTo("2023-03-22T14:30:00+01:00");
        assertThat(first.getString("place")).isEqualTo("Geneva");
        assertThat(first.getBoolean("virtual")).isFalse();
        assertThat(first.getString("colocatedWith")).isEqualTo("ITU-T SG13 meeting, 13-24 March 2023");
        assertThat(first.getString("report")).isEqualTo("QKDN-018");
        assertThat(first.getString("notes")).startsWith("9 input documents received").contains("deferred to a future meeting");
        assertThat(first.getList("invited")).as("the summary names no invitations for the first meeting").isEmpty();
        assertThat(first.getList("attended")).isEmpty();
        List<Map<String, Object>> documents = first.getList("documents");
        assertThat(documents).hasSize(facts.at("/meetings/0/inputs/from").size());
        assertThat(documents).allSatisfy(d -> assertThat(d).doesNotContainKeys("number", "title", "url"));
        assertThat(first.getList("documents.source.organization", String.class))
                .containsExactly("IEC", "ISO/IEC", "ISO/IEC", "ITU-T", "ITU-T", "CEN-CENELEC", "CCSA", "TEC");
        assertThat(first.getInt("revision")).isEqualTo(1);
        assertThat(first.getString("provenance")).isEqualTo("seed");

        JsonPath second = meetingWithCode("JCA-QKDN-2");
        assertThat(second.getString("start")).isEqualTo("2023-06-08T15:00:00+02:00");
        assertThat(second.getBoolean("virtual")).isTrue();
        assertThat(second.getMap("")).doesNotContainKeys("place", "report", "colocatedWith", "notes");
        assertThat(second.getList("invited")).hasSize(facts.at("/meetings/1/invited").size());
        assertThat(second.getMap("invited[15]")).isEqualTo(Map.of("organization", "QED-C"));
        assertThat(second.getMap("invited[3]")).isEqualTo(Map.of("organization", "ETSI", "group", "ISG QKD"));

        JsonPath ls1 = given().when().get(STATEMENTS + "/" + statementId("JCA-QKDN-LS1")).then().statusCode(200).extract().jsonPath();
        assertThat(ls1.getString("direction")).isEqualTo("outgoing");
        assertThat(ls1.getMap("from")).isEqualTo(Map.of("organization", "ITU-T", "group", "JCA-QKDN"));
        assertThat(ls1.getList("to")).isEmpty();
        assertThat(ls1.getBoolean("broadcast")).isTrue();
        assertThat(ls1.getString("audience")).isEqualTo("SDOs and groups outside ITU-T working on QKDN-related standardization");
        assertThat(ls1.getString("subject")).isEqualTo(facts.at("/liaisonStatements/0/subject").asText());
        assertThat(ls1.getString("purpose")).isEqualTo("action");
        assertThat(ls1.getBoolean("invitesInclusion")).isTrue();
        assertThat(ls1.getMap("")).as("no date or deadline is stated").doesNotContainKeys("date", "deadline", "inReplyTo", "inclusion");
        assertThat(ls1.getBoolean("overdue")).isFalse();

        JsonPath questions = given().queryParam("meeting", "jca-qkdn-1").when().get(QUESTIONS).then().statusCode(200).extract().jsonPath();
        assertThat(questions.getInt("page.totalItems")).isEqualTo(13);
        List<String> texts = new ArrayList<>();
        facts.path("coordinationQuestions").forEach(q -> texts.add(q.asText()));
        JsonPath all = given().queryParam("size", 50).when().get(QUESTIONS).then().statusCode(200).extract().jsonPath();
        for (int number = 1; number <= 13; number++) {
            assertThat(all.getString("items.find { it.number == " + number + " }.text")).isEqualTo(texts.get(number - 1));
            assertThat(all.getString("items.find { it.number == " + number + " }.raisedAt")).isEqualTo("JCA-QKDN-1");
        }
        given().when().get(MEETINGS + "/" + first.getString("id") + "/history").then().statusCode(200)
                .body("revisions[0].type", is("created")).body("revisions[0].actor", is("seed")).body("kind", is("meeting"));
    }

    /** The default inclusion policy, all: every organization's entries are public (the agreed policy: InclusionPolicyAgreedTest). */
    @Test
    void underTheDefaultPolicyEveryOrganizationsEntriesArePublic() {
        JsonPath page = given().queryParam("size", 500).queryParam("facets", "organization").when().get("/api/v1/standards").then()
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("facets.organization.value")).contains("ITU-T", "ETSI", "IETF", "ISO/IEC");
        String etsi = given().when().get("/api/v1/standards/lookup?organization=ETSI&identifier=GS QKD 014").then().statusCode(200)
                .extract().path("id");
        given().when().get("/api/v1/standards/" + etsi + "/history").then().statusCode(200);
        assertThat(participationOf("ETSI", null).getString("inclusion.status")).isEqualTo("none");
        assertThat(participationOf("ETSI", null).getLong("entries")).isPositive();
        given().when().get("/api/v1/landscape").then().statusCode(200).body("organizations.code", hasItem("ETSI"));
    }

    // ---- the walk

    @Test
    void aCoordinatorRecordsEtsisAgreementRepresentativeAndAnswerAndSeesWhoHasNotAnswered() {
        String reference = unique("ETSI-ISGQKD-LS");
        String etsi = Api.editorToken("etsi-coordination", List.of("ETSI"));
        String ls1 = statementId("JCA-QKDN-LS1");
        String overlap = questionId(4);
        List<String> representatives = new ArrayList<>();
        String statement = null;
        String answer = null;
        try {
            JsonPath before = participationOf("ETSI", null);
            assertThat(before.getString("inclusion.status")).isEqualTo("none");
            assertThat(before.getList("inclusion.invitedBy.reference")).containsExactly("JCA-QKDN-LS1");
            assertThat(given().queryParam("unanswered", "JCA-QKDN-LS1").queryParam("size", 500).when().get(PARTICIPATION)
                    .then().statusCode(200).extract().jsonPath().getList("items.organization")).contains("ETSI");

            // the statement names its representative: appointed by it, and the statement concerns it
            Map<String, Object> rep = Api.representative("ETSI", "ISG QKD");
            rep.put("name", "Walk Test Contact");
            rep.put("appointedBy", reference);
            representatives.add(withToken(etsi).contentType(ContentType.JSON).body(rep).post("/api/v1/representatives")
                    .then().statusCode(201).extract().path("id"));
            Map<String, Object> body = incoming(reference, "etsi", "isg qkd");
            body.put("inReplyTo", "jca-qkdn-ls1");
            body.put("inclusion", "agreed");
            body.put("subject", "Reply to JCA-QKDN-LS1: ETSI ISG QKD agrees to the inclusion of its work and names its contact point");
            body.put("concerns", Map.of("representatives", List.of(representatives.get(0))));
            ExtractableResponse<Response> created = withToken(etsi).contentType(ContentType.JSON).body(body).post(STATEMENTS)
                    .then().statusCode(201).header("ETag", "\"1\"").extract();
            statement = created.path("id");
            assertThat(created.header("Location")).endsWith(STATEMENTS + "/" + statement);
            assertThat(created.<String>path("inReplyTo")).isEqualTo("JCA-QKDN-LS1");
            assertThat(created.<String>path("inReplyToId")).isEqualTo(ls1);
            assertThat(created.<String>path("status")).isEqualTo("received");
            assertThat(created.<Map<String, Object>>path("from")).isEqualTo(Map.of("organization", "ETSI", "group", "ISG QKD"));

            JsonPath after = participationOf("ETSI", null);
            assertThat(after.getString("inclusion.status")).isEqualTo("agreed");
            assertThat(after.getString("inclusion.answer.reference")).isEqualTo(reference);
            assertThat(after.getList("representatives.name")).contains("Walk Test Contact");
            assertThat(after.getString("groups.find { it.group == 'ISG QKD' }.representatives[0].name")).isEqualTo("Walk Test Contact");
            assertThat(given().queryParam("inclusion", "agreed").queryParam("size", 500).when().get(PARTICIPATION).then().statusCode(200)
                    .extract().jsonPath().getList("items.organization")).contains("ETSI");

            JsonPath invitation = given().when().get(STATEMENTS + "/" + ls1).then().statusCode(200).extract().jsonPath();
            assertThat(invitation.getList("replies.reference")).contains(reference);
            assertThat(invitation.getList("awaitingReplyFrom")).doesNotContain("ETSI", "ITU-T").contains("IEEE", "CCSA");

            ExtractableResponse<Response> answered = withToken(etsi).contentType(ContentType.JSON)
                    .body(Map.of("organization", "ETSI", "group", "ISG QKD", "date", "2023-07-14", "via", reference,
                            "summary", "The GS QKD series and ITU-T Y.38xx overlap on key delivery interfaces only; ETSI ISG QKD proposes to align them"))
                    .post(QUESTIONS + "/" + overlap + "/answers").then().statusCode(201).extract();
            assertThat(answered.header("Location")).endsWith(QUESTIONS + "/" + overlap);
            JsonPath question = answered.jsonPath();
            assertThat(question.getString("text")).isEqualTo("duplication or overlap of QKD specifications or standards");
            answer = question.getString("answers.find { it.via == '" + reference + "' }.id");
            assertThat(question.getString("answers.find { it.via == '" + reference + "' }.viaStatementId")).isEqualTo(statement);
            assertThat(question.getInt("answerCount")).isEqualTo(question.getList("answers").size());
            assertThat(participationOf("ETSI", null).getInt("questionsAnswered")).isEqualTo(1);

            // every organization that has not answered JCA-QKDN-LS1: all but its sender's and ETSI
            List<String> organizations = given().when().get("/api/v1/organizations").then().statusCode(200).extract().jsonPath()
                    .getList("code", String.class);
            List<String> unanswered = given().queryParam("unanswered", "JCA-QKDN-LS1").queryParam("size", 500).when().get(PARTICIPATION)
                    .then().statusCode(200).extract().jsonPath().getList("items.organization", String.class);
            List<String> expected = new ArrayList<>(organizations);
            expected.removeAll(List.of("ITU-T", "ETSI"));
            assertThat(unanswered).containsExactlyInAnyOrderElementsOf(expected);

            // the deferred inputs of the first meeting
            JsonPath first = meetingWithCode("JCA-QKDN-1");
            assertThat(first.getList("documents.findAll { it.status == 'deferred' }.source")).containsExactly(
                    Map.of("organization", "IEC", "group", "TC 86"), Map.of("organization", "ISO/IEC", "group", "JTC 1/SC 27"));

            // each step is in the register's history
            JsonPath changes = given().queryParam("size", 50).when().get(HISTORY).then().statusCode(200).extract().jsonPath();
            assertThat(changes.getString("items.find { it.id == '" + statement + "' }.type")).isEqualTo("created");
            assertThat(changes.getString("items.find { it.id == '" + statement + "' }.actor")).startsWith("etsi-coordination");
            assertThat(changes.getString("items.find { it.id == '" + overlap + "' }.type")).isEqualTo("updated");
            assertThat(changes.getMap("items.find { it.id == '" + overlap + "' }.changes")).containsKey("answers");
            given().when().get(STATEMENTS + "/" + statement + "/history").then().statusCode(200)
                    .body("revisions[0].changes.inclusion.to", is("agreed"));
        } finally {
            if (answer != null) {
                asAdmin().when().delete(QUESTIONS + "/" + overlap + "/answers/" + answer).then().statusCode(200);
            }
            if (statement != null) {
                asAdmin().when().delete(STATEMENTS + "/" + statement).then().statusCode(204);
            }
            for (String id : representatives) {
                asAdmin().when().delete("/api/v1/representatives/" + id).then().statusCode(204);
            }
        }
        assertThat(participationOf("ETSI", null).getString("inclusion.status")).isEqualTo("none");
    }
}
