package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.coordination.api.CoordinationApiTest.MEETINGS;
import static org.qitdb.coordination.api.CoordinationApiTest.PARTICIPATION;
import static org.qitdb.coordination.api.CoordinationApiTest.STATEMENTS;
import static org.qitdb.coordination.api.CoordinationApiTest.incoming;
import static org.qitdb.coordination.api.CoordinationApiTest.participationOf;
import static org.qitdb.coordination.api.CoordinationApiTest.unique;
import static org.qitdb.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/** The participation view: what each row counts, and every filter. TEC and a fresh TTA group keep the counts apart. */
@QuarkusTest
class ParticipationApiTest {

    @Test
    void countsMeetingsDocumentsAnswersEntriesAndOverdueLiaisonOfAnOrganizationAndItsGroups() {
        JsonPath tec = participationOf("TEC", null);
        assertThat(tec.getString("name")).isEqualTo("Telecommunication Engineering Centre (India)");
        assertThat(tec.getBoolean("host")).isFalse();
        assertThat(tec.getList("meetingsInvited")).isEmpty();
        assertThat(tec.getInt("documents")).as("its input to the first meeting").isEqualTo(1);
        assertThat(tec.getLong("entries")).isZero();
        assertThat(tec.getList("groups")).isEmpty();
        assertThat(participationOf("ITU-T", null).getBoolean("host")).isTrue();
        JsonPath etsi = participationOf("ETSI", null);
        assertThat(etsi.getList("meetingsInvited")).containsExactly("JCA-QKDN-2");
        assertThat(etsi.getList("groups.group")).contains("ISG QKD", "TC CYBER");
        assertThat(etsi.getList("groups.find { it.group == 'ISG QKD' }.meetingsInvited")).containsExactly("JCA-QKDN-2");
        assertThat(etsi.getLong("entries")).isPositive();

        String group = Api.uniqueGroup("TTA");
        Api.createId(Map.of("organization", "TTA", "group", group, "identifier", Api.uniqueIdentifier(),
                "title", "Participation test entry", "documentType", "national-standard", "status", "published", "topics", List.of("qkd")));
        Map<String, Object> overdue = incoming(unique("JCA-OUT"), "ITU-T", "JCA-QKDN");
        overdue.put("direction", "outgoing");
        overdue.put("to", List.of(Map.of("organization", "TTA", "group", group)));
        overdue.put("deadline", "2024-01-31");
        String overdueId = asAdmin().contentType(ContentType.JSON).body(overdue).post(STATEMENTS).then().statusCode(201).extract().path("id");
        String meeting = asAdmin().contentType(ContentType.JSON).body(Map.of("code", unique("JCA-T"), "title", "Participation test",
                "start", "2030-01-01T10:00:00Z", "invited", List.of(Map.of("organization", "TTA", "group", group)),
                "attended", List.of(Map.of("organization", "TTA")),
                "documents", List.of(Map.of("source", Map.of("organization", "TTA", "group", group)))))
                .post(MEETINGS).then().statusCode(201).extract().path("id");
        try {
            JsonPath row = given().queryParam("organization", "tta").queryParam("group", group).when().get(PARTICIPATION).then()
                    .statusCode(200).extract().jsonPath().setRootPath("items[0]");
            assertThat(row.getList("groups.group")).containsExactly(group);
            assertThat(row.getList("groups[0].meetingsInvited")).hasSize(1);
            assertThat(row.getList("groups[0].meetingsAttended")).as("the organization attended, not the group").isEmpty();
            assertThat(row.getList("meetingsAttended")).hasSize(1);
            assertThat(row.getInt("groups[0].documents")).isEqualTo(1);
            assertThat(row.getLong("groups[0].entries")).isEqualTo(1);
            assertThat(row.getList("groupsWithoutRepresentative")).containsExactly(group);
            assertThat(row.getList("overdueLiaisons.id")).containsExactly(overdueId);
            assertThat(row.getString("overdueLiaisons[0].direction")).isEqualTo("outgoing");

            assertThat(codes(Map.of("overdue", "true"))).contains("TTA");
            assertThat(codes(Map.of("group", group, "representative", "false"))).containsExactly("TTA");
            String representative = Api.createRepresentativeId(Api.representative("TTA", group));
            assertThat(codes(Map.of("group", group, "representative", "true"))).containsExactly("TTA");
            assertThat(codes(Map.of("group", group, "representative", "false"))).isEmpty();
            asAdmin().when().delete("/api/v1/representatives/" + representative).then().statusCode(204);
        } finally {
            asAdmin().when().delete(MEETINGS + "/" + meeting).then().statusCode(204);
            asAdmin().when().delete(STATEMENTS + "/" + overdueId).then().statusCode(204);
        }
    }

    @Test
    void filtersByInclusionAnswerAndPages() {
        String declined = unique("TEC-LS");
        Map<String, Object> body = incoming(declined, "TEC", null);
        body.put("inReplyTo", "JCA-QKDN-LS1");
        body.put("inclusion", "declined");
        String id = asAdmin().contentType(ContentType.JSON).body(body).post(STATEMENTS).then().statusCode(201).extract().path("id");
        try {
            assertThat(codes(Map.of("inclusion", "declined"))).contains("TEC");
            assertThat(codes(Map.of("inclusion", "none"))).doesNotContain("TEC").contains("IEEE");
            assertThat(codes(Map.of("unanswered", "JCA-QKDN-LS1"))).doesNotContain("TEC", "ITU-T");
            assertThat(participationOf("TEC", null).getString("inclusion.answer.reference")).isEqualTo(declined);
        } finally {
            asAdmin().when().delete(STATEMENTS + "/" + id).then().statusCode(204);
        }
        var page = given().queryParam("size", 2).queryParam("page", 1).when().get(PARTICIPATION);
        page.then().statusCode(200).body("items.size()", is(2)).body("page.number", is(1));
        assertThat(page.header("Link")).contains("rel=\"next\"", "rel=\"prev\"");
        assertThat(page.header("Vary")).contains("Authorization");
        given().queryParam("inclusion", "maybe").when().get(PARTICIPATION).then().statusCode(400).body("parameter", is("inclusion"));
        given().queryParam("organization", "Nowhere").when().get(PARTICIPATION).then().statusCode(400).body("parameter", is("organization"));
        given().queryParam("group", "SG99").when().get(PARTICIPATION).then().statusCode(400).body("parameter", is("group"));
        given().queryParam("unanswered", "NO-SUCH-LS").when().get(PARTICIPATION).then().statusCode(400).body("parameter", is("unanswered"));
        given().queryParam("representative", "perhaps").when().get(PARTICIPATION).then().statusCode(400).body("parameter", is("representative"));
        given().header("Authorization", "Bearer not-a-token").when().get(PARTICIPATION).then().statusCode(401);
    }

    private static List<String> codes(Map<String, String> filters) {
        var request = given().queryParam("size", 500);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            request = request.queryParam(f.getKey(), f.getValue());
        }
        return request.when().get(PARTICIPATION).then().statusCode(200).extract().jsonPath().getList("items.organization", String.class);
    }
}
