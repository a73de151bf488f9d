package org.qitdb.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * Thousands of random requests over every endpoint — random methods, paths, parameters, bodies and headers,
 * including injection strings, impossible dates, deep nesting and malformed JSON and CSV. No answer may be a
 * 5xx, every 4xx must be a problem document that reveals no internals, and the sample data must be intact
 * afterwards. {@code -Dqitdb.fuzz.requests=N} runs more (default 5000); {@code -Dqitdb.fuzz.seed=S} replays a run.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final int REQUESTS = Integer.getInteger("qitdb.fuzz.requests", 5000);
    private static final long SEED = Long.getLong("qitdb.fuzz.seed", 20261127L);

    private static final List<String> PATHS = List.of("/api/v1/standards", "/api/v1/standards/{id}", "/api/v1/standards/lookup",
            "/api/v1/standards/{id}/history", "/api/v1/organizations", "/api/v1/organizations/{word}",
            "/api/v1/organizations/{word}/standards/{word}", "/api/v1/groups", "/api/v1/groups/{word}/{word}", "/api/v1/topics",
            "/api/v1/topics/{word}", "/api/v1/changes", "/api/v1/submissions", "/api/v1/submissions/{id}",
            "/api/v1/submissions/template.csv", "/api/v1/export", "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/{word}",
            "/", "/{word}", "/api/v1/standards/{id}/{word}", "/api/v1/representatives", "/api/v1/representatives/{id}",
            "/api/v1/representatives/{id}/history", "/api/v1/reports", "/api/v1/reports/draft", "/api/v1/reports/{id}",
            "/api/v1/reports/narratives/{word}", "/api/v1/meetings", "/api/v1/meetings/{id}", "/api/v1/meetings/{id}/documents",
            "/api/v1/meetings/{id}/history", "/api/v1/liaison-statements", "/api/v1/liaison-statements/{id}",
            "/api/v1/liaison-statements/{id}/history", "/api/v1/coordination-questions", "/api/v1/coordination-questions/{id}",
            "/api/v1/coordination-questions/{id}/answers", "/api/v1/participation", "/api/v1/coordination-history");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final List<String> PARAMETERS = List.of("organization", "group", "topic", "status", "documentType", "q",
            "publishedFrom", "publishedTo", "updatedSince", "sort", "page", "size", "facets", "since", "limit", "identifier",
            "reference", "mode", "dryRun", "format", "receivedOn", "active", "kind", "when", "direction", "inclusion", "overdue",
            "unanswered", "representative", "answeredBy", "meeting", "zzz", "");
    private static final List<String> NASTY = List.of("", " ", "ETSI", "itu-t", "qkdn", "published", "y3800", "gs qkd 14",
            "-1", "0", "1", "500", "501", "99999999999999999999", "1e9", "NaN", "null", "true", "2023-02-30", "2023-13", "0000",
            "9999-12-31", "2026-11-27T25:61:00Z", "' OR '1'='1", "1; DROP TABLE standard;--", "%", "_", "\\", "\"", "<script>",
            "../../etc/passwd", "${jndi:ldap://x}", "名前", "ǅ", "\u0000", "\uD83D\uDE00", "a".repeat(300), "-publicationDate",
            "password", "organization,status,topic,year", "Y29", "YzEuMQ", "c1.1", UUID.randomUUID().toString(), "atomic", "partial");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/merge-patch+json",
            "application/x-ndjson", "text/csv", "text/plain", "application/xml", "multipart/form-data", "application/json; charset=latin1",
            "*/*", "garbage");

    @Test
    void randomRequestsNeverBreakTheServiceOrLeakInternals() throws Exception {
        String before = sampleDigest();
        Random random = new Random(SEED);
        String editorToken = Api.asAdmin().contentType("application/json")
                .body(Map.of("name", "fuzz-" + UUID.randomUUID(), "role", "editor", "organizations", List.of("TTA")))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            String method = pick(random, METHODS);
            String path = path(random);
            RequestSpecification request = given().urlEncodingEnabled(true)
                    .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                            .defaultContentCharset(StandardCharsets.UTF_8).appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            int parameters = random.nextInt(4);
            for (int p = 0; p < parameters; p++) {
                String name = pick(random, PARAMETERS);
                if (!name.isEmpty()) {
                    request.queryParam(name, pick(random, NASTY));
                }
            }
            switch (random.nextInt(4)) {
                case 0 -> request.header("Authorization", "Bearer " + editorToken);
                case 1 -> request.header("Authorization", pick(random, List.of("Bearer ", "Bearer x", "Basic abc", "Bearer " + "t".repeat(600))));
                default -> { }
            }
            if (random.nextInt(4) == 0) {
                request.header("If-Match", pick(random, List.of("\"1\"", "*", "W/\"1\"", "garbage", "\"", "\"1\", \"2\"")));
            }
            if (random.nextInt(5) == 0) {
                request.header("Idempotency-Key", pick(random, NASTY).replaceAll("[\\r\\n\\u0000]", ""));
            }
            if (!method.equals("GET") && !method.equals("HEAD") && random.nextInt(5) > 0) {
                request.contentType(pick(random, CONTENT_TYPES)).body(body(random).getBytes(StandardCharsets.UTF_8));
            }
            Response response;
            try {
                response = request.request(method, path);
            } catch (IllegalArgumentException e) {
                continue; // a URL the client library itself refuses to build never reaches the server
            }
            String problem = check(method, response);
            if (problem != null) {
                failures.add(method + " " + path + " → " + response.statusCode() + ": " + problem);
            }
        }
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(sampleDigest()).as("the sample data after fuzzing").isEqualTo(before);
    }

    /**
     * Requests malformed in ways a random walk rarely meets, each of which once answered 500 or a bare body: empty,
     * blank and {@code null} JSON bodies; strings where the schema has text given as numbers or booleans; a NUL
     * character in a CSV cell or a JSON string (PostgreSQL cannot store it); bad percent-encoding and percent-encoded
     * bytes that are not UTF-8 in the path or the query; an HTTP/1.0 request without Host on a paged list (its Link
     * header); a URI over 4 KB; headers over 16 KB. Each must be a 4xx problem document, and the sample data stays.
     */
    @Test
    void malformedRequestsAreAnsweredWithProblemDocuments() throws Exception {
        String before = sampleDigest();
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/v1/organizations", "/api/v1/groups", "/api/v1/topics", "/api/v1/standards", "/api/v1/representatives",
                "/api/v1/tokens")) {
            for (String body : List.of("", " ", "\n\t ", "null", " null ")) {
                Response response = Api.asAdmin().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8)).post(path);
                expectProblem(failures, "POST " + path + " with body '" + body.strip() + "'", response.statusCode(), response.contentType(), 400);
            }
        }
        for (String body : List.of("{\"code\": true, \"name\": \"x\"}", "{\"code\": \"X\", \"name\": 12}", "{\"code\": \"A\\u0000B\", \"name\": \"x\"}")) {
            Response response = Api.asAdmin().contentType("application/json").body(body).post("/api/v1/organizations");
            expectProblem(failures, "POST /organizations " + body, response.statusCode(), response.contentType(), 400);
        }
        Map<String, Object> standard = Api.standard(Api.uniqueIdentifier());
        standard.put("identifier", true);
        Response typed = Api.asAdmin().contentType("application/json").body(standard).post("/api/v1/standards");
        expectProblem(failures, "POST /standards with \"identifier\": true", typed.statusCode(), typed.contentType(), 400);
        if (typed.statusCode() == 400 && !typed.asString().contains("identifier")) {
            failures.add("the problem does not name the field identifier: " + typed.asString());
        }
        Response csv = Api.asAdmin().contentType("text/csv")
                .body(("organization,identifier,title,documentType,status,topics\nTTA," + Api.uniqueIdentifier() + ",A\u0000B,other,published,qkdn\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/submissions?organization=TTA&reference=LS-NUL&mode=partial");
        if (csv.statusCode() >= 500 || csv.jsonPath().getInt("counts.rejected") != 1 || !csv.asString().contains("NUL")) {
            failures.add("a NUL character in a CSV cell: " + csv.statusCode() + " " + csv.asString());
        }
        for (String target : List.of("/api/v1/standards/%E0%A4%A", "/api/v1/standards?q=%ZZ", "/api/v1/standards?q=%C3%28",
                "/api/v1/standards/%FF%FE", "/api/v1/organizations/%C0%AF", "/api/v1/standards?organization=%", "/api/v1/topics/%")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            expectProblem(failures, "GET " + target, status(answer), header(answer, "content-type"), 400);
        }
        String noHost = raw("GET /api/v1/standards?size=1 HTTP/1.0\r\n\r\n");
        expectProblem(failures, "HTTP/1.0 without Host", status(noHost), header(noHost, "content-type"), 400);
        String longUri = raw("GET /api/v1/standards?q=" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        expectProblem(failures, "a URI over 4 KB", status(longUri), header(longUri, "content-type"), 414);
        String bigHeaders = raw("GET /api/v1/standards HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        expectProblem(failures, "headers over 16 KB", status(bigHeaders), header(bigHeaders, "content-type"), 431);
        assertThat(failures).isEmpty();
        assertThat(sampleDigest()).as("the sample data after malformed requests").isEqualTo(before);
    }

    private static void expectProblem(List<String> failures, String what, int status, String contentType, int expected) {
        if (status != expected || contentType == null || !contentType.startsWith("application/problem+json")) {
            failures.add(what + " → " + status + " " + contentType + " (expected a " + expected + " problem document)");
        }
    }

    /** A request written byte for byte (no client library re-encodes it), and the whole answer. */
    private static String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String answer) {
        String[] line = answer.split("\r\n", 2)[0].split(" ");
        return line.length > 1 && line[1].matches("\\d{3}") ? Integer.parseInt(line[1]) : 0;
    }

    private static String header(String answer, String name) {
        for (String line : answer.split("\r\n\r\n", 2)[0].split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static String check(String method, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        if (status >= 500) {
            return "server error " + body;
        }
        if (status >= 400 && !method.equals("HEAD")) {
            if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
                return "not a problem document: " + response.contentType() + " " + body;
            }
        }
        for (String leak : List.of("Exception", "java.", "org.hibernate", "io.quarkus", "SQL", "\tat ", "jdbc")) {
            if (body.contains(leak) && !response.contentType().startsWith("text/html") && !response.contentType().startsWith("text/csv")) {
                return "leaks '" + leak + "': " + body;
            }
        }
        return null;
    }

    private static String path(Random random) {
        String template = pick(random, PATHS);
        while (template.contains("{id}")) {
            template = template.replaceFirst("\\{id}", pick(random, List.of(UUID.randomUUID().toString(), "x", "0", "%00", "..")));
        }
        while (template.contains("{word}")) {
            String word = pick(random, NASTY).replaceAll("[/?#%\\\\\\u0000]", "").strip();
            template = template.replaceFirst("\\{word}", java.util.regex.Matcher.quoteReplacement(word.isEmpty() ? "x" : word));
        }
        return template;
    }

    private static String body(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "{";
            case 1 -> "[" + "[".repeat(random.nextInt(3000)) ;
            case 2 -> "{\"organization\":\"TTA\",\"identifier\":" + pick(random, List.of("5", "null", "[]", "{}", "\"x\"")) + ",\"title\":\"t\"}";
            case 3 -> "{\"organization\":\"" + pick(random, NASTY).replace("\"", "") + "\",\"identifier\":\"F-" + random.nextInt()
                    + "\",\"title\":\"x\",\"documentType\":\"other\",\"status\":\"" + pick(random, NASTY).replace("\"", "")
                    + "\",\"topics\":[\"qkd\"],\"publicationDate\":\"" + pick(random, NASTY).replace("\"", "") + "\"}";
            case 4 -> "organization,identifier,title\nTTA,\"broken,x\n";
            case 5 -> "organization,identifier,title,documentType,status,topics\nTTA,F-" + random.nextInt() + ",t,other,published,qkd\n";
            case 6 -> "{\"entries\":[{\"a\":" + "{\"b\":".repeat(random.nextInt(500)) + "1" + "}".repeat(random.nextInt(500)) + "]}";
            case 7 -> "\u0000\uFFFF" + pick(random, NASTY);
            case 9 -> "{\"organization\":\"TTA\",\"group\":\"" + pick(random, NASTY).replace("\"", "") + "\",\"name\":\""
                    + pick(random, NASTY).replace("\"", "") + "\",\"email\":\"" + pick(random, NASTY).replace("\"", "")
                    + "\",\"since\":\"" + pick(random, NASTY).replace("\"", "") + "\",\"until\":\"" + pick(random, NASTY).replace("\"", "") + "\"}";
            case 10 -> "{\"reference\":\"F-" + random.nextInt() + "\",\"direction\":\"" + pick(random, List.of("incoming", "outgoing", "x"))
                    + "\",\"from\":{\"organization\":\"" + pick(random, NASTY).replace("\"", "") + "\"},\"subject\":\"s\",\"date\":\""
                    + pick(random, NASTY).replace("\"", "") + "\",\"inclusion\":\"" + pick(random, NASTY).replace("\"", "")
                    + "\",\"inReplyTo\":\"JCA-QKDN-LS1\",\"start\":\"" + pick(random, NASTY).replace("\"", "") + "\"}";
            case 8 -> "{\"title\":null,\"topics\":\"qkd\",\"relations\":[{\"type\":\"equivalent\",\"target\":7}]}";
            default -> "[{\"organization\":\"TTA\"}, 42, null, \"x\"]";
        };
    }

    /** A digest of every entry of the sample's organizations: any change by the fuzzer would show. */
    private static String sampleDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String organization : List.of("ITU-T", "ETSI", "ISO/IEC", "IRTF", "IETF", "IEEE", "NIST", "SCA", "MIIT", "CEN-CENELEC")) {
            digest.update(given().queryParam("format", "ndjson").queryParam("organization", organization).get("/api/v1/export")
                    .then().statusCode(200).extract().asByteArray());
        }
        digest.update(given().get("/api/v1/organizations").then().statusCode(200).extract().asByteArray());
        digest.update(given().get("/api/v1/topics").then().statusCode(200).extract().asByteArray());
        digest.update(given().get("/api/v1/groups").then().statusCode(200).extract().asByteArray());
        // the seeded coordination register
        digest.update(given().get("/api/v1/coordination-questions?size=500").then().statusCode(200).extract().asByteArray());
        digest.update(given().get("/api/v1/liaison-statements?size=500").then().statusCode(200).extract().asByteArray());
        for (String code : given().get("/api/v1/meetings?size=500").then().statusCode(200).extract().jsonPath().getList("items.code", String.class)) {
            digest.update(code.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
