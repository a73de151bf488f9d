package org.qitdb.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fresh start: the seed brings every entry of the shipped file, each with a provenance that names the file and
 * its confidence, and the seed API shows where each came from.
 */
@QuarkusTest
class SeedApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode resource(String name) {
        try (InputStream in = SeedApiTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath lookup(String organization, String identifier) {
        return given().queryParam("organization", organization).queryParam("identifier", identifier)
                .when().get("/api/v1/standards/lookup").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyEntryOfTheShippedFileIsSeededWithItsFileAndConfidence() {
        JsonNode standards = resource("/seed/qit-standards.json");
        JsonNode described = resource("/seed/qit-standards.sources.json").path("entries");
        assertThat(described.size()).isEqualTo(standards.size());
        List<Map<String, Object>> entries = given().when().get("/api/v1/seed/entries").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(entries).hasSize(standards.size());
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.get("organization") + " " + e.get("identifier"), e));
        for (int i = 0; i < standards.size(); i++) {
            JsonNode standard = standards.get(i);
            String key = standard.path("organization").asText() + " " + standard.path("identifier").asText();
            Map<String, Object> entry = byKey.get(key);
            assertThat(entry).as(key).isNotNull();
            assertThat(entry.get("confidence")).as(key).isEqualTo(described.get(i).path("confidence").asText());
            assertThat(entry.get("sourceFile")).isEqualTo("qit-standards.json");
            assertThat(entry.get("edition")).isEqualTo(2);
            assertThat(entry.get("standardId")).as(key).isNotNull();
        }
    }

    @Test
    void aSeededEntryNamesItsSourceFileAndConfidenceAndShowsItsSources() {
        JsonPath rfc = lookup("IETF", "RFC 9958");
        assertThat(rfc.getString("provenance")).isEqualTo("seed 2 (qit-standards.json, confidence: high)");
        JsonPath sources = given().when().get("/api/v1/seed/entries/" + rfc.getString("id")).then().statusCode(200).extract().jsonPath();
        assertThat(sources.getString("confidence")).isEqualTo("high");
        assertThat(sources.getString("origin")).isEqualTo("new");
        assertThat(sources.getList("sources", String.class)).isNotEmpty().anySatisfy(s -> assertThat(s).contains("rfc9958"));

        JsonPath medium = lookup("ITU-T", "Y.3800 Cor.1");
        assertThat(medium.getString("provenance")).isEqualTo("seed 2 (qit-standards.json, confidence: medium)");
        given().when().get("/api/v1/seed/entries/" + medium.getString("id")).then().statusCode(200)
                .body("confidence", org.hamcrest.Matchers.is("medium"));
    }

    @Test
    void anEntryTheSeedDidNotBringHasNoSeedRecord() {
        given().when().get("/api/v1/seed/entries/01a231b5-0000-7000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/seed/entries/not-an-id").then().statusCode(404);
    }

    @Test
    void pendingCorrectionsAreForAdminsAndNoneOnAFreshStart() {
        given().when().get("/api/v1/seed/corrections").then().statusCode(401);
        asAdmin().when().get("/api/v1/seed/corrections").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void anEntryWithAnUnconfirmedTitleIsNotInTheShippedFile() {
        // edition 2 drops Q.4165, whose title no source gives in full
        given().queryParam("organization", "ITU-T").queryParam("identifier", "Q.4165")
                .when().get("/api/v1/standards/lookup").then().statusCode(404);
    }
}
