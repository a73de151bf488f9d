package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.qitdb.coordination.api.CoordinationApiTest.QUESTIONS;
import static org.qitdb.coordination.api.CoordinationApiTest.STATEMENTS;
import static org.qitdb.coordination.api.CoordinationApiTest.unique;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * Liaison statements and answers through the submission path: the three formats, the per-row report, atomic and
 * partial modes, dry runs, the organization of the batch, and a submission's link to its registered statement.
 */
@QuarkusTest
class CoordinationSubmissionApiTest {

    private static Response submit(String token, String query, String contentType, String body) {
        return withToken(token).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/submissions?" + query);
    }

    private static String statementLine(String reference, String extra) {
        return "{\"reference\":\"" + reference + "\",\"direction\":\"incoming\",\"subject\":\"Bulk " + reference + "\",\"date\":\"2024-03-01\""
                + extra + "}";
    }

    @Test
    void loadsStatementsAsNdjsonRowByRowWithTheirOutcomes() {
        String first = unique("TTA-BULK");
        String second = unique("TTA-BULK");
        String ndjson = statementLine(first, "") + "\n"
                + statementLine(second, ",\"inReplyTo\":\"" + first + "\",\"from\":{\"organization\":\"TTA\"}") + "\n";
        JsonPath report = submit(Api.ADMIN_TOKEN, "kind=liaison-statements&organization=TTA&reference=" + first, "application/x-ndjson", ndjson)
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getString("kind")).isEqualTo("liaison-statements");
        assertThat(report.getString("status")).isEqualTo("applied");
        assertThat(report.getList("rows.outcome")).containsExactly("created", "created");
        assertThat(report.getList("rows.identifier")).containsExactly(first, second);
        assertThat(report.getString("liaisonStatement.reference")).as("its reference names a statement it registered").isEqualTo(first);
        String firstId = report.getString("rows[0].id");
        assertThat(report.getString("liaisonStatement.id")).isEqualTo(firstId);
        given().when().get(STATEMENTS + "/" + firstId).then().statusCode(200).body("from.organization", is("TTA"))
                .body("replies[0].reference", is(second)).body("provenance", containsString("submission:"));
        given().when().get("/api/v1/submissions/" + report.getString("id")).then().statusCode(200)
                .body("liaisonStatement.id", is(firstId)).body("kind", is("liaison-statements"));

        // the same rows again: unchanged; one changed: updated with its field changes
        String changed = statementLine(first, ",\"status\":\"answered\"") + "\n" + statementLine(second,
                ",\"inReplyTo\":\"" + first + "\"") + "\n";
        JsonPath again = submit(Api.ADMIN_TOKEN, "kind=liaison-statements&organization=TTA&reference=again", "application/x-ndjson", changed)
                .then().statusCode(201).extract().jsonPath();
        assertThat(again.getList("rows.outcome")).containsExactly("updated", "unchanged");
        assertThat(again.getMap("rows[0].changes.status")).containsEntry("from", "received").containsEntry("to", "answered");
        assertThat(again.getMap("")).doesNotContainKey("liaisonStatement");
    }

    @Test
    void anAtomicBatchWithABadRowChangesNothingAndAPartialOneLoadsTheRest() {
        String good = unique("TEC-BULK");
        String json = "[" + statementLine(good, "") + "," + statementLine(unique("TEC-BULK"), ",\"from\":{\"organization\":\"TTA\"}")
                + "," + statementLine(unique("TEC-BULK"), ",\"purpose\":\"gossip\",\"colour\":\"red\"") + "]";
        JsonPath atomic = submit(Api.ADMIN_TOKEN, "kind=liaison-statements&organization=TEC&reference=atomic", "application/json", json)
                .then().statusCode(201).extract().jsonPath();
        assertThat(atomic.getString("status")).isEqualTo("rejected");
        assertThat(atomic.getList("rows.outcome")).containsExactly("not-applied", "rejected", "rejected");
        assertThat(atomic.getList("errors.field")).containsExactly("from.organization", "colour");
        assertThat(atomic.getInt("errors[0].row")).isEqualTo(2);
        assertThat(given().queryParam("organization", "TEC").queryParam("size", 500).when().get(STATEMENTS).then().extract().jsonPath()
                .getList("items.reference")).doesNotContain(good);

        JsonPath dry = submit(Api.ADMIN_TOKEN, "kind=liaison-statements&organization=TEC&reference=dry&mode=partial&dryRun=true",
                "application/json", json).then().statusCode(200).extract().jsonPath();
        assertThat(dry.getString("status")).isEqualTo("validated");
        assertThat(dry.getList("rows.outcome")).containsExactly("created", "rejected", "rejected");
        assertThat(given().queryParam("organization", "TEC").queryParam("size", 500).when().get(STATEMENTS).then().extract().jsonPath()
                .getList("items.reference")).doesNotContain(good);

        JsonPath partial = submit(Api.ADMIN_TOKEN, "kind=liaison-statements&organization=TEC&reference=partial&mode=partial",
                "application/json", json).then().statusCode(201).extract().jsonPath();
        assertThat(partial.getString("status")).isEqualTo("partially-applied");
        assertThat(partial.getInt("counts.created")).isEqualTo(1);
        assertThat(partial.getInt("counts.rejected")).isEqualTo(2);
        given().when().get(STATEMENTS + "/" + partial.getString("rows[0].id")).then().statusCode(200).body("reference", is(good));
    }

    @Test
    void loadsStatementsAndAnswersFromCsvWithinTheEditorsScope() {
        String tta = Api.editorToken("tta-bulk", List.of("TTA"));
        String reference = unique("TTA-CSV");
        String csv = "reference,direction,fromGroup,to,date,subject,inReplyTo,inclusion,urls\n"
                + reference + ",incoming,,\"ITU-T:JCA-QKDN; ETSI\",2024-04-02,CSV statement,JCA-QKDN-LS1,agreed,https://www.tta.or.kr/ls\n"
                + unique("TTA-CSV") + ",outgoing,,,2024-04-02,An editor's outgoing statement,,,\n";
        JsonPath report = submit(tta, "kind=liaison-statements&organization=TTA&reference=" + reference + "&mode=partial", "text/csv", csv)
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getList("rows.outcome")).containsExactly("created", "rejected");
        assertThat(report.getString("errors[0].message")).contains("outgoing");
        assertThat(report.getInt("errors[0].line")).isEqualTo(3);
        JsonPath statement = given().when().get(STATEMENTS + "/" + report.getString("rows[0].id")).then().statusCode(200).extract().jsonPath();
        assertThat(statement.getList("to")).containsExactly(Map.of("organization", "ITU-T", "group", "JCA-QKDN"), Map.of("organization", "ETSI"));
        assertThat(statement.getString("inclusion")).isEqualTo("agreed");
        assertThat(CoordinationApiTest.participationOf("TTA", null).getString("inclusion.status")).isEqualTo("agreed");

        String answers = "question,group,date,via,summary\n"
                + "4,,2024-04-02," + reference + ",\"No overlap with TTAK.KO-12, which profiles Y.3800\"\n"
                + "Q7,,2024-04-02," + reference + ",Coordinate key management interfaces\n"
                + "999,,,,No such question\n";
        JsonPath loaded = submit(tta, "kind=coordination-answers&organization=TTA&reference=" + reference + "&mode=partial", "text/csv", answers)
                .then().statusCode(201).extract().jsonPath();
        assertThat(loaded.getString("kind")).isEqualTo("coordination-answers");
        assertThat(loaded.getList("rows.outcome")).containsExactly("created", "created", "rejected");
        assertThat(loaded.getList("rows.identifier")).containsExactly("Q4 TTA", "Q7 TTA", "999");
        assertThat(loaded.getString("errors[0].field")).isEqualTo("question");
        JsonPath q4 = given().when().get(QUESTIONS + "/" + CoordinationApiTest.questionId(4)).then().statusCode(200).extract().jsonPath();
        assertThat(q4.getString("answers.find { it.organization == 'TTA' }.viaStatementId")).isEqualTo(report.getString("rows[0].id"));
        JsonPath repeat = submit(tta, "kind=coordination-answers&organization=TTA&reference=repeat&mode=partial", "text/csv", answers)
                .then().statusCode(201).extract().jsonPath();
        assertThat(repeat.getList("rows.outcome")).containsExactly("unchanged", "unchanged", "rejected");
        // another organization's answers are not TTA's to load
        submit(tta, "kind=coordination-answers&organization=TEC&reference=x", "text/csv", answers).then().statusCode(403);
        JsonPath foreign = submit(tta, "kind=coordination-answers&organization=TTA&reference=x", "application/json",
                "[{\"question\": 4, \"organization\": \"TEC\", \"summary\": \"x\"}]").then().statusCode(201).extract().jsonPath();
        assertThat(foreign.getString("errors[0].field")).isEqualTo("organization");

        // clean up TTA's inclusion answer, which other tests count as none
        asAdmin().when().delete(STATEMENTS + "/" + report.getString("rows[0].id")).then().statusCode(204);
        for (int number : List.of(4, 7)) {
            JsonPath question = given().when().get(QUESTIONS + "/" + CoordinationApiTest.questionId(number)).then().extract().jsonPath();
            String answer = question.getString("answers.find { it.organization == 'TTA' }.id");
            asAdmin().when().delete(QUESTIONS + "/" + question.getString("id") + "/answers/" + answer).then().statusCode(200);
        }
    }

    @Test
    void templatesAndKindsOfSubmissions() {
        Response statements = given().queryParam("kind", "liaison-statements").when().get("/api/v1/submissions/template.csv");
        statements.then().statusCode(200).contentType(containsString("text/csv"));
        assertThat(statements.header("Content-Disposition")).contains("qitdb-liaison-statements-template.csv");
        assertThat(statements.asString()).startsWith("reference,direction,fromOrganization,fromGroup,to,");
        given().queryParam("kind", "coordination-answers").when().get("/api/v1/submissions/template.csv").then().statusCode(200)
                .body(containsString("question,organization,group,date,via,summary"));
        given().when().get("/api/v1/submissions/template.csv").then().statusCode(200).body(containsString("organization,group,identifier"));
        given().queryParam("kind", "minutes").when().get("/api/v1/submissions/template.csv").then().statusCode(400)
                .body("parameter", is("kind")).body("detail", containsString("coordination-answers, liaison-statements, standards"));
        submit(Api.ADMIN_TOKEN, "kind=minutes&organization=TTA&reference=x", "application/json", "[]").then().statusCode(400)
                .body("parameter", is("kind"));
        submit(Api.ADMIN_TOKEN, "kind=liaison-statements&organization=TTA&reference=x", "text/csv", "colour\nred\n").then().statusCode(400)
                .body("columns", is(List.of("colour")));
        // the default kind is still standards, and stored submissions say so
        JsonPath standards = submit(Api.ADMIN_TOKEN, "organization=TTA&reference=" + unique("TTA-LS"), "application/json",
                "[" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Api.standard(Api.uniqueIdentifier())) + "]")
                .then().statusCode(201).extract().jsonPath();
        assertThat(standards.getString("kind")).isEqualTo("standards");
        given().when().get("/api/v1/submissions").then().statusCode(200).body("items[0].kind", is("standards"));
    }
}
