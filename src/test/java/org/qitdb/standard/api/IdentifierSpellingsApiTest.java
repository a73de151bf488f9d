package org.qitdb.standard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.standard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The identifier rules hold wherever an identifier is read: lookup, upsert by natural key, duplicate detection on
 * create, and search — on the seeded entries as SDOs and their members write them.
 */
@QuarkusTest
class IdentifierSpellingsApiTest {

    private static ExtractableResponse<Response> lookup(String organization, String identifier) {
        return given().queryParam("organization", organization).queryParam("identifier", identifier)
                .when().get("/api/v1/standards/lookup").then().extract();
    }

    private static String idOf(String organization, String identifier) {
        ExtractableResponse<Response> found = lookup(organization, identifier);
        assertThat(found.statusCode()).as("%s %s", organization, identifier).isEqualTo(200);
        return found.path("id");
    }

    @Test
    void lookupFindsEtsiNumbersWithOrWithoutTheSpace() {
        String id = idOf("ETSI", "TS 103 744");
        for (String spelling : List.of("TS 103744", "ts103744", "ETSI TS 103 744", "TS 103 744 V1.2.1")) {
            assertThat(idOf("ETSI", spelling)).as(spelling).isEqualTo(id);
        }
        assertThat(lookup("ETSI", "TS 103-744").statusCode()).isEqualTo(404);
    }

    @Test
    void lookupReportsTheEditionItWasWrittenWith() {
        ExtractableResponse<Response> etsi = lookup("ETSI", "ETSI GS QKD 014 V1.1.1");
        assertThat(etsi.statusCode()).isEqualTo(200);
        assertThat(etsi.header("Identifier-Edition")).isEqualTo("V1.1.1");
        assertThat(etsi.<String>path("identifier")).isEqualTo("GS QKD 014");
        assertThat(etsi.<String>path("version")).isEqualTo("1.1.1");

        ExtractableResponse<Response> iso = lookup("ISO/IEC", "ISO/IEC 23837-1:2023");
        assertThat(iso.<String>path("identifier")).isEqualTo("23837-1");
        assertThat(iso.header("Identifier-Edition")).isEqualTo("2023");

        ExtractableResponse<Response> plain = lookup("ETSI", "GS QKD 014");
        assertThat(plain.header("Identifier-Edition")).isNull();
    }

    @Test
    void lookupFindsPartsInAnySpelling() {
        String amendment = idOf("ITU-T", "Y.3804 Amd.1");
        for (String spelling : List.of("Y.3804 Amd 1", "Y.3804/Amd.1", "Y.3804 Amendment 1", "Amendment 1 to ITU-T Y.3804")) {
            assertThat(idOf("ITU-T", spelling)).as(spelling).isEqualTo(amendment);
        }
        String corrigendum = idOf("ITU-T", "Y.3800 Cor.1");
        assertThat(idOf("ITU-T", "Y.3800 Corrigendum 1")).isEqualTo(corrigendum);
        assertThat(corrigendum).isNotEqualTo(idOf("ITU-T", "Y.3800"));
    }

    @Test
    void anInternetDraftIsFoundByAnyRevisionAndAnRfcByTheDraftItWas() {
        String draft = idOf("IRTF", "draft-lopez-qirg-qi-multiplane-arch");
        assertThat(idOf("IRTF", "draft-lopez-qirg-qi-multiplane-arch-04")).isEqualTo(draft);
        assertThat(lookup("IRTF", "draft-lopez-qirg-qi-multiplane-arch-04").header("Identifier-Edition")).isEqualTo("04");

        String rfc = idOf("IRTF", "RFC 9340");
        assertThat(idOf("IRTF", "draft-irtf-qirg-principles")).isEqualTo(rfc);
        assertThat(idOf("IRTF", "draft-irtf-qirg-principles-11")).isEqualTo(rfc);
        assertThat(idOf("IETF", "draft-ietf-pquip-pqc-engineers-14")).isEqualTo(idOf("IETF", "RFC 9958"));
    }

    @Test
    void createRefusesAnotherSpellingOfASeededIdentifier() {
        String id = idOf("ETSI", "TR 103 619");
        Map<String, Object> body = standard("TR 103619");
        body.put("organization", "ETSI");
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(409).contentType("application/problem+json").body("existingId", is(id));
        body.put("identifier", "ETSI TR 103 619 V1.1.1 (2020-07)");
        asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/v1/standards")
                .then().statusCode(409).body("existingId", is(id));
    }

    @Test
    void upsertFindsTheEntryWhateverSpellingThePathUses() {
        int a = ThreadLocalRandom.current().nextInt(100, 999);
        int b = ThreadLocalRandom.current().nextInt(100, 999);
        String written = "KO " + a + " " + b;
        Map<String, Object> body = standard(written);
        String created = asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/TTA/standards/{identifier}", written)
                .then().statusCode(201).extract().path("id");
        body.put("title", "Retitled through another spelling");
        asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organizations/TTA/standards/{identifier}", "ko" + a + b)
                .then().statusCode(200).body("id", is(created)).body("title", is("Retitled through another spelling"))
                .body("identifier", is(written));
        Map<String, Object> versioned = standard("KO " + a + b + " V1.2.3");
        versioned.put("title", "Retitled with a version in the path");
        asAdmin().contentType(ContentType.JSON).body(versioned)
                .when().put("/api/v1/organizations/TTA/standards/{identifier}", "KO " + a + b + " V1.2.3")
                .then().statusCode(200).body("id", is(created));
    }

    @Test
    void searchFindsEtsiNumbersWrittenWithoutTheSpace() {
        String id = idOf("ETSI", "TS 103 744");
        for (String q : List.of("ts103744", "TS 103744", "TS 103 744")) {
            List<String> ids = given().queryParam("q", q).queryParam("size", 100).when().get("/api/v1/standards")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
            assertThat(ids).as(q).contains(id);
        }
    }
}
