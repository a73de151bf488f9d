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
            "/api/v1/reports/narratives/{word}");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final List<String> PARAMETERS = List.of("organization", "group", "topic", "status", "documentType", "q",
            "publishedFrom", "publishedTo", "updatedSince", "sort", "page", "size", "facets", "since", "limit", "identifier",
            "reference", "mode", "dryRun", "format", "receivedOn", "active", "zzz", "");
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
        return switch (random.nextInt(11)) {
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
        return HexFormat.of().formatHex(digest.digest());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
