package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The walk against the packaged jar under the {@code agreed} inclusion policy, then a restart: the register
 * (statement, representative, answer, ETSI's agreement and what it makes public) and its history survive, and the seed
 * is not repeated.
 */
class CoordinationRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERENCE = "ETSI-ISGQKD-LS-RESTART";

    @Test
    void theRegisterAndWhatItMakesPublicSurviveARestart() throws Exception {
        try (PackagedService service = new PackagedService(Map.of("QITDB_INCLUSION_POLICY", "agreed"))) {
            service.start();
            assertThat(organizationsListed(service)).containsExactly("ITU-T");

            JsonNode rep = created(service.write("POST", "/api/v1/representatives", JSON.writeValueAsString(Map.of("organization", "ETSI",
                    "group", "ISG QKD", "name", "Restart Test Contact", "appointedBy", REFERENCE))));
            JsonNode statement = created(service.write("POST", "/api/v1/liaison-statements", JSON.writeValueAsString(Map.of(
                    "reference", REFERENCE, "direction", "incoming", "from", Map.of("organization", "ETSI", "group", "ISG QKD"),
                    "to", List.of(Map.of("organization", "ITU-T", "group", "JCA-QKDN")), "date", "2023-07-14",
                    "subject", "Reply to JCA-QKDN-LS1: agreement to inclusion and contact point", "inReplyTo", "JCA-QKDN-LS1",
                    "inclusion", "agreed", "concerns", Map.of("representatives", List.of(rep.path("id").asText()))))));
            String q4 = questionId(service, 4);
            created(service.write("POST", "/api/v1/coordination-questions/" + q4 + "/answers", JSON.writeValueAsString(Map.of(
                    "organization", "ETSI", "group", "ISG QKD", "via", REFERENCE, "summary", "Overlap limited to key delivery"))));
            assertThat(organizationsListed(service)).contains("ITU-T", "ETSI");
            checkRegister(service, statement.path("id").asText(), q4);

            service.stop();
            service.start();
            checkRegister(service, statement.path("id").asText(), q4);
            assertThat(organizationsListed(service)).as("ETSI's entries stay public").contains("ITU-T", "ETSI");
            assertThat(json(service.get("/api/v1/meetings")).path("page").path("totalItems").asInt()).as("seeded once").isEqualTo(2);
            assertThat(json(service.get("/api/v1/coordination-questions")).path("page").path("totalItems").asInt()).isEqualTo(13);
            JsonNode history = json(service.get("/api/v1/coordination-history?size=100"));
            List<String> writes = new ArrayList<>();
            history.path("items").forEach(c -> writes.add(c.path("type").asText() + " " + c.path("label").asText()));
            assertThat(writes).contains("created " + REFERENCE, "updated Q4", "created JCA-QKDN-LS1", "created JCA-QKDN-1");
        }
    }

    private static void checkRegister(PackagedService service, String statementId, String q4) throws Exception {
        JsonNode statement = json(service.get("/api/v1/liaison-statements/" + statementId));
        assertThat(statement.path("reference").asText()).isEqualTo(REFERENCE);
        assertThat(statement.path("inclusion").asText()).isEqualTo("agreed");
        JsonNode etsi = json(service.get("/api/v1/participation?organization=ETSI")).path("items").path(0);
        assertThat(etsi.path("inclusion").path("status").asText()).isEqualTo("agreed");
        assertThat(etsi.path("representatives").path(0).path("name").asText()).isEqualTo("Restart Test Contact");
        assertThat(etsi.path("entries").asLong()).isPositive();
        JsonNode question = json(service.get("/api/v1/coordination-questions/" + q4));
        assertThat(question.path("answers").path(0).path("viaStatementId").asText()).isEqualTo(statementId);
        List<String> unanswered = new ArrayList<>();
        json(service.get("/api/v1/participation?unanswered=JCA-QKDN-LS1&size=500")).path("items")
                .forEach(row -> unanswered.add(row.path("organization").asText()));
        assertThat(unanswered).contains("IEEE", "CCSA").doesNotContain("ETSI", "ITU-T");
        List<String> deferred = new ArrayList<>();
        JsonNode meetings = json(service.get("/api/v1/meetings"));
        for (JsonNode meeting : meetings.path("items")) {
            if (meeting.path("code").asText().equals("JCA-QKDN-1")) {
                meeting.path("documents").forEach(d -> {
                    if (d.path("status").asText().equals("deferred")) {
                        deferred.add(d.path("source").path("organization").asText() + " " + d.path("source").path("group").asText());
                    }
                });
            }
        }
        assertThat(deferred).containsExactly("IEC TC 86", "ISO/IEC JTC 1/SC 27");
    }

    private static List<String> organizationsListed(PackagedService service) throws Exception {
        List<String> organizations = new ArrayList<>();
        json(service.get("/api/v1/standards?size=1&facets=organization")).path("facets").path("organization")
                .forEach(f -> organizations.add(f.path("value").asText()));
        return organizations;
    }

    private static String questionId(PackagedService service, int number) throws Exception {
        for (JsonNode q : json(service.get("/api/v1/coordination-questions?size=50")).path("items")) {
            if (q.path("number").asInt() == number) {
                return q.path("id").asText();
            }
        }
        throw new AssertionError("no question " + number);
    }

    private static JsonNode created(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
