package org.qitdb.search.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Type-ahead suggestions and the similar entries of other organizations, both from the search index. */
@QuarkusTest
class DiscoveryApiTest {

    @Test
    void suggestionsOfferTheEntryWhoseIdentifierStartsLikeTheTextFirst() {
        given().queryParam("q", "y38").when().get("/api/v1/standards/suggest").then().statusCode(200)
                .body("size()", is(10)).body("[0].identifier", is("Y.3800"));
        given().queryParam("q", "Y.3800").when().get("/api/v1/standards/suggest").then().statusCode(200)
                .body("[0].identifier", is("Y.3800")).body("[0].organization", is("ITU-T"));
    }

    @Test
    void suggestionsFindTitlesByTheStartOfTheirWords() {
        String word = "pelican" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Framework for " + word + " networks");
        String id = createId(body);
        List<String> ids = given().queryParam("q", "framework " + word.substring(0, 10)).queryParam("limit", 3)
                .when().get("/api/v1/standards/suggest").then().statusCode(200).extract().jsonPath().getList("id", String.class);
        assertThat(ids).containsExactly(id);
    }

    @Test
    void suggestionsKeepComingWhileAZeroPaddedNumberIsTypedAndFindIdentifiersByTheirMiddle() {
        // on the way to "GS QKD 014", each step still offers ETSI's GS QKD entries, and the last one that entry first
        for (String typed : List.of("GS QKD", "GS QKD 0", "GS QKD 01", "GS QKD 014")) {
            List<String> identifiers = given().queryParam("q", typed).when().get("/api/v1/standards/suggest").then()
                    .statusCode(200).extract().jsonPath().getList("identifier", String.class);
            assertThat(identifiers).as("suggestions for '%s'", typed).isNotEmpty().allMatch(i -> i.startsWith("GS QKD"));
        }
        given().queryParam("q", "GS QKD 014").when().get("/api/v1/standards/suggest").then().statusCode(200)
                .body("[0].identifier", is("GS QKD 014"));
        List<String> inside = given().queryParam("q", "qkd 014").when().get("/api/v1/standards/suggest").then()
                .statusCode(200).extract().jsonPath().getList("identifier", String.class);
        assertThat(inside).contains("GS QKD 014");
    }

    @Test
    void suggestionsNeedATextAndABoundedLimit() {
        given().when().get("/api/v1/standards/suggest").then().statusCode(400);
        given().queryParam("q", "y38").queryParam("limit", 11).when().get("/api/v1/standards/suggest").then().statusCode(400);
        given().queryParam("q", "y38").queryParam("limit", 2).when().get("/api/v1/standards/suggest").then().statusCode(200)
                .body("size()", is(2));
    }

    @Test
    void similarEntriesAreOfOtherOrganizationsAndNameTheWordsTheyShare() {
        String rare = "gannet" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, Object> mine = standard(uniqueIdentifier());
        mine.put("organization", "TTA"); // organizations the sample data does not use: other tests count the sample
        mine.put("title", "Entanglement " + rare + " swapping for repeater chains");
        String mineId = createId(mine);
        Map<String, Object> theirs = standard(uniqueIdentifier());
        theirs.put("organization", "TEC");
        theirs.put("title", "Repeater chains with " + rare + " entanglement swapping");
        String theirsId = createId(theirs);
        Map<String, Object> sameOrganization = standard(uniqueIdentifier());
        sameOrganization.put("organization", "TTA");
        sameOrganization.put("title", "Another " + rare + " repeater");
        String sameId = createId(sameOrganization);

        JsonPath similar = given().when().get("/api/v1/standards/" + mineId + "/similar").then().statusCode(200)
                .extract().jsonPath();
        assertThat(similar.getString("[0].id")).isEqualTo(theirsId);
        assertThat(similar.getList("sharedTerms[0]", String.class)).contains(rare, "repeater", "swapping");
        assertThat(similar.getList("organization", String.class)).doesNotContain("TTA");
        assertThat(similar.getList("id", String.class)).doesNotContain(mineId, sameId);
        assertThat(similar.getDouble("[0].score")).isPositive();
    }

    @Test
    void similarEntriesAreFoundByWordsThatNameASubjectAndEachSaysWhatItShares() {
        String rare = "cormorant" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, Object> mine = standard(uniqueIdentifier());
        mine.put("organization", "TTA");
        mine.put("title", "Protocol based on " + rare + " and the key relay, using trusted nodes");
        String mineId = createId(mine);
        Map<String, Object> theirs = standard(uniqueIdentifier());
        theirs.put("organization", "TEC");
        theirs.put("title", "Trusted nodes and " + rare + " key relay based on a protocol");
        createId(theirs);

        JsonPath similar = given().when().get("/api/v1/standards/" + mineId + "/similar").then().statusCode(200)
                .extract().jsonPath();
        List<List<String>> shared = similar.getList("sharedTerms");
        assertThat(shared).isNotEmpty().allSatisfy(terms -> assertThat(terms).as("every similar entry names what it shares")
                .isNotEmpty().doesNotContain("and", "the", "based", "using", "on", "a"));
        assertThat(shared.get(0)).contains(rare, "relay", "trusted");
        // the seeded ETSI key delivery interface: what it shares with another organization's entry includes words of
        // identifiers too, and never comes back empty
        String etsi = given().queryParam("q", "GS QKD 014").when().get("/api/v1/standards/suggest").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        List<List<String>> seeded = given().when().get("/api/v1/standards/" + etsi + "/similar").then().statusCode(200)
                .extract().jsonPath().getList("sharedTerms");
        assertThat(seeded).isNotEmpty().allSatisfy(terms -> assertThat(terms).isNotEmpty().doesNotContain("and", "based"));
    }

    @Test
    void similarOfAnUnknownEntryIsNotFound() {
        given().when().get("/api/v1/standards/" + UUID.randomUUID() + "/similar").then().statusCode(404);
        given().when().get("/api/v1/standards/not-an-id/similar").then().statusCode(404);
        given().queryParam("limit", 0).when().get("/api/v1/standards/" + UUID.randomUUID() + "/similar").then().statusCode(400);
    }
}
