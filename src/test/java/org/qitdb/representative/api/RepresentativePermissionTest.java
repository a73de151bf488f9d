package org.qitdb.representative.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createRepresentativeId;
import static org.qitdb.support.Api.editorToken;
import static org.qitdb.support.Api.representative;
import static org.qitdb.support.Api.uniqueGroup;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may change a representative: admins, and editors of its organization — of both organizations when it moves.
 * Everyone else is refused before anything changes. (PermissionMatrixTest runs the same writes for every kind of token.)
 */
@QuarkusTest
class RepresentativePermissionTest {

    private static final String PATH = "/api/v1/representatives";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String ttaEditor;
    private static String tecEditor;
    private static String bothEditor;
    private static String ttaGroup;
    private static String tecGroup;

    @BeforeEach
    void tokensAndGroups() {
        if (ttaEditor == null) {
            ttaEditor = editorToken("rep-editor-tta", List.of("TTA"));
            tecEditor = editorToken("rep-editor-tec", List.of("TEC"));
            bothEditor = editorToken("rep-editor-tta-tec", List.of("tta", "tec"));
            ttaGroup = uniqueGroup("TTA");
            tecGroup = uniqueGroup("TEC");
        }
    }

    @Test
    void anonymousWritesAreUnauthorized() {
        String id = createRepresentativeId(representative("TTA", ttaGroup));
        given().contentType(ContentType.JSON).body(representative("TTA", ttaGroup)).post(PATH).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer realm=\"qitdb\"");
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(representative("TTA", ttaGroup)).put(PATH + "/" + id)
                .then().statusCode(401);
        given().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"role\":\"x\"}").patch(PATH + "/" + id).then().statusCode(401);
        given().delete(PATH + "/" + id).then().statusCode(401);
        given().get(PATH + "/" + id).then().statusCode(200).body("revision", is(1));
    }

    @Test
    void editorsOfAnotherOrganizationCannotChangeIt() {
        String id = createRepresentativeId(representative("TTA", ttaGroup));
        withToken(tecEditor).contentType(ContentType.JSON).body(representative("TTA", ttaGroup)).post(PATH).then().statusCode(403)
                .contentType("application/problem+json").body("organization", is("TTA"));
        Map<String, Object> body = representative("TTA", ttaGroup);
        withToken(tecEditor).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body).put(PATH + "/" + id).then().statusCode(403);
        withToken(tecEditor).header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"role\":\"Usurper\"}").patch(PATH + "/" + id)
                .then().statusCode(403);
        // an invalid patch is refused for the scope first: an outsider learns nothing from validation messages
        withToken(tecEditor).header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"until\":\"1900-01-01\"}").patch(PATH + "/" + id)
                .then().statusCode(403);
        withToken(tecEditor).delete(PATH + "/" + id).then().statusCode(403);
        asAdmin().get(PATH + "/" + id).then().statusCode(200).body("revision", is(1)).body("role", is("Rapporteur"));
    }

    @Test
    void editorsOfTheOrganizationAndAdminsMaintainIt() {
        String id = withToken(ttaEditor).contentType(ContentType.JSON).body(representative("TTA", ttaGroup)).post(PATH)
                .then().statusCode(201).extract().path("id");
        String name = asAdmin().get("/api/v1/tokens").then().extract().path("find { it.name.startsWith('rep-editor-tta-') && !it.name.startsWith('rep-editor-tta-tec') }.name");
        given().get(PATH + "/" + id).then().body("provenance", is(name));
        withToken(ttaEditor).header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"role\":\"Vice-chair\"}").patch(PATH + "/" + id)
                .then().statusCode(200).body("role", is("Vice-chair"));
        Map<String, Object> body = representative("TTA", ttaGroup);
        body.put("role", "Chair");
        asAdmin().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(body).put(PATH + "/" + id).then().statusCode(200)
                .body("role", is("Chair")).body("provenance", is("admin"));
        given().get(PATH + "/" + id + "/history").then().body("revisions.actor", is(List.of(name, name, "admin")));
        withToken(ttaEditor).header("If-Match", "\"3\"").delete(PATH + "/" + id).then().statusCode(204);
        asAdmin().delete(PATH + "/" + createRepresentativeId(representative("TEC", tecGroup))).then().statusCode(204);
    }

    @Test
    void movingToAnotherOrganizationNeedsTheScopeOfBoth() {
        // into its own organization: the TTA editor cannot take over a TEC representative
        String tec = createRepresentativeId(representative("TEC", tecGroup));
        withToken(ttaEditor).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(representative("TTA", ttaGroup))
                .put(PATH + "/" + tec).then().statusCode(403);
        withToken(ttaEditor).header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body(Map.of("organization", "TTA", "group", ttaGroup)).patch(PATH + "/" + tec).then().statusCode(403);
        // out of its own organization: nor give one of its own away
        String tta = createRepresentativeId(representative("TTA", ttaGroup));
        withToken(ttaEditor).header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body(Map.of("organization", "TEC", "group", tecGroup)).patch(PATH + "/" + tta).then().statusCode(403);
        given().get(PATH + "/" + tec).then().body("organization", is("TEC")).body("revision", is(1));
        given().get(PATH + "/" + tta).then().body("organization", is("TTA")).body("revision", is(1));
        // an editor of both may move it
        withToken(bothEditor).header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body(Map.of("organization", "TEC", "group", tecGroup)).patch(PATH + "/" + tta).then().statusCode(200)
                .body("organization", is("TEC")).body("group", is(tecGroup));
        // a group of another organization is not a group of this one
        withToken(bothEditor).header("If-Match", "\"2\"").contentType(MERGE_PATCH).body(Map.of("organization", "TTA"))
                .patch(PATH + "/" + tta).then().statusCode(400).body("errors.field", is(List.of("group")));
    }
}
