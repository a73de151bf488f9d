package org.qitdb.export.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qitdb.support.SeedSample;

/** Exports: every format, the /standards filters, a download name, and a CSV that loads back unchanged. */
@QuarkusTest
class ExportApiTest {

    @Test
    void csvExportLoadsBackWithEveryRowUnchanged() {
        String csv = given().queryParam("format", "csv").queryParam("organization", "ITU-T").get("/api/v1/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"qitdb-standards-"))
                .extract().asString();
        int itut = SeedSample.ofOrganization("ITU-T");
        assertThat(csv.lines().count()).isGreaterThan(itut); // header + the entries (some cells hold line breaks)
        JsonPath report = asAdmin().contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/submissions?organization=ITU-T&reference=roundtrip&dryRun=true")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("counts.received")).as(report.prettify()).isEqualTo(itut);
        assertThat(report.getInt("counts.unchanged")).isEqualTo(itut);
        assertThat(report.getList("errors")).isEmpty();
    }

    @Test
    void ndjsonAndJsonExportsCarryEveryMatchingEntry() throws Exception {
        String ndjson = given().queryParam("format", "ndjson").queryParam("organization", "IRTF").get("/api/v1/export")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(SeedSample.ofOrganization("IRTF"));
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines) {
            assertThat(mapper.readTree(line).get("organization").asText()).isEqualTo("IRTF");
        }
        String json = given().queryParam("format", "json").queryParam("topic", "qkdn").queryParam("status", "in-development")
                .get("/api/v1/export").then().statusCode(200).extract().asString();
        List<Map<String, Object>> entries = mapper.readValue(json, List.class);
        int expected = given().queryParam("topic", "qkdn").queryParam("status", "in-development").get("/api/v1/standards")
                .then().extract().path("page.totalItems");
        assertThat(entries).hasSize(expected).allSatisfy(e -> assertThat(e.get("status")).isEqualTo("in-development"));
    }

    @Test
    void exportRefusesBadParameters() {
        given().queryParam("format", "xlsx").get("/api/v1/export").then().statusCode(400).body("parameter", is("format"));
        given().queryParam("size", "5").get("/api/v1/export").then().statusCode(400).body("parameter", is("size"));
        given().queryParam("status", "bogus").get("/api/v1/export").then().statusCode(400).contentType("application/problem+json");
    }
}
