package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.qitdb.coordination.api.CoordinationApiTest.MERGE_PATCH;
import static org.qitdb.coordination.api.CoordinationApiTest.QUESTIONS;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/** Coordination questions and the answers SDOs record: numbers, permissions, one answer per way, filters, refusals. */
@QuarkusTest
class CoordinationQuestionApiTest {

    @Test
    void adminsMaintainQuestionsAndEditorsRecordTheirOrganizationsAnswers() {
        JsonPath created = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("text", "test question: which QKD test suites exist?", "raisedAt", "jca-qkdn-2"))
                .post(QUESTIONS).then().statusCode(201).header("ETag", "\"1\"").extract().jsonPath();
        String id = created.getString("id");
        int number = created.getInt("number");
        assertThat(number).as("the one after the highest").isGreaterThan(13);
        assertThat(created.getString("raisedAt")).isEqualTo("JCA-QKDN-2");
        assertThat(created.getString("status")).isEqualTo("open");
        assertThat(created.getInt("answerCount")).isZero();
        asAdmin().contentType(ContentType.JSON).body(Map.of("number", number, "text", "again")).post(QUESTIONS).then().statusCode(409)
                .body("existingId", is(id));

        String tta = Api.editorToken("tta-answers", List.of("TTA"));
        withToken(tta).contentType(ContentType.JSON).body(Map.of("text", "an editor's question")).post(QUESTIONS).then().statusCode(403);
        Map<String, Object> answer = Map.of("organization", "TTA", "date", "2024-02-01", "via", "TTA-LS-9", "summary", "TTAK.KO-12 series");
        JsonPath first = withToken(tta).contentType(ContentType.JSON).body(answer).post(QUESTIONS + "/" + id + "/answers").then()
                .statusCode(201).header("ETag", "\"2\"").extract().jsonPath();
        String answerId = first.getString("answers[0].id");
        assertThat(first.getMap("answers[0]")).doesNotContainKeys("group", "viaStatementId");
        // the same answer again: unchanged; by the same way with a new summary: replaced, same id
        withToken(tta).contentType(ContentType.JSON).body(answer).post(QUESTIONS + "/" + id + "/answers").then().statusCode(200)
                .header("ETag", "\"2\"").body("answerCount", is(1));
        withToken(tta).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("organization", "tta", "via", "tta-ls-9", "summary", "TTAK.KO-12 series, parts 1 to 3"))
                .post(QUESTIONS + "/" + id + "/answers").then().statusCode(200).header("ETag", "\"3\"")
                .body("answers[0].id", is(answerId)).body("answers[0].summary", is("TTAK.KO-12 series, parts 1 to 3"));
        // by another way: a second answer; another organization's: 403; stale If-Match: 412
        withToken(tta).contentType(ContentType.JSON).body(Map.of("organization", "TTA", "summary", "said at the meeting"))
                .post(QUESTIONS + "/" + id + "/answers").then().statusCode(201).body("answerCount", is(2));
        withToken(tta).contentType(ContentType.JSON).body(Map.of("organization", "TEC", "summary", "x"))
                .post(QUESTIONS + "/" + id + "/answers").then().statusCode(403);
        withToken(tta).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("organization", "TTA", "summary", "x"))
                .post(QUESTIONS + "/" + id + "/answers").then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).body(Map.of("organization", "TTA", "date", "yesterday"))
                .post(QUESTIONS + "/" + id + "/answers").then().statusCode(400).body("errors.field", hasItem("summary"))
                .body("errors.field", hasItem("date"));

        given().queryParam("answeredBy", "tta").queryParam("size", 500).when().get(QUESTIONS).then().statusCode(200)
                .body("items.id", is(List.of(id)));
        given().queryParam("meeting", "JCA-QKDN-2").when().get(QUESTIONS).then().statusCode(200).body("items.id", hasItem(id));
        asAdmin().header("If-Match", "\"4\"").contentType(MERGE_PATCH).body("{\"status\": \"closed\"}").patch(QUESTIONS + "/" + id)
                .then().statusCode(200).body("status", is("closed")).body("answerCount", is(2)).header("ETag", "\"5\"");
        given().queryParam("status", "open").queryParam("size", 500).when().get(QUESTIONS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        String tec = Api.editorToken("tec-answers", List.of("TEC"));
        withToken(tec).when().delete(QUESTIONS + "/" + id + "/answers/" + answerId).then().statusCode(403);
        withToken(tta).when().delete(QUESTIONS + "/" + id + "/answers/" + answerId).then().statusCode(200).body("answerCount", is(1));
        JsonPath history = given().when().get(QUESTIONS + "/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("revisions.type")).containsExactly("created", "updated", "updated", "updated", "updated", "updated");
        assertThat(history.getString("label")).isEqualTo("Q" + number);
        asAdmin().when().delete(QUESTIONS + "/" + id).then().statusCode(204);
        given().when().get(QUESTIONS + "/" + id).then().statusCode(404);
    }

    @Test
    void refusesBadQuestions() {
        JsonPath problem = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("number", 0, "raisedAt", "JCA-QKDN-99", "status", "pending",
                        "answers", List.of(Map.of("organization", "Nowhere", "summary", "x"))))
                .post(QUESTIONS).then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors.field")).contains("number", "text", "raisedAt", "status", "answers[0].organization");
        given().queryParam("status", "pending").when().get(QUESTIONS).then().statusCode(400).body("parameter", is("status"));
        given().queryParam("answeredBy", "Nowhere").when().get(QUESTIONS).then().statusCode(400).body("parameter", is("answeredBy"));
        String q1 = CoordinationApiTest.questionId(1);
        asAdmin().contentType(ContentType.JSON).body(Map.of("text", "x")).put(QUESTIONS + "/" + q1).then().statusCode(428);
        given().contentType(ContentType.JSON).body(Map.of("organization", "TTA", "summary", "x")).post(QUESTIONS + "/" + q1 + "/answers")
                .then().statusCode(401);
    }
}
