package org.qitdb.representative.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createRepresentativeId;
import static org.qitdb.support.Api.editorToken;
import static org.qitdb.support.Api.representative;
import static org.qitdb.support.Api.uniqueGroup;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * email and notes are personal data: admins and editors of the representative's organization read them; anonymous
 * readers and editors of other organizations never receive them, in any list, view, export, feed or history.
 */
@QuarkusTest
class RepresentativePersonalDataTest {

    private static final String PATH = "/api/v1/representatives";

    @Test
    void anonymousReadersNeverSeeAnEmailAddress() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String group = uniqueGroup("TTA");
        List<String> secrets = new ArrayList<>();

        // an active and an ended representative, each updated once so that their history holds old and new values
        String active = appoint(group, "active", marker, null, secrets);
        String ended = appoint(group, "ended", marker, LocalDate.now(ZoneOffset.UTC).minusDays(3), secrets);
        assertThat(secrets).hasSize(8);

        List<String> bodies = new ArrayList<>();
        for (String activity : List.of("true", "false", "all")) {
            bodies.add(given().queryParam("active", activity).queryParam("organization", "TTA").queryParam("group", group)
                    .when().get(PATH).then().statusCode(200).extract().asString());
            bodies.addAll(everyPage(() -> given().queryParam("active", activity)));
        }
        for (String id : List.of(active, ended)) {
            String single = given().when().get(PATH + "/" + id).then().statusCode(200).extract().asString();
            assertThat(new JsonPath(single).getMap("")).as("the fields are absent, not null").doesNotContainKeys("email", "notes")
                    .containsKeys("name", "role", "organization", "group", "affiliation");
            bodies.add(single);
            bodies.add(given().when().get(PATH + "/" + id + "/history").then().statusCode(200).extract().asString());
        }
        bodies.add(given().when().get("/api/v1/groups/TTA/" + group).then().statusCode(200).extract().asString());
        bodies.add(given().when().get("/api/v1/groups").then().statusCode(200).extract().asString());
        for (String format : List.of("csv", "ndjson", "json")) {
            bodies.add(given().queryParam("format", format).when().get("/api/v1/export").then().statusCode(200).extract().asString());
        }
        bodies.addAll(wholeChangeFeed());
        bodies.add(given().when().get("/api/v1/landscape").then().statusCode(200).extract().asString());

        String everything = String.join("\n", bodies);
        assertThat(everything).contains("Representative active " + marker).contains("Representative ended " + marker);
        for (String secret : secrets) {
            assertThat(everything).as("anonymous readers must never receive " + secret).doesNotContain(secret);
        }
        assertThat(everything).doesNotContain("@personal.example.org");

        // the history tells that personal data changed, without the values
        JsonPath history = given().when().get(PATH + "/" + active + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("revisions[1].redactedFields", String.class)).containsExactlyInAnyOrder("email", "notes");
        assertThat(history.getMap("revisions[1].changes")).containsOnlyKeys("role");

        // an editor of another organization sees what anonymous readers see
        String outsider = editorToken("personal-outsider", List.of("TEC"));
        String outsiderView = String.join("\n", withToken(outsider).get(PATH + "/" + active).then().statusCode(200).extract().asString(),
                withToken(outsider).queryParam("group", group).queryParam("active", "all").get(PATH).then().statusCode(200).extract().asString(),
                withToken(outsider).get(PATH + "/" + active + "/history").then().statusCode(200).extract().asString(),
                withToken(outsider).get(PATH + "/" + ended + "/history").then().statusCode(200).extract().asString());
        for (String secret : secrets) {
            assertThat(outsiderView).doesNotContain(secret);
        }

        // a token that is not valid reads nothing, rather than less
        given().header("Authorization", "Bearer not-a-valid-token-at-all").get(PATH + "/" + active).then().statusCode(401)
                .contentType("application/problem+json");

        // admins and editors of the organization see everything, also in the history
        String insider = editorToken("personal-insider", List.of("TTA"));
        for (Supplier<RequestSpecification> privileged : List.<Supplier<RequestSpecification>>of(() -> asAdmin(), () -> withToken(insider))) {
            String single = privileged.get().get(PATH + "/" + active).then().statusCode(200).extract().asString();
            assertThat(single).contains("new-active-" + marker + "@personal.example.org").contains("New notes active " + marker);
            String list = privileged.get().queryParam("group", group).queryParam("active", "all").get(PATH).then().statusCode(200)
                    .extract().asString();
            assertThat(list).contains("new-active-" + marker + "@personal.example.org", "new-ended-" + marker + "@personal.example.org");
            String historyText = privileged.get().get(PATH + "/" + ended + "/history").then().statusCode(200).extract().asString();
            assertThat(historyText).contains("old-ended-" + marker + "@personal.example.org", "new-ended-" + marker + "@personal.example.org",
                    "Old notes ended " + marker, "New notes ended " + marker).contains("\"redactedFields\":[]");
            // the group view is public whoever asks
            String groupView = privileged.get().get("/api/v1/groups/TTA/" + group).then().statusCode(200).extract().asString();
            assertThat(groupView).contains("Representative active " + marker).doesNotContain("@personal.example.org");
        }
    }

    /** Creates a representative with distinctive personal data, then changes it; every email and note goes into secrets. */
    private static String appoint(String group, String label, String marker, LocalDate until, List<String> secrets) {
        Map<String, Object> body = representative("TTA", group);
        body.put("name", "Representative " + label + " " + marker);
        body.put("email", "old-" + label + "-" + marker + "@personal.example.org");
        body.put("notes", "Old notes " + label + " " + marker);
        body.put("since", "2020-01-01");
        if (until != null) {
            body.put("until", until.toString());
        }
        String id = createRepresentativeId(body);
        secrets.add((String) body.get("email"));
        secrets.add((String) body.get("notes"));
        Map<String, Object> patch = Map.of("email", "new-" + label + "-" + marker + "@personal.example.org",
                "notes", "New notes " + label + " " + marker, "role", "Chair");
        asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body(patch).when().patch(PATH + "/" + id)
                .then().statusCode(200);
        secrets.add((String) patch.get("email"));
        secrets.add((String) patch.get("notes"));
        return id;
    }

    /** Every page of an anonymous list, following the pages to the end. */
    private static List<String> everyPage(Supplier<RequestSpecification> request) {
        List<String> pages = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = request.get().queryParam("size", 500).queryParam("page", page).when().get(PATH)
                    .then().statusCode(200).extract().asString();
            pages.add(body);
            if (page + 1 >= new JsonPath(body).getInt("page.totalPages")) {
                return pages;
            }
        }
    }

    /** The whole change feed from its start, following the cursors until there is no more. */
    private static List<String> wholeChangeFeed() {
        List<String> pages = new ArrayList<>();
        String cursor = null;
        while (true) {
            RequestSpecification request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            String body = request.when().get("/api/v1/changes").then().statusCode(200).extract().asString();
            pages.add(body);
            JsonPath page = new JsonPath(body);
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return pages;
            }
        }
    }
}
