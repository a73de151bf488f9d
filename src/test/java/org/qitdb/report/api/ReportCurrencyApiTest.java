package org.qitdb.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The draft's scope and overlap are read from the search index: an acknowledged write is in the very next draft, on
 * this instance, without waiting for anything. Written into a topic the sample hardly uses, by organizations it does
 * not use (TEC and QED-C), with a word no other entry has.
 */
@QuarkusTest
class ReportCurrencyApiTest {

    private static final String TOPIC = "quantum-random-number-generation";

    private static JsonPath draftOf(String topic) {
        return given().accept(ContentType.JSON).queryParam("since", "2024-01-01").queryParam("topic", topic)
                .when().get("/api/v1/reports/draft").then().statusCode(200).extract().jsonPath();
    }

    private static long apiEntriesOf(JsonPath report, String organization) {
        Object count = report.get("scope.organizations.find { it.code == '" + organization + "' }.bySource.api");
        return count == null ? 0 : ((Number) count).longValue();
    }

    private static Map<String, Object> entry(String organization, String title) {
        Map<String, Object> body = Api.standard(Api.uniqueIdentifier().replace("TTAK.QT", organization));
        body.put("organization", organization);
        body.put("title", title);
        body.put("topics", new ArrayList<>(List.of(TOPIC)));
        body.put("keywords", new ArrayList<>(List.of()));
        return body;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWriteIsInTheNextDraftsScopeAndOverlapPairs() {
        JsonPath before = draftOf(TOPIC);
        // a word of letters only that no entry has, so that the pair it makes is the rarest-shared of all
        String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String tec = Api.createId(entry("TEC", "Health tests of " + word + " entropy sources for random number generators"));
        String qed = Api.createId(entry("QED-C", "Entropy sources of " + word + " random number generators: health tests"));

        JsonPath after = draftOf(TOPIC);
        assertThat(apiEntriesOf(after, "TEC")).isEqualTo(apiEntriesOf(before, "TEC") + 1);
        assertThat(apiEntriesOf(after, "QED-C")).isEqualTo(apiEntriesOf(before, "QED-C") + 1);
        List<Map<String, Object>> pairs = after.getList("overlap.pairs");
        Map<String, Object> pair = pairs.stream()
                .filter(p -> List.of(((Map<String, Object>) p.get("first")).get("id"), ((Map<String, Object>) p.get("second")).get("id"))
                        .containsAll(List.of(tec, qed)))
                .findFirst().orElseThrow(() -> new AssertionError("the new pair is not listed: " + pairs));
        assertThat((List<String>) pair.get("sharedTerms")).contains(word, "entropy", "health");
        assertThat(((Number) pair.get("score")).doubleValue()).isGreaterThan(0.9);
        assertThat(before.getList("overlap.pairs.collect { it.first.id }", String.class)).doesNotContain(tec, qed);

        // and a removed entry leaves both
        Api.asAdmin().when().delete("/api/v1/standards/" + qed).then().statusCode(204);
        JsonPath removed = draftOf(TOPIC);
        assertThat(apiEntriesOf(removed, "QED-C")).isEqualTo(apiEntriesOf(before, "QED-C"));
        assertThat(removed.getList("overlap.pairs.collect { it.first.id }", String.class)).doesNotContain(qed);
        assertThat(removed.getList("overlap.pairs.second.id", String.class)).doesNotContain(qed);
    }
}
