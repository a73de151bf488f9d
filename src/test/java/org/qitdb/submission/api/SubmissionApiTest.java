package org.qitdb.submission.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Liaison bulk loads: formats, modes, dry runs, idempotency, per-row reports, and every refusal. */
@QuarkusTest
class SubmissionApiTest {

    private static final String CSV_HEADER = "organization,identifier,title,documentType,status,publicationDate,topics,keywords\n";

    private static Response submit(String query, String contentType, String body) {
        return asAdmin().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/submissions?" + query);
    }

    private static String csvRow(String identifier, String title) {
        return "TTA," + identifier + ",\"" + title + "\",national-standard,published,2024-05,qkd; qkdn-key-management,relay\n";
    }

    @Test
    void loadsTheSampleDataThroughTheBulkPath() throws Exception {
        List<Map<String, Object>> sample;
        try (InputStream in = getClass().getResourceAsStream("/seed/qit-standards.json")) {
            sample = new ObjectMapper().readValue(in, List.class);
        }
        List<Map<String, Object>> itut = sample.stream().filter(e -> "ITU-T".equals(e.get("organization"))).toList();
        JsonPath report = asAdmin().contentType("application/json").body(Map.of("entries", itut))
                .post("/api/v1/submissions?organization=ITU-T&reference=sample&mode=partial")
                .then().statusCode(201).extract().jsonPath();
        // the seed loaded the same entries through the same front door: every row is unchanged
        assertThat(itut).isNotEmpty();
        assertThat(report.getInt("counts.received")).isEqualTo(itut.size());
        assertThat(report.getInt("counts.unchanged")).isEqualTo(itut.size());
        assertThat(report.getInt("counts.rejected")).isZero();
    }

    @Test
    void csvRowsAreCreatedThenUpdatedOrUnchangedWithTheirChanges() {
        String a = uniqueIdentifier();
        String b = uniqueIdentifier();
        String c = uniqueIdentifier();
        JsonPath first = submit("organization=TTA&reference=LS-1", "text/csv", CSV_HEADER + csvRow(a, "A") + csvRow(b, "B") + csvRow(c, "C"))
                .then().statusCode(201).header("Location", containsString("/api/v1/submissions/")).extract().jsonPath();
        assertThat(first.getString("status")).isEqualTo("applied");
        assertThat(first.getInt("counts.created")).isEqualTo(3);
        assertThat(first.getList("rows.line", Integer.class)).containsExactly(2, 3, 4);
        String submission = first.getString("id");
        String idOfA = first.getString("rows[0].id");
        given().get("/api/v1/standards/" + idOfA).then().body("provenance", is("submission:" + submission))
                .body("topics", is(List.of("qkd", "qkdn-key-management")));

        JsonPath second = submit("organization=tta&reference=LS-2", "text/csv", CSV_HEADER + csvRow(a, "A") + csvRow(b, "B changed") + csvRow(c, "C"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(second.getInt("counts.unchanged")).isEqualTo(2);
        assertThat(second.getInt("counts.updated")).isEqualTo(1);
        assertThat(second.getList("rows.outcome", String.class)).containsExactly("unchanged", "updated", "unchanged");
        assertThat(second.getString("rows[1].changes.title.from")).isEqualTo("B");
        assertThat(second.getString("rows[1].changes.title.to")).isEqualTo("B changed");
        given().get("/api/v1/standards/" + second.getString("rows[1].id") + "/history").then()
                .body("revisions.actor", hasItem("submission:" + second.getString("id")));
        given().get("/api/v1/standards/" + idOfA).then().body("revision", is(1));
    }

    @Test
    void atomicLoadAppliesNothingWhenARowIsInvalid() {
        String good = uniqueIdentifier();
        JsonPath report = submit("organization=TTA&reference=LS-atomic", "text/csv",
                CSV_HEADER + csvRow(good, "Good") + "TTA," + uniqueIdentifier() + ",,national-standard,sleeping,2024-13,nope,\n")
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("rejected");
        assertThat(report.getInt("counts.created")).isZero();
        assertThat(report.getInt("counts.rejected")).isEqualTo(1);
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("not-applied", "rejected");
        assertThat(report.getList("errors.field", String.class)).contains("title", "status", "publicationDate", "topics[0]");
        assertThat(report.getList("errors.row", Integer.class)).containsOnly(2);
        assertThat(report.getList("errors.line", Integer.class)).containsOnly(3);
        assertThat(report.getString("errors.find { it.field == 'status' }.value")).isEqualTo("sleeping");
        lookup(good).then().statusCode(404);
        given().get("/api/v1/submissions/" + report.getString("id")).then().statusCode(200).body("status", is("rejected"));
    }

    @Test
    void partialLoadAppliesTheValidRows() {
        String good = uniqueIdentifier();
        JsonPath report = submit("organization=TTA&reference=LS-partial&mode=partial", "text/csv",
                CSV_HEADER + csvRow(good, "Good") + "TTA,,No identifier,national-standard,published,,qkd,\n")
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("partially-applied");
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("created", "rejected");
        lookup(good).then().statusCode(200);
    }

    @Test
    void partialLoadThatAppliesNothingSaysRejected() {
        JsonPath report = submit("organization=TTA&reference=LS-none&mode=partial", "text/csv",
                CSV_HEADER + "TTA,,No identifier,national-standard,published,,qkd,\n" + "TTA,,Nor this,national-standard,published,,qkd,\n")
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("rejected");
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("rejected", "rejected");
        given().get("/api/v1/submissions/" + report.getString("id")).then().statusCode(200).body("status", is("rejected"));
    }

    @Test
    void dryRunReportsWhatWouldHappenAndChangesNothing() {
        String existing = uniqueIdentifier();
        submit("organization=TTA&reference=LS-x", "text/csv", CSV_HEADER + csvRow(existing, "Before")).then().statusCode(201);
        String fresh = uniqueIdentifier();
        String cursor = org.qitdb.support.Api.endOfFeed();
        JsonPath report = submit("organization=TTA&reference=LS-dry&dryRun=true", "text/csv",
                CSV_HEADER + csvRow(existing, "After") + csvRow(fresh, "New"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("status")).isEqualTo("validated");
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getString("id")).isNull();
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("updated", "created");
        assertThat(report.getString("rows[0].changes.title.to")).isEqualTo("After");
        lookup(fresh).then().statusCode(404);
        lookup(existing).then().body("title", is("Before"));
        given().queryParam("since", cursor).get("/api/v1/changes").then().body("changes.size()", is(0));
    }

    @Test
    void aBatchThatNamesOneEntryTwiceReportsTheSecondAsConflict() {
        String identifier = uniqueIdentifier();
        JsonPath report = submit("organization=TTA&reference=LS-dup&mode=partial", "text/csv",
                CSV_HEADER + csvRow(identifier, "One") + csvRow(identifier.toLowerCase().replace("-", " / "), "Two"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("created", "rejected");
        assertThat(report.getString("errors[0].message")).contains("conflict").contains("row 1");
    }

    @Test
    void rowsOfAnotherOrganizationAreRejected() {
        JsonPath report = submit("organization=TTA&reference=LS-org&mode=partial", "text/csv",
                CSV_HEADER + "ETSI,GS QKD 999,Elsewhere,group-specification,published,,qkd,\n")
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getString("errors[0].field")).isEqualTo("organization");
        assertThat(report.getString("errors[0].value")).isEqualTo("ETSI");
    }

    @Test
    void anNdjsonRowsErrorsQuoteTheValuesAsSentAndNameTheirLine() {
        String good = uniqueIdentifier();
        String bad = uniqueIdentifier();
        // CRLF line ends and a blank line: line numbers count every line of the body
        String body = "{\"identifier\":\"" + good + "\",\"title\":\"Kept\",\"documentType\":\"national-standard\",\"status\":\"published\",\"publicationDate\":\"2024-05\",\"topics\":[\"qkd\"]}\r\n"
                + "\r\n"
                + "{\"identifier\":\"  " + bad + "  \",\"title\":\"Rejected\",\"documentType\":\"no-such-type\","
                + "\"status\":\"no-such-status\",\"topics\":[\"qkd\",\"no-such-topic\"]}\r\n";
        JsonPath report = submit("organization=TTA&reference=LS-ndjson&mode=partial", "application/x-ndjson", body)
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getList("rows.outcome", String.class)).as(report.prettify()).containsExactly("created", "rejected");
        assertThat(report.getList("rows.identifier", String.class)).containsExactly(good, bad);
        assertThat(report.getList("rows.line", Integer.class)).containsExactly(1, 3);
        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3).allSatisfy(e -> assertThat(e).containsEntry("row", 2).containsEntry("line", 3));
        Map<String, Object> valueByField = new java.util.HashMap<>();
        errors.forEach(e -> valueByField.put((String) e.get("field"), e.get("value")));
        assertThat(valueByField).containsEntry("documentType", "no-such-type").containsEntry("status", "no-such-status")
                .containsEntry("topics[1]", "no-such-topic");
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String body = CSV_HEADER + csvRow(uniqueIdentifier(), "Once");
        String first = asAdmin().header("Idempotency-Key", key).contentType("text/csv").body(body)
                .post("/api/v1/submissions?organization=TTA&reference=LS-idem").then().statusCode(201).extract().asString();
        String cursor = org.qitdb.support.Api.endOfFeed();
        String again = asAdmin().header("Idempotency-Key", key).contentType("text/csv").body(body)
                .post("/api/v1/submissions?organization=TTA&reference=LS-idem").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(new JsonPath(again).getMap("")).isEqualTo(new JsonPath(first).getMap(""));
        given().queryParam("since", cursor).get("/api/v1/changes").then().body("changes.size()", is(0));
        asAdmin().header("Idempotency-Key", key).contentType("text/csv").body(body + csvRow(uniqueIdentifier(), "More"))
                .post("/api/v1/submissions?organization=TTA&reference=LS-idem")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void concurrentDuplicatesWithOneKeyApplyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String identifier = uniqueIdentifier();
        String body = CSV_HEADER + csvRow(identifier, "Raced");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> send = () -> asAdmin().header("Idempotency-Key", key).contentType("text/csv").body(body)
                        .post("/api/v1/submissions?organization=TTA&reference=LS-race").statusCode();
                answers.add(pool.submit(send));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(201);
            assertThat(statuses).allMatch(s -> s == 201 || s == 200 || s == 409, "the others replay (200) or find it in progress (409)");
        } finally {
            pool.shutdownNow();
        }
        String id = lookup(identifier).then().statusCode(200).extract().path("id");
        given().get("/api/v1/standards/" + id + "/history").then().body("revisions.size()", is(1));
    }

    @Test
    void csvHandlesQuotesCommasNewlinesBomCrlfAndHeaderCase() {
        String identifier = uniqueIdentifier();
        String csv = "\uFEFFOrganization,IDENTIFIER,Title,documenttype,Status,Topics,Summary\r\n"
                + "TTA," + identifier + ",\"Keys, relays and \"\"trusted\"\" nodes\",national-standard,published,qkd,\"Line one\r\nLine two\"\r\n";
        submit("organization=TTA&reference=LS-csv", "text/csv; charset=utf-8", csv).then().statusCode(201)
                .body("counts.created", is(1));
        lookup(identifier).then().body("title", is("Keys, relays and \"trusted\" nodes"))
                .body("summary", is("Line one\r\nLine two"));
    }

    @Test
    void unknownCsvColumnsAreReportedNotDropped() {
        submit("organization=TTA&reference=LS-cols", "text/csv", "organization,identifier,title,colour\nTTA,X,Y,blue\n")
                .then().statusCode(400).contentType("application/problem+json")
                .body("columns", is(List.of("colour"))).body("detail", containsString("colour"));
    }

    @Test
    void malformedBodiesNameTheLine() {
        submit("organization=TTA&reference=LS-bad", "text/csv", CSV_HEADER + "TTA,\"unterminated,x,y\n")
                .then().statusCode(400).contentType("application/problem+json").body("line", notNullValue());
        submit("organization=TTA&reference=LS-bad", "application/x-ndjson", "{\"identifier\":\"a\"}\n{broken\n")
                .then().statusCode(400).body("line", is(2));
        submit("organization=TTA&reference=LS-bad", "application/json", "[{\"identifier\":\"a\"},\n{")
                .then().statusCode(400).contentType("application/problem+json").body("line", notNullValue());
        submit("organization=TTA&reference=LS-bad", "application/json", "{\"rows\": []}")
                .then().statusCode(400);
    }

    @Test
    void ndjsonAndJsonRowsWithWrongTypesAreRowErrors() {
        String ok = uniqueIdentifier();
        String ndjson = json(standard(ok)) + "\n" + "{\"identifier\":\"X\",\"topics\":\"qkd\"}\n" + "{\"identifier\":\"Y\",\"colour\":1}\n" + "42\n";
        JsonPath report = submit("organization=TTA&reference=LS-nd&mode=partial", "application/x-ndjson", ndjson)
                .then().statusCode(201).extract().jsonPath();
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("created", "rejected", "rejected", "rejected");
        assertThat(report.getList("errors.field", String.class)).containsExactly("topics", "colour", "");
        assertThat(report.getList("errors.line", Integer.class)).containsExactly(2, 3, 4);

        String bare = uniqueIdentifier();
        submit("organization=TTA&reference=LS-json", "application/json", "[" + json(standard(bare)) + "]")
                .then().statusCode(201).body("counts.created", is(1));
    }

    @Test
    void refusesMissingParametersUnsupportedTypesAndTooManyRows() {
        submit("reference=x", "text/csv", CSV_HEADER).then().statusCode(400).body("parameter", is("organization"));
        submit("organization=TTA", "text/csv", CSV_HEADER).then().statusCode(400).body("parameter", is("reference"));
        submit("organization=TTA&reference=x&mode=sometimes", "text/csv", CSV_HEADER).then().statusCode(400).body("parameter", is("mode"));
        submit("organization=TTA&reference=x&dryRun=perhaps", "text/csv", CSV_HEADER).then().statusCode(400).body("parameter", is("dryRun"));
        submit("organization=Nobody&reference=x", "text/csv", CSV_HEADER).then().statusCode(400).body("parameter", is("organization"));
        submit("organization=TTA&reference=x", "application/xml", "<x/>").then().statusCode(415).contentType("application/problem+json");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2001; i++) {
            many.append("{}\n");
        }
        submit("organization=TTA&reference=x", "application/x-ndjson", many.toString())
                .then().statusCode(413).contentType("application/problem+json");
        given().contentType("text/csv").body(CSV_HEADER).post("/api/v1/submissions?organization=TTA&reference=x").then().statusCode(401);
    }

    @Test
    void templateLoadsAsItIs() {
        String template = given().get("/api/v1/submissions/template.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("template.csv"))
                .extract().asString();
        assertThat(template.lines().findFirst().orElseThrow()).startsWith("organization,group,identifier,aliases,title");
        submit("organization=ITU-T&reference=template&dryRun=true", "text/csv", template).then().statusCode(200)
                .body("counts.rejected", is(0)).body("counts.received", is(1));
    }

    @Test
    void storedSubmissionsAreListedAndReadable() {
        String id = submit("organization=TTA&reference=LS-list", "text/csv", CSV_HEADER + csvRow(uniqueIdentifier(), "Listed"))
                .then().statusCode(201).extract().path("id");
        given().queryParam("organization", "tta").get("/api/v1/submissions").then().statusCode(200)
                .body("items.organization", everyItem(is("TTA"))).body("items.id", hasItem(id))
                .body("items[0].rows", nullValue());
        given().get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("reference", is("LS-list")).body("submittedBy", is("admin")).body("rows.size()", is(1))
                .body("format", is("csv")).body("mode", is("atomic"));
        given().get("/api/v1/submissions/not-an-id").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/submissions/" + UUID.randomUUID()).then().statusCode(404);
    }

    static Response lookup(String identifier) {
        return given().queryParam("organization", "TTA").queryParam("identifier", identifier).get("/api/v1/standards/lookup");
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
