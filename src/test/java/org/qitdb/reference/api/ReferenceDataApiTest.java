package org.qitdb.reference.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.create;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organizations, groups and topics: public reads by any name, admin writes, and refusal to delete what is in use. */
@QuarkusTest
class ReferenceDataApiTest {

    @Test
    void listsTheSeededOrganizations() {
        given().when().get("/api/v1/organizations").then().statusCode(200)
                .body("code", hasItems("ITU-T", "ETSI", "ISO/IEC", "IEEE", "IETF", "IRTF", "CEN-CENELEC", "CCSA", "NIST"));
    }

    @Test
    void findsAnOrganizationByCodeSlugNameOrAliasInAnyCase() {
        for (String name : List.of("itu-t", "ITU", "international telecommunication union - telecommunication standardization sector")) {
            given().urlEncodingEnabled(true).when().get("/api/v1/organizations/{name}", name)
                    .then().statusCode(200).body("code", is("ITU-T"));
        }
        given().when().get("/api/v1/organizations/nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void groupsOfAnOrganizationIncludingCodesWithSlashes() {
        given().queryParam("organization", "etsi").when().get("/api/v1/groups").then().statusCode(200)
                .body("organization", hasItem("ETSI")).body("organization", not(hasItem("ITU-T")))
                .body("code", hasItems("ISG QKD", "TC CYBER"));
        given().urlEncodingEnabled(false).when().get("/api/v1/groups/iso-iec/JTC%201/SC%2027").then().statusCode(200)
                .body("code", is("JTC 1/SC 27")).body("organization", is("ISO/IEC"));
        given().urlEncodingEnabled(false).when().get("/api/v1/groups/itu-t/sg13").then().statusCode(200).body("code", is("SG13"));
        given().when().get("/api/v1/groups/itu-t/SG99").then().statusCode(404);
    }

    @Test
    void topicsFormATree() {
        given().when().get("/api/v1/topics").then().statusCode(200)
                .body("slug", is(List.of("qit")))
                .body("[0].children.slug", hasItems("qkd", "quantum-safe-cryptography"))
                .body("[0].children.find { it.slug == 'qkd' }.children.slug", hasItem("qkdn"));
        given().when().get("/api/v1/topics/qkdn").then().statusCode(200)
                .body("parent", is("qkd")).body("children.slug", hasItem("qkdn-key-management"));
    }

    @Test
    void referenceWritesAreForAdminsOnly() {
        given().contentType(ContentType.JSON).body(Map.of("code", "XYZ", "name", "X")).when().post("/api/v1/organizations")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().delete("/api/v1/topics/qit").then().statusCode(401);
    }

    @Test
    void adminManagesAnOrganizationAndItsGroups() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", "QuIC", "name", "European Quantum Industry Consortium", "aliases", List.of("QuIC Standards")))
                .when().post("/api/v1/organizations")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/organizations/quic"))
                .body("slug", is("quic"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "QuIC2", "name", "Other", "aliases", List.of("quic standards")))
                .when().post("/api/v1/organizations").then().statusCode(409).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).body(Map.of("code", "", "name", "")).when().post("/api/v1/organizations")
                .then().statusCode(400).body("errors.field", hasItems("code", "name"));

        asAdmin().contentType(ContentType.JSON).body(Map.of("organization", "quic", "code", "WG Standards", "name", "Standards WG"))
                .when().post("/api/v1/groups").then().statusCode(201).body("organization", is("QuIC"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("organization", "quic", "code", "wg standards", "name", "Again"))
                .when().post("/api/v1/groups").then().statusCode(409);
        asAdmin().when().delete("/api/v1/organizations/quic").then().statusCode(409).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).body(Map.of("organization", "QuIC", "code", "WG Standards", "name", "Renamed WG"))
                .when().put("/api/v1/groups/quic/WG Standards").then().statusCode(200).body("name", is("Renamed WG"));
        asAdmin().when().delete("/api/v1/groups/quic/wg standards").then().statusCode(204);
        asAdmin().when().delete("/api/v1/organizations/QUIC").then().statusCode(204);
        given().when().get("/api/v1/organizations/quic").then().statusCode(404);
    }

    @Test
    void organizationsAndGroupsInUseCannotBeDeleted() {
        asAdmin().when().delete("/api/v1/organizations/etsi").then().statusCode(409).contentType("application/problem+json");
        asAdmin().when().delete("/api/v1/groups/etsi/ISG QKD").then().statusCode(409);
    }

    @Test
    void adminManagesTopicsWithoutCycles() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("slug", "qkdn-satellite", "label", "Satellite QKD networks", "parent", "qkdn"))
                .when().post("/api/v1/topics").then().statusCode(201).body("parent", is("qkdn"));
        given().when().get("/api/v1/topics/qkdn").then().body("children.slug", hasItem("qkdn-satellite"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("slug", "qkd", "label", "QKD", "parent", "qkdn-satellite"))
                .when().put("/api/v1/topics/qkd").then().statusCode(400).body("errors[0].field", is("parent"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("slug", "Bad Slug", "label", "x"))
                .when().post("/api/v1/topics").then().statusCode(400).body("errors[0].field", is("slug"));

        // a standard tagged with the new topic is found through its ancestors, and keeps the topic from deletion
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("topics", List.of("qkdn-satellite"));
        create(body);
        given().queryParam("topic", "qkd").queryParam("q", (String) body.get("identifier")).when().get("/api/v1/standards")
                .then().statusCode(200).body("page.totalItems", is(1));
        asAdmin().when().delete("/api/v1/topics/qkdn-satellite").then().statusCode(409);
        asAdmin().when().delete("/api/v1/topics/qkdn").then().statusCode(409);
    }
}
