package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as an operator runs it: from an empty working directory it creates its H2 file under
 * {@code ./data}, seeds once, and a restart keeps every edit without repeating the seed.
 */
class PackagedJarIT {

    private static final String TOKEN = "packaged-admin-token-0123456789";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path workDir;
    private Process process;
    private int port;

    @BeforeEach
    void prepare() throws IOException {
        workDir = Files.createTempDirectory("qitdb-packaged");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        stop();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void restartKeepsEditsAndNeverRepeatsTheSeed() throws Exception {
        start();
        assertThat(Files.isDirectory(workDir.resolve("data"))).as("H2 file database under ./data").isTrue();
        assertThat(totalItems()).isEqualTo(82);
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
        assertThat(totalItems()).isEqualTo(83);
        HttpResponse<String> lookup = send(HttpRequest.newBuilder(uri("/api/v1/standards/lookup?organization=tta&identifier=ttak.ko-12.0001"))
                .GET().build());
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("Kept across restarts");
    }

    private void start() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("qitdb.log").toFile());
        builder.environment().put("QITDB_ADMIN_TOKEN", TOKEN);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service exited; see its log").isTrue();
            try {
                if (send(HttpRequest.newBuilder(uri("/q/health/ready")).GET().build()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s:\n" + Files.readString(workDir.resolve("qitdb.log")));
    }

    private void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    private int totalItems() throws Exception {
        String body = send(HttpRequest.newBuilder(uri("/api/v1/standards?size=1")).GET().build()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"totalItems\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
