package org.qitdb.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A copy of a database that the previous release seeded with edition 1 (82 entries) and then used: GS QKD 004 and
 * Y.3800 edited, GS QKD 012 deleted, TTAK.KO-12.0345 and NIST SP 800-208 written by hand, the group CEN-CENELEC JTC 22
 * deleted. Its next start brings edition 2 once: new entries, corrections of entries nobody touched as recorded
 * changes by "seed 2", the missing group; edited, deleted and taken entries kept, their corrections reported.
 */
@QuarkusTest
@TestProfile(SeedUpgradeTest.OldDatabase.class)
// the copy of an old installation is an H2 file (the embedded default); the PostgreSQL suite runs the same upgrade
// code on every fresh start and has no such copy to restore
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*postgres.*",
        disabledReason = "restores an H2 file")
class SeedUpgradeTest {

    /** Restores {@code upgrade/seed-edition-1.sql} (an H2 script of the old database) into a new file database. */
    public static class OldDatabase implements QuarkusTestProfile {

        private static String url;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", restored());
        }

        static synchronized String restored() {
            if (url == null) {
                try {
                    Path dir = Files.createDirectories(Path.of("target", "seed-upgrade", UUID.randomUUID().toString())).toAbsolutePath();
                    String base = "jdbc:h2:file:" + dir.resolve("qitdb") + ";LOCK_TIMEOUT=10000";
                    try (Connection c = DriverManager.getConnection(base, "qitdb", ""); Statement s = c.createStatement()) {
                        s.execute("RUNSCRIPT FROM 'classpath:upgrade/seed-edition-1.sql'");
                    }
                    url = base + ";DB_CLOSE_ON_EXIT=FALSE";
                } catch (Exception e) {
                    throw new IllegalStateException("cannot restore the old database", e);
                }
            }
            return url;
        }
    }

    @Inject
    SeedLoader seed;

    private static JsonPath lookup(String organization, String identifier) {
        return given().queryParam("organization", organization).queryParam("identifier", identifier)
                .when().get("/api/v1/standards/lookup").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> history(String id) {
        return given().when().get("/api/v1/standards/" + id + "/history").then().statusCode(200).extract().jsonPath().getList("revisions");
    }

    private static List<Map<String, Object>> corrections() {
        return asAdmin().when().get("/api/v1/seed/corrections").then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void bringsTheNewEntriesWithTheirGroupsAndSources() {
        JsonNode standards = SeedApiTest.resource("/seed/qit-standards.json");
        JsonNode described = SeedApiTest.resource("/seed/qit-standards.sources.json").path("entries");
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < standards.size(); i++) {
            if (described.get(i).path("origin").asText().equals("new")) {
                JsonNode s = standards.get(i);
                int status = given().queryParam("organization", s.path("organization").asText())
                        .queryParam("identifier", s.path("identifier").asText())
                        .when().get("/api/v1/standards/lookup").then().extract().statusCode();
                if (status != 200) {
                    missing.add(s.path("identifier").asText());
                }
            }
        }
        assertThat(missing).isEmpty();

        JsonPath tr = lookup("CEN-CENELEC", "TR 18202");
        assertThat(tr.getString("group")).as("the group the old database had lost is back").isEqualTo("JTC 22");
        assertThat(tr.getString("provenance")).isEqualTo("seed 2 (qit-standards.json, confidence: high)");
        List<Map<String, Object>> changes = history(tr.getString("id"));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("actor")).asString().startsWith("seed 2");
        given().when().get("/api/v1/seed/entries/" + tr.getString("id")).then().statusCode(200)
                .body("sources.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void correctsEntriesNobodyTouchedAsOneRecordedChangeBySeed2() {
        JsonPath rfc = lookup("IRTF", "RFC 9340");
        assertThat(rfc.getList("aliases", String.class)).contains("draft-irtf-qirg-principles");
        assertThat(rfc.getLong("revision")).isEqualTo(2);
        List<Map<String, Object>> changes = history(rfc.getString("id"));
        assertThat(changes).hasSize(2);
        assertThat(changes.stream().map(c -> String.valueOf(c.get("actor"))).toList())
                .containsExactlyInAnyOrder("seed", "seed 2 (qit-standards.json, confidence: high)");

        JsonPath p1913 = lookup("IEEE", "P1913");
        assertThat(p1913.getString("group")).isEqualTo("P1913 WG");
        assertThat(p1913.getString("provenance")).isEqualTo("seed 2 (qit-standards.json, confidence: low)");

        List<Map<String, Object>> feed = given().queryParam("limit", 1000).when().get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath().getList("changes");
        assertThat(feed.stream().filter(c -> rfc.getString("id").equals(String.valueOf(c.get("id")))
                && String.valueOf(((Map<?, ?>) c.get("standard")).get("provenance")).startsWith("seed 2"))).hasSize(1);
    }

    @Test
    void keepsWhatPeopleWroteAndReportsTheCorrectionsItDidNotApply() {
        JsonPath edited = lookup("ETSI", "GS QKD 004");
        assertThat(edited.getString("summary")).isEqualTo("Edited by an ETSI delegate before the second seed edition");
        assertThat(edited.getString("provenance")).isEqualTo("admin");
        assertThat(edited.getList("aliases", String.class)).doesNotContain("DGS/QKD-0004_APPLINTF");
        assertThat(lookup("ITU-T", "Y.3800").getList("keywords", String.class)).contains("edited");
        JsonPath handWritten = lookup("NIST", "SP 800-208");
        assertThat(handWritten.getString("title")).contains("written by hand");
        lookup("TTA", "TTAK.KO-12.0345");
        given().queryParam("organization", "ETSI").queryParam("identifier", "GS QKD 012")
                .when().get("/api/v1/standards/lookup").then().statusCode(404);
        // edition 2 drops Q.4165; the database keeps it
        lookup("ITU-T", "Q.4165");

        List<Map<String, Object>> pending = corrections();
        Map<String, String> kinds = new java.util.HashMap<>();
        pending.forEach(c -> kinds.put(c.get("organization") + " " + c.get("identifier"), String.valueOf(c.get("kind"))));
        assertThat(kinds).containsEntry("ETSI GS QKD 004", "edited").containsEntry("NIST SP 800-208", "taken")
                .containsEntry("ETSI GS QKD 012", "deleted").containsEntry("ITU-T Q.4165", "dropped")
                .doesNotContainKey("ITU-T Y.3800");
        Map<String, Object> qkd004 = pending.stream().filter(c -> "GS QKD 004".equals(c.get("identifier"))).findFirst().orElseThrow();
        List<Map<String, Object>> fields = (List<Map<String, Object>>) qkd004.get("fields");
        assertThat(fields).singleElement().satisfies(f -> {
            assertThat(f.get("field")).isEqualTo("aliases");
            assertThat(f.get("seed")).asList().contains("DGS/QKD-0004_APPLINTF");
        });
        given().when().get("/api/v1/seed/corrections").then().statusCode(401);
    }

    @Test
    void findsEntriesStoredUnderTheEarlierIdentifierRulesByTheCurrentOnes() {
        // stored as "ts103-744" by the previous release
        assertThat(lookup("ETSI", "TS 103744").getString("identifier")).isEqualTo("TS 103 744");
        List<String> found = given().queryParam("q", "ts103744").when().get("/api/v1/standards").then().statusCode(200)
                .extract().jsonPath().getList("items.identifier", String.class);
        assertThat(found).contains("TS 103 744");
    }

    @Test
    void happensOnce() {
        long before = given().queryParam("limit", 1000).when().get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath().getList("changes").size();
        int pending = corrections().size();
        assertThat(seed.seedOnce().ran()).isFalse();
        long after = given().queryParam("limit", 1000).when().get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath().getList("changes").size();
        assertThat(after).isEqualTo(before);
        assertThat(corrections()).hasSize(pending);
    }
}
