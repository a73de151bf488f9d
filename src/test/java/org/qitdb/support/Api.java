package org.qitdb.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared helpers of the HTTP tests: authenticated requests and fresh, unique entries. */
public final class Api {

    /** The admin token of the test profile (application.properties, %test). */
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    /** An identifier no other test uses: TTA (an organization the sample data does not use) and a fresh number. */
    public static String uniqueIdentifier() {
        return "TTAK.QT-" + (COUNTER.incrementAndGet() + 1000) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid standard body of TTA, which the sample data never uses, so tests cannot collide with it. */
    public static Map<String, Object> standard(String identifier) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", "TTA");
        body.put("identifier", identifier);
        body.put("title", "Quantum key distribution test entry " + identifier);
        body.put("documentType", "national-standard");
        body.put("status", "published");
        body.put("publicationDate", "2024-05");
        body.put("topics", new ArrayList<>(List.of("qkdn-key-management")));
        body.put("keywords", new ArrayList<>(List.of("key relay")));
        return body;
    }

    public static ExtractableResponse<Response> create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/standards")
                .then().statusCode(201).extract();
    }

    public static String createId(Map<String, Object> body) {
        return create(body).path("id");
    }

    /**
     * A group of the organization that no other test uses, created by the admin; its code. Tests write representatives
     * into such groups of TTA, TEC or CCSA, so that their counts cannot collide.
     */
    public static String uniqueGroup(String organization) {
        String code = "RG-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("organization", organization, "code", code, "name", "Test group " + code))
                .when().post("/api/v1/groups")
                .then().statusCode(201);
        return code;
    }

    /** A valid representative body for a group, with a name no other test uses. */
    public static Map<String, Object> representative(String organization, String group) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", organization);
        body.put("group", group);
        body.put("name", "Representative " + suffix);
        body.put("role", "Rapporteur");
        body.put("affiliation", "Test Institute");
        body.put("email", "rep-" + suffix + "@example.org");
        body.put("since", "2024-01-15");
        body.put("appointedBy", "email");
        return body;
    }

    public static String createRepresentativeId(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/representatives")
                .then().statusCode(201).extract().path("id");
    }

    /** A fresh editor token scoped to the organizations: its secret. */
    public static String editorToken(String name, List<String> organizations) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + "-" + UUID.randomUUID().toString().substring(0, 6), "role", "editor",
                        "organizations", organizations))
                .when().post("/api/v1/tokens")
                .then().statusCode(201).extract().path("token");
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A cursor at the current end of the feed. */
    public static String endOfFeed() {
        String cursor = null;
        while (true) {
            var request = io.restassured.RestAssured.given().queryParam("limit", 1000);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            io.restassured.path.json.JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }
}
