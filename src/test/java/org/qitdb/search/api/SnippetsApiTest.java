package org.qitdb.search.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/** `GET /standards?q=…&snippets=true`: each hit says where in its summary or title the query's words occur. */
@QuarkusTest
class SnippetsApiTest {

    @Test
    void aHitCarriesThePassageOfItsSummaryWithTheWordsMarked() {
        String word = word();
        Map<String, Object> body = Api.standard(Api.uniqueIdentifier());
        body.put("summary", "This standard gives an overview of the networks, their layers and the roles of their operators. ".repeat(2)
                + "It describes the " + word + "relay of keys between trusted nodes. "
                + "Nothing else follows in this text, which goes on about other matters for a while longer. ".repeat(2));
        String id = Api.createId(body);

        JsonPath page = given().queryParam("q", word + " trusted").queryParam("snippets", "true")
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id")).containsExactly(id);
        Map<String, Object> snippet = page.getMap("snippets.'" + id + "'");
        assertThat(snippet).containsEntry("field", "summary");
        String text = (String) snippet.get("text");
        assertThat(text).contains("It describes the " + word + "relay").doesNotContain("Nothing else");
        assertThat(marks(text, page.getList("snippets.'" + id + "'.highlights"))).containsExactly(word + "relay", "trusted");
    }

    @Test
    void theTitleIsTheSnippetWhenTheSummaryHasNoneOfTheWords() {
        String word = word();
        Map<String, Object> body = Api.standard(Api.uniqueIdentifier());
        body.put("title", "Trusted node " + word + " requirements");
        body.put("summary", "Nothing of the query here.");
        String id = Api.createId(body);

        JsonPath page = given().queryParam("q", "\"node " + word + "\"").queryParam("snippets", "true")
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("snippets.'" + id + "'.field")).isEqualTo("title");
        assertThat(page.getString("snippets.'" + id + "'.text")).isEqualTo("Trusted node " + word + " requirements");
        assertThat(marks(page.getString("snippets.'" + id + "'.text"), page.getList("snippets.'" + id + "'.highlights")))
                .as("a phrase is one mark").containsExactly("node " + word);
    }

    @Test
    void aHitFoundByItsIdentifierAloneHasNoSnippet() {
        String identifier = Api.uniqueIdentifier();
        Map<String, Object> body = Api.standard(identifier);
        body.put("title", "Quantum key distribution: a test entry");
        String id = Api.createId(body);
        JsonPath page = given().queryParam("q", identifier).queryParam("snippets", "true")
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id")).first().isEqualTo(id);
        assertThat(page.getMap("snippets")).as("the identifier is no word of the title or summary").doesNotContainKey(id);
    }

    @Test
    void snippetsOnlyWhenAskedForAndOnlyForASearch() {
        given().queryParam("q", "key").when().get("/api/v1/standards")
                .then().statusCode(200).body("snippets", nullValue()).body("items", notNullValue());
        given().queryParam("q", "key").queryParam("snippets", "false").when().get("/api/v1/standards")
                .then().statusCode(200).body("snippets", nullValue());
        given().queryParam("snippets", "true").when().get("/api/v1/standards")
                .then().statusCode(200).body("snippets", nullValue());
    }

    @Test
    void aBadSnippetsValueIsAProblemNamingTheParameter() {
        given().queryParam("q", "key").queryParam("snippets", "yes").when().get("/api/v1/standards")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", is("snippets"));
        given().queryParam("q", "key").queryParam("snippets", "true").queryParam("snippets", "true").when().get("/api/v1/standards")
                .then().statusCode(400).body("parameter", is("snippets"));
    }

    /** A word no other entry has: letters only, so that it is one search word. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16))); // a hex digit as one of the letters a to p
        }
        return word.toString();
    }

    private static List<String> marks(String text, List<Map<String, Integer>> highlights) {
        return highlights.stream().map(h -> text.substring(h.get("start"), h.get("end"))).toList();
    }
}
