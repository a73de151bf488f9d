package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as an operator runs it: from an empty working directory it creates its H2 file under
 * {@code ./data}, seeds once, and a restart keeps every edit without repeating the seed.
 */
class PackagedJarIT {

    private static final String TOKEN = PackagedService.TOKEN;
    private PackagedService service;

    @BeforeEach
    void prepare() throws IOException {
        service = new PackagedService(java.util.Map.of());
    }

    @AfterEach
    void cleanUp() throws Exception {
        service.close();
    }

    @Test
    void restartKeepsEditsAndNeverRepeatsTheSeed() throws Exception {
        start();
        assertThat(Files.isDirectory(service.workDir().resolve("data"))).as("H2 file database under ./data").isTrue();
        long fileBytes = Files.size(service.workDir().resolve("data").resolve("qitdb.mv.db"));
        java.util.regex.Matcher reported = java.util.regex.Pattern.compile("(?m)^qitdb_database_file_bytes\\S* (\\S+)$")
                .matcher(send(HttpRequest.newBuilder(uri("/q/metrics")).GET().build()).body());
        assertThat(reported.find()).as("the H2 file size is a metric").isTrue();
        assertThat(Double.parseDouble(reported.group(1))).as("the metric reads the file").isPositive().isLessThanOrEqualTo(fileBytes * 4.0);
        assertThat(totalItems()).as("every entry of the shipped seed file").isEqualTo(seededEntries());
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/standards"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"organization\":\"TTA\",\"identifier\":\"TTAK.KO-12.0001\","
                        + "\"title\":\"Kept across restarts\",\"documentType\":\"national-standard\",\"status\":\"published\","
                        + "\"topics\":[\"qkd\"]}")).build());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(uri("/")).GET().build()).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));

        stop();
        start();
        assertThat(totalItems()).isEqualTo(seededEntries() + 1);
        HttpResponse<String> lookup = send(HttpRequest.newBuilder(uri("/api/v1/standards/lookup?organization=tta&identifier=ttak.ko-12.0001"))
                .GET().build());
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("Kept across restarts");
    }

    private void start() throws Exception {
        service.start();
    }

    private void stop() throws InterruptedException {
        service.stop();
    }

    private int totalItems() throws Exception {
        String body = send(HttpRequest.newBuilder(uri("/api/v1/standards?size=1")).GET().build()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"totalItems\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private URI uri(String path) {
        return service.uri(path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return service.send(request);
    }

    /** How many standards the shipped seed file holds. */
    private static int seededEntries() throws java.io.IOException {
        try (java.io.InputStream in = PackagedJarIT.class.getResourceAsStream("/seed/qit-standards.json")) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).size();
        }
    }
}
