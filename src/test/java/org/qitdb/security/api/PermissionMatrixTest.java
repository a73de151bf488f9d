package org.qitdb.security.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qitdb.security.AdminToken;
import org.qitdb.security.store.ApiTokenEntity;
import org.qitdb.security.store.ApiTokenRepository;
import org.qitdb.support.Api;

/**
 * Who may write what: every kind of caller × every write endpoint × own and other organization. TTA is
 * "organization A", CCSA "B", TEC the other organization; the sample data uses none of them.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Who { NONE, BAD, REVOKED, EXPIRED, EDITOR_A, EDITOR_AB, ADMIN }

    static final Map<Who, String> TOKENS = new java.util.EnumMap<>(Who.class);

    @Inject
    ApiTokenRepository repository;

    @BeforeEach
    void issueTokens() {
        if (!TOKENS.isEmpty()) {
            return;
        }
        Map<Who, String> tokens = new java.util.EnumMap<>(Who.class);
        tokens.put(Who.BAD, "qitdb_not-a-token-at-all-not-a-token-at-all");
        tokens.put(Who.ADMIN, Api.ADMIN_TOKEN);
        tokens.put(Who.EDITOR_A, issue("matrix-editor-a", List.of("tta")));
        tokens.put(Who.EDITOR_AB, issue("matrix-editor-ab", List.of("TTA", "ccsa")));
        String revoked = issue("matrix-revoked", List.of("TTA"));
        String id = asAdmin().get("/api/v1/tokens").then().extract().path("find { it.name.startsWith('matrix-revoked') }.id");
        asAdmin().delete("/api/v1/tokens/" + id).then().statusCode(204);
        tokens.put(Who.REVOKED, revoked);
        String expired = "qitdb_expired-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ApiTokenEntity token = new ApiTokenEntity();
            token.id = UUID.randomUUID();
            token.name = "matrix-expired";
            token.role = "editor";
            token.organizations = List.of("TTA");
            token.tokenHash = HexFormat.of().formatHex(AdminToken.sha256(expired));
            token.createdAt = Instant.now().minusSeconds(7200);
            token.expiresAt = Instant.now().minusSeconds(3600);
            repository.persist(token);
        });
        tokens.put(Who.EXPIRED, expired);
        // every caller but the anonymous one holds a token that is really there: no silent "Bearer null"
        assertThat(tokens).hasSize(Who.values().length - 1).doesNotContainValue(null);
        TOKENS.putAll(tokens);
    }

    private static String issue(String name, List<String> organizations) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name + "-" + UUID.randomUUID().toString().substring(0, 6), "role", "editor", "organizations", organizations))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }

    static RequestSpecification as(Who who) {
        RequestSpecification request = given();
        return who == Who.NONE ? request : request.header("Authorization", "Bearer " + TOKENS.get(who));
    }

    /** An entry of the organization, created by the admin, as {id, identifier}. */
    static String[] entryOf(String organization) {
        String identifier = uniqueIdentifier();
        Map<String, Object> body = standard(identifier);
        body.put("organization", organization);
        String id = asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/standards").then().statusCode(201).extract().path("id");
        return new String[] {id, identifier};
    }

    static Map<String, Object> body(String organization, String identifier) {
        Map<String, Object> body = standard(identifier);
        body.put("organization", organization);
        return body;
    }

    /** Each write endpoint, for an organization: the request and the status it answers when allowed. */
    record Endpoint(String name, int allowed, BiFunction<Who, String, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> STANDARD_WRITES = List.of(
            new Endpoint("POST /standards", 201, (who, org) -> as(who).contentType(ContentType.JSON)
                    .body(body(org, uniqueIdentifier())).post("/api/v1/standards")),
            new Endpoint("PUT /standards/{id}", 200, (who, org) -> {
                String[] e = entryOf(org);
                Map<String, Object> b = body(org, e[1]);
                b.put("title", "changed");
                return as(who).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(b).put("/api/v1/standards/" + e[0]);
            }),
            new Endpoint("PATCH /standards/{id}", 200, (who, org) -> as(who).header("If-Match", "\"1\"")
                    .contentType("application/merge-patch+json").body("{\"title\":\"patched\"}").patch("/api/v1/standards/" + entryOf(org)[0])),
            new Endpoint("DELETE /standards/{id}", 204, (who, org) -> as(who).delete("/api/v1/standards/" + entryOf(org)[0])),
            new Endpoint("PUT /organizations/{org}/standards/{identifier}", 201, (who, org) -> {
                String identifier = uniqueIdentifier();
                return as(who).contentType(ContentType.JSON).body(body(org, identifier))
                        .put("/api/v1/organizations/" + org + "/standards/" + identifier);
            }),
            new Endpoint("POST /submissions", 201, (who, org) -> as(who).contentType("text/csv")
                    .body("organization,identifier,title,documentType,status,topics\n" + org + "," + uniqueIdentifier() + ",T,other,published,qkd\n")
                    .post("/api/v1/submissions?organization=" + org + "&reference=matrix")));

    /** A group of each organization of the matrix, for representatives (the sample data has none for them). */
    static final Map<String, String> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();

    static String groupOf(String organization) {
        return GROUPS.computeIfAbsent(organization, Api::uniqueGroup);
    }

    /** A representative of the organization, created by the admin; its id. */
    static String representativeOf(String organization) {
        return Api.createRepresentativeId(Api.representative(organization, groupOf(organization)));
    }

    static final List<Endpoint> REPRESENTATIVE_WRITES = List.of(
            new Endpoint("POST /representatives", 201, (who, org) -> as(who).contentType(ContentType.JSON)
                    .body(Api.representative(org, groupOf(org))).post("/api/v1/representatives")),
            new Endpoint("PUT /representatives/{id}", 200, (who, org) -> {
                Map<String, Object> b = Api.representative(org, groupOf(org));
                b.put("role", "Chair");
                return as(who).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(b)
                        .put("/api/v1/representatives/" + representativeOf(org));
            }),
            new Endpoint("PATCH /representatives/{id}", 200, (who, org) -> as(who).header("If-Match", "\"1\"")
                    .contentType("application/merge-patch+json").body("{\"role\":\"Chair\"}")
                    .patch("/api/v1/representatives/" + representativeOf(org))),
            new Endpoint("DELETE /representatives/{id}", 204, (who, org) -> as(who)
                    .delete("/api/v1/representatives/" + representativeOf(org))));

    static final List<Endpoint> ADMIN_WRITES = List.of(
            new Endpoint("POST /topics", 201, (who, org) -> as(who).contentType(ContentType.JSON)
                    .body(Map.of("slug", "matrix-" + UUID.randomUUID().toString().substring(0, 8), "label", "Matrix", "parent", "qit"))
                    .post("/api/v1/topics")),
            new Endpoint("PUT /organizations/{org}", 200, (who, org) -> as(who).contentType(ContentType.JSON)
                    .body(Map.of("code", "TEC", "slug", "tec", "name", "Telecommunication Engineering Centre (India)", "url", "https://www.tec.gov.in"))
                    .put("/api/v1/organizations/tec")),
            new Endpoint("POST /groups", 201, (who, org) -> as(who).contentType(ContentType.JSON)
                    .body(Map.of("organization", "TEC", "code", "WG-" + UUID.randomUUID().toString().substring(0, 8), "name", "Matrix WG"))
                    .post("/api/v1/groups")),
            new Endpoint("POST /tokens", 201, (who, org) -> as(who).contentType(ContentType.JSON)
                    .body(Map.of("name", "matrix-" + UUID.randomUUID(), "role", "editor", "organizations", List.of("TEC")))
                    .post("/api/v1/tokens")),
            new Endpoint("GET /tokens", 200, (who, org) -> as(who).get("/api/v1/tokens")));

    static Stream<Arguments> scopedWriteCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : Stream.concat(STANDARD_WRITES.stream(), REPRESENTATIVE_WRITES.stream()).toList()) {
            for (Who who : Who.values()) {
                for (String org : List.of("TTA", "TEC")) {
                    int expected = switch (who) {
                        case NONE, BAD, REVOKED, EXPIRED -> 401;
                        case EDITOR_A, EDITOR_AB -> org.equals("TTA") ? endpoint.allowed() : 403;
                        case ADMIN -> endpoint.allowed();
                    };
                    cases.add(Arguments.of(endpoint, who, org, expected));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0} of {2} → {3}")
    @MethodSource("scopedWriteCases")
    void standardAndRepresentativeWritesFollowTheOrganizationScope(Endpoint endpoint, Who who, String organization, int expected) {
        Response response = endpoint.call().apply(who, organization);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (expected == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    static Stream<Arguments> adminCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ADMIN_WRITES) {
            for (Who who : Who.values()) {
                int expected = switch (who) {
                    case NONE, BAD, REVOKED, EXPIRED -> 401;
                    case EDITOR_A, EDITOR_AB -> 403;
                    case ADMIN -> endpoint.allowed();
                };
                cases.add(Arguments.of(endpoint, who, expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0} → {2}")
    @MethodSource("adminCases")
    void referenceDataAndTokensAreForAdminsOnly(Endpoint endpoint, Who who, int expected) {
        Response response = endpoint.call().apply(who, "TEC");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
    }

    @Test
    void editorCannotMoveAnEntryToAnotherOrganization() {
        String[] entry = entryOf("TTA");
        as(Who.EDITOR_A).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body("TEC", entry[1]))
                .put("/api/v1/standards/" + entry[0]).then().statusCode(403);
        given().get("/api/v1/standards/" + entry[0]).then().statusCode(200).body("organization", org.hamcrest.Matchers.is("TTA"));
    }

    @Test
    void editorOfBothOrganizationsWritesBoth() {
        as(Who.EDITOR_AB).contentType(ContentType.JSON).body(body("CCSA", uniqueIdentifier())).post("/api/v1/standards")
                .then().statusCode(201);
        as(Who.EDITOR_A).contentType(ContentType.JSON).body(body("CCSA", uniqueIdentifier())).post("/api/v1/standards")
                .then().statusCode(403);
    }

    @Test
    void historyRecordsTheTokensName() {
        String id = as(Who.EDITOR_A).contentType(ContentType.JSON).body(body("TTA", uniqueIdentifier())).post("/api/v1/standards")
                .then().statusCode(201).extract().path("id");
        String name = asAdmin().get("/api/v1/tokens").then().extract().path("find { it.name.startsWith('matrix-editor-a-') }.name");
        given().get("/api/v1/standards/" + id).then().body("provenance", org.hamcrest.Matchers.is(name));
        given().get("/api/v1/standards/" + id + "/history").then().body("revisions[0].actor", org.hamcrest.Matchers.is(name));
    }

    @Test
    void tokensAreListedWithoutSecretsAndWithLastUse() {
        as(Who.EDITOR_A).contentType(ContentType.JSON).body(body("TTA", uniqueIdentifier())).post("/api/v1/standards").then().statusCode(201);
        String listing = asAdmin().get("/api/v1/tokens").then().statusCode(200).extract().asString();
        assertThat(listing).doesNotContain(TOKENS.get(Who.EDITOR_A)).doesNotContain("\"token\"").contains("lastUsedAt");
        assertThat(listing).doesNotContain("matrix-revoked");
    }

    @Test
    void invalidTokenRequestsAreRefused() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "editor")).post("/api/v1/tokens")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("organizations"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "god")).post("/api/v1/tokens")
                .then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "role", "editor", "organizations", List.of("TTA"),
                "expiresAt", "2001-01-01T00:00:00Z")).post("/api/v1/tokens").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("expiresAt"));
        asAdmin().delete("/api/v1/tokens/" + UUID.randomUUID()).then().statusCode(404);
    }
}
