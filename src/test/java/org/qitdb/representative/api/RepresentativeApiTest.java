package org.qitdb.representative.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createRepresentativeId;
import static org.qitdb.support.Api.representative;
import static org.qitdb.support.Api.uniqueGroup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The representatives directory: create, read, replace, merge-patch and delete with their preconditions; filters,
 * paging and ended appointments; every rejected input; the group view; and the ETSI ISG QKD question.
 */
@QuarkusTest
class RepresentativeApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PATH = "/api/v1/representatives";

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void createsReadsReplacesPatchesAndDeletesWithETags() {
        String group = uniqueGroup("TTA");
        Map<String, Object> body = representative("tta", group.toLowerCase());
        body.put("notes", "Prefers calls on Tuesdays");
        ExtractableResponse<Response> created = asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<String>path("organization")).isEqualTo("TTA");
        assertThat(created.<String>path("group")).as("the group as the reference data spells it").isEqualTo(group);
        assertThat(created.<String>path("email")).isEqualTo(body.get("email"));
        assertThat(created.<String>path("provenance")).isEqualTo("admin");

        asAdmin().when().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", is(body.get("name"))).body("role", is("Rapporteur")).body("since", is("2024-01-15"))
                .body("until", nullValue()).body("appointedBy", is("email")).body("notes", is("Prefers calls on Tuesdays"));
        given().header("If-None-Match", "\"1\"").when().get(PATH + "/" + id).then().statusCode(304);
        given().header("If-None-Match", "nonsense").when().get(PATH + "/" + id).then().statusCode(400)
                .contentType("application/problem+json");

        // PUT: If-Match required, stale or malformed refused, then a real change makes revision 2
        body.put("role", "Chair");
        asAdmin().contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        asAdmin().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id)
                .then().statusCode(412).body("currentRevision", is(1));
        asAdmin().header("If-Match", "seven").contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id)
                .then().statusCode(400).body("parameter", is("If-Match"));
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("role", is("Chair")).body("revision", is(2));
        // the same content again changes nothing
        asAdmin().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(body).when().put(PATH + "/" + id)
                .then().statusCode(200).body("revision", is(2));

        // PATCH: merge patch, null removes, If-Match as for PUT
        asAdmin().contentType(MERGE_PATCH).body("{\"affiliation\":null}").when().patch(PATH + "/" + id).then().statusCode(428);
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"affiliation\":null}").when().patch(PATH + "/" + id)
                .then().statusCode(412);
        asAdmin().header("If-Match", "\"2\"").contentType(MERGE_PATCH).body("{\"affiliation\":null,\"until\":\"2099-12-31\"}")
                .when().patch(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"3\"").body("affiliation", nullValue()).body("until", is("2099-12-31"))
                .body("email", is(body.get("email"))).body("notes", is("Prefers calls on Tuesdays"));
        asAdmin().header("If-Match", "\"3\"").contentType(MERGE_PATCH).body("[1]").when().patch(PATH + "/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().header("If-Match", "\"3\"").contentType(MERGE_PATCH).body("{\"colour\":\"blue\"}").when().patch(PATH + "/" + id)
                .then().statusCode(400).body("errors[0].field", is("colour"));

        // history: one revision per real change, with the fields that changed
        JsonPath history = asAdmin().when().get(PATH + "/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("revisions.revision", Integer.class)).containsExactly(1, 2, 3);
        assertThat(history.getList("revisions.type", String.class)).containsExactly("created", "updated", "updated");
        assertThat(history.getString("revisions[1].changes.role.from")).isEqualTo("Rapporteur");
        assertThat(history.getString("revisions[1].changes.role.to")).isEqualTo("Chair");
        assertThat(history.getMap("revisions[2].changes")).containsOnlyKeys("affiliation", "until");
        assertThat(history.getString("revisions[0].actor")).isEqualTo("admin");

        // DELETE: If-Match checked when sent; afterwards 404, and the history stays
        asAdmin().header("If-Match", "\"2\"").when().delete(PATH + "/" + id).then().statusCode(412);
        asAdmin().header("If-Match", "\"3\"").when().delete(PATH + "/" + id).then().statusCode(204);
        given().when().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
        asAdmin().when().delete(PATH + "/" + id).then().statusCode(404);
        given().when().get(PATH + "/" + id + "/history").then().statusCode(200).body("deleted", is(true))
                .body("revisions.type", hasItem("deleted"));
        given().when().get(PATH + "/" + UUID.randomUUID() + "/history").then().statusCode(404);
        given().when().get(PATH + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void concurrentWritersWithTheSameETagCannotBothWin() throws Exception {
        String id = createRepresentativeId(representative("TTA", uniqueGroup("TTA")));
        int writers = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String role = "Role " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body(Map.of("role", role))
                            .when().patch(PATH + "/" + id).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().when().get(PATH + "/" + id).then().body("revision", is(2));
        given().when().get(PATH + "/" + id + "/history").then().body("revisions.revision", is(List.of(1, 2)));
    }

    @Test
    void serverOwnedFieldsAreIgnoredSoAReadCanBeSentBack() {
        String id = createRepresentativeId(representative("TTA", uniqueGroup("TTA")));
        Map<String, Object> read = asAdmin().when().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        read.put("role", "Editor");
        read.put("revision", 99);
        asAdmin().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(read).when().put(PATH + "/" + id)
                .then().statusCode(200).body("role", is("Editor")).body("revision", is(2)).body("id", is(id));
    }

    @Test
    void listsFilterByOrganizationAndGroupInNameOrderAndPage() {
        String group = uniqueGroup("TEC");
        List<String> names = new ArrayList<>();
        for (String name : List.of("Carla Conti", "Alice Abel", "Bruno Bianchi")) {
            Map<String, Object> body = representative("TEC", group);
            body.put("name", name);
            createRepresentativeId(body);
            names.add(name);
        }
        String other = uniqueGroup("TEC");
        createRepresentativeId(representative("TEC", other));

        ExtractableResponse<Response> first = given().queryParam("organization", "tec").queryParam("group", group)
                .queryParam("size", 2).when().get(PATH).then().statusCode(200).extract();
        assertThat(first.<Integer>path("page.totalItems")).isEqualTo(3);
        assertThat(first.<Integer>path("page.totalPages")).isEqualTo(2);
        assertThat(first.<List<String>>path("items.name")).containsExactly("Alice Abel", "Bruno Bianchi");
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1");
        given().queryParam("organization", "TEC").queryParam("group", group).queryParam("size", 2).queryParam("page", 1)
                .when().get(PATH).then().statusCode(200).body("items.name", is(List.of("Carla Conti")))
                .body("page.number", is(1)).body("page.size", is(2));
        // the group alone finds it too (its code is unique), in any case
        given().queryParam("group", group.toLowerCase()).when().get(PATH).then().statusCode(200)
                .body("page.totalItems", is(3));
        // the organization alone includes the other group
        JsonPath tec = given().queryParam("organization", "TEC").queryParam("size", 500).when().get(PATH).then().statusCode(200)
                .extract().jsonPath();
        assertThat(tec.getList("items.group", String.class)).contains(group, other);
        assertThat(tec.getList("items.organization", String.class)).containsOnly("TEC");
    }

    @Test
    void badListParametersAreNamed() {
        given().queryParam("organization", "Nowhere Standards Body").when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("parameter", is("organization"))
                .body("detail", containsString("Nowhere Standards Body"));
        given().queryParam("organization", "ETSI").queryParam("group", "SG13").when().get(PATH).then().statusCode(400)
                .body("parameter", is("group")).body("detail", containsString("'SG13' is not a group of ETSI"));
        given().queryParam("group", "No Such Group").when().get(PATH).then().statusCode(400)
                .body("parameter", is("group")).body("detail", containsString("No Such Group"));
        given().queryParam("active", "sometimes").when().get(PATH).then().statusCode(400).body("parameter", is("active"));
        given().queryParam("size", 501).when().get(PATH).then().statusCode(400).body("parameter", is("size"));
        given().queryParam("page", -1).when().get(PATH).then().statusCode(400).body("parameter", is("page"));
        given().queryParam("organization", "TTA").queryParam("organization", "TEC").when().get(PATH).then().statusCode(400)
                .body("parameter", is("organization"));
        given().queryParam("sort", "name").when().get(PATH).then().statusCode(400).body("parameter", is("sort"));
    }

    @Test
    void endedAppointmentsAreListedSeparately() {
        String group = uniqueGroup("CCSA");
        String ongoing = named("CCSA", group, "Ongoing", null);
        String endsToday = named("CCSA", group, "Ends today", today());
        String endsLater = named("CCSA", group, "Ends later", today().plusYears(1));
        String ended = named("CCSA", group, "Ended", today().minusDays(1));

        assertThat(ids(group, null)).containsExactlyInAnyOrder(ongoing, endsToday, endsLater);
        assertThat(ids(group, "true")).containsExactlyInAnyOrder(ongoing, endsToday, endsLater);
        assertThat(ids(group, "false")).containsExactly(ended);
        assertThat(ids(group, "all")).containsExactlyInAnyOrder(ongoing, endsToday, endsLater, ended);
        // an ended appointment still answers by id
        given().when().get(PATH + "/" + ended).then().statusCode(200).body("until", is(today().minusDays(1).toString()));

        // ending an appointment moves it from one list to the other
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH)
                .body(Map.of("until", today().minusDays(2).toString())).when().patch(PATH + "/" + ongoing).then().statusCode(200);
        assertThat(ids(group, null)).containsExactlyInAnyOrder(endsToday, endsLater);
        assertThat(ids(group, "false")).containsExactlyInAnyOrder(ended, ongoing);
    }

    @Test
    void invalidBodiesNameEveryBadField() {
        Map<String, Object> body = representative("Nowhere Standards Body", "WG 1");
        asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", is(List.of("organization"))).body("detail", containsString("Nowhere Standards Body"));

        body = representative("TTA", "No Such Group");
        asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .body("errors.field", is(List.of("group"))).body("detail", containsString("'No Such Group' is not a group of TTA"));

        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x".repeat(201), "notes", "n".repeat(4001),
                        "role", "r".repeat(201), "affiliation", "a".repeat(301), "appointedBy", "b".repeat(301)))
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", is(List.of("organization", "group", "name", "role", "affiliation", "appointedBy", "notes")));
        asAdmin().contentType(ContentType.JSON).body(Map.of("organization", "TTA", "group", uniqueGroup("TTA")))
                .when().post(PATH).then().statusCode(400).body("errors.field", is(List.of("name")))
                .body("errors[0].message", is("is required"));
    }

    @Test
    void malformedEmailAddressesAreRefusedWithoutEchoingThem() {
        String group = uniqueGroup("TTA");
        for (String email : List.of("plainaddress", "two@@example.org", "a@b@example.org", "@example.org", "jane@", "jane@localhost",
                "jane doe@example.org", "jane@exa mple.org", "jane@.example.org", "jane@example..org", "jane@example.org.",
                "<jane@example.org>", "j".repeat(250) + "@x.org")) {
            Map<String, Object> body = representative("TTA", group);
            body.put("email", email);
            String problem = asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", is(List.of("email")))
                    .extract().asString();
            assertThat(problem).as(email).doesNotContain(email.strip());
        }
        Map<String, Object> body = representative("TTA", group);
        body.put("email", "  Jane.Doe+qit@sub.example.org ");
        String id = createRepresentativeId(body);
        asAdmin().when().get(PATH + "/" + id).then().body("email", is("Jane.Doe+qit@sub.example.org"));
    }

    @Test
    void datesMustBeIsoAndUntilNotBeforeSince() {
        String group = uniqueGroup("TTA");
        Map<String, Object> body = representative("TTA", group);
        body.put("since", "2025-03-01");
        body.put("until", "2025-02-28");
        asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .body("errors.field", is(List.of("until"))).body("detail", containsString("before since"));
        body.put("since", "01/03/2025");
        body.put("until", "2025-02-30");
        asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .body("errors.field", is(List.of("since", "until")));
        body.put("since", "2025-03-01");
        body.put("until", "2025-03-01");
        String id = createRepresentativeId(body);
        // a patch that would end the appointment before it began is refused, and changes nothing
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"until\":\"2024-12-31\"}").when().patch(PATH + "/" + id)
                .then().statusCode(400).body("errors.field", is(List.of("until")));
        given().when().get(PATH + "/" + id).then().body("revision", is(1)).body("until", is("2025-03-01"));
    }

    @Test
    void unknownAndMistypedFieldsAreRejected() {
        Map<String, Object> body = representative("TTA", uniqueGroup("TTA"));
        body.put("phone", "+1 555 0100");
        asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", is("phone"));
        body.remove("phone");
        body.put("name", List.of("a", "b"));
        asAdmin().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", is("name"));
        asAdmin().contentType(ContentType.JSON).body("{").when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        asAdmin().contentType(ContentType.TEXT).body("name").when().post(PATH).then().statusCode(415);
    }

    @Test
    void theGroupViewListsActiveRepresentativesWithoutPersonalData() {
        String group = uniqueGroup("TTA");
        given().when().get("/api/v1/groups/tta/" + group).then().statusCode(200)
                .body("code", is(group)).body("representatives", empty());
        Map<String, Object> active = representative("TTA", group);
        active.put("name", "Zoe Active");
        active.put("notes", "only for editors");
        String activeId = createRepresentativeId(active);
        Map<String, Object> second = representative("TTA", group);
        second.put("name", "Adam Active");
        String secondId = createRepresentativeId(second);
        Map<String, Object> ended = representative("TTA", group);
        ended.put("until", today().minusDays(1).toString());
        createRepresentativeId(ended);

        for (var request : List.of(given(), asAdmin())) {
            String view = request.when().get("/api/v1/groups/TTA/" + group.toLowerCase()).then().statusCode(200)
                    .body("organization", is("TTA"))
                    .body("representatives.id", is(List.of(secondId, activeId)))
                    .body("representatives.name", is(List.of("Adam Active", "Zoe Active")))
                    .body("representatives[0].role", is("Rapporteur")).body("representatives[0].affiliation", is("Test Institute"))
                    .body("representatives[0]", not(org.hamcrest.Matchers.hasKey("email")))
                    .extract().asString();
            assertThat(view).doesNotContain((String) active.get("email")).doesNotContain("only for editors")
                    .doesNotContain("@example.org");
        }
        // the group list keeps its shape: groups without representatives
        given().queryParam("organization", "TTA").when().get("/api/v1/groups").then().statusCode(200)
                .body("find { it.code == '" + group + "' }.name", is("Test group " + group))
                .body("find { it.code == '" + group + "' }", not(org.hamcrest.Matchers.hasKey("representatives")));
    }

    @Test
    void aGroupWithRepresentativesCannotBeDeleted() {
        String group = uniqueGroup("TEC");
        String id = createRepresentativeId(representative("TEC", group));
        asAdmin().when().delete("/api/v1/groups/tec/" + group).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 representative(s) (1 active)")).body("activeRepresentatives", is(1));

        // an ended appointment still refers to the group: still 409
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body(Map.of("since", "2020-01-01", "until", "2021-01-01"))
                .when().patch(PATH + "/" + id).then().statusCode(200);
        asAdmin().when().delete("/api/v1/groups/tec/" + group).then().statusCode(409)
                .body("detail", containsString("1 representative(s) (0 active)")).body("representatives", is(1));

        asAdmin().when().delete(PATH + "/" + id).then().statusCode(204);
        asAdmin().when().delete("/api/v1/groups/tec/" + group).then().statusCode(204);
        given().when().get("/api/v1/groups/tec/" + group).then().statusCode(404);
    }

    @Test
    void representativeWritesStayOutOfThePublicChangeFeed() {
        String cursor = Api.endOfFeed();
        String id = createRepresentativeId(representative("TTA", uniqueGroup("TTA")));
        asAdmin().header("If-Match", "\"1\"").contentType(MERGE_PATCH).body("{\"role\":\"Chair\"}").when().patch(PATH + "/" + id)
                .then().statusCode(200);
        asAdmin().when().delete(PATH + "/" + id).then().statusCode(204);
        given().queryParam("since", cursor).when().get("/api/v1/changes").then().statusCode(200)
                .body("changes", empty()).body("next", is(cursor));
    }

    /** The question the directory exists for. ETSI rows are counted by other tests: these are removed again. */
    @Test
    void answersWhoIsOurContactInEtsiIsgQkd() {
        List<String> created = new ArrayList<>();
        try {
            Map<String, Object> chair = representative("ETSI", "ISG QKD");
            chair.put("name", "Directory Test Chair");
            chair.put("role", "Chair");
            chair.put("affiliation", "Example Quantum Labs");
            chair.put("appointedBy", "LS-117");
            created.add(createRepresentativeId(chair));
            Map<String, Object> former = representative("etsi", "isg qkd");
            former.put("name", "Directory Test Former Chair");
            former.put("since", "2019-01-01");
            former.put("until", "2023-12-31");
            created.add(createRepresentativeId(former));

            JsonPath contacts = given().queryParam("organization", "ETSI").queryParam("group", "ISG QKD").when().get(PATH)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(contacts.getList("items.id", String.class)).contains(created.get(0)).doesNotContain(created.get(1));
            Map<String, Object> contact = contacts.getMap("items.find { it.id == '" + created.get(0) + "' }");
            assertThat(contact).containsEntry("organization", "ETSI").containsEntry("group", "ISG QKD")
                    .containsEntry("name", "Directory Test Chair").containsEntry("role", "Chair")
                    .containsEntry("affiliation", "Example Quantum Labs").containsEntry("appointedBy", "LS-117")
                    .doesNotContainKeys("email", "notes");
            given().queryParam("organization", "ETSI").queryParam("group", "ISG QKD").queryParam("active", "false").when().get(PATH)
                    .then().statusCode(200).body("items.id", hasItem(created.get(1)));
            given().when().get("/api/v1/groups/etsi/ISG QKD").then().statusCode(200)
                    .body("representatives.name", hasItem("Directory Test Chair"))
                    .body("representatives.name", not(hasItem("Directory Test Former Chair")));
        } finally {
            for (String id : created) {
                asAdmin().when().delete(PATH + "/" + id).then().statusCode(204);
            }
        }
        given().queryParam("organization", "ETSI").queryParam("active", "all").when().get(PATH).then().statusCode(200)
                .body("items.name", not(hasItem(containsString("Directory Test"))));
    }

    private static String named(String organization, String group, String name, LocalDate until) {
        Map<String, Object> body = representative(organization, group);
        body.put("name", name);
        body.put("since", "2020-01-01");
        if (until != null) {
            body.put("until", until.toString());
        }
        return createRepresentativeId(body);
    }

    private static List<String> ids(String group, String active) {
        var request = given().queryParam("group", group).queryParam("size", 500);
        if (active != null) {
            request = request.queryParam("active", active);
        }
        return request.when().get(PATH).then().statusCode(200).header("Location", nullValue()).extract().jsonPath()
                .getList("items.id", String.class);
    }
}
