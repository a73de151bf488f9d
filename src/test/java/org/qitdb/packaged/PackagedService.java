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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar as an operator runs it, for the tests against it: started in a working directory of its own (so with
 * a fresh H2 file under {@code ./data}) on a free 127.0.0.1 port, with the given environment, and stopped again.
 */
final class PackagedService implements AutoCloseable {

    static final String TOKEN = "packaged-admin-token-0123456789";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path workDir;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    PackagedService(Map<String, String> environment) throws IOException {
        this.workDir = Files.createTempDirectory("qitdb-packaged");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.environment = Map.copyOf(environment);
    }

    Path workDir() {
        return workDir;
    }

    void start() throws Exception {
        startWithFileSizeLimit(0);
    }

    /**
     * Starts the service with the operating system's limit on the size of a file it writes ({@code ulimit -f}, in
     * KiB; 0: none): past it a write fails as on a full disk ("File too large"; the JVM ignores the signal).
     */
    void startWithFileSizeLimit(long kib) throws Exception {
        launch(kib);
        awaitReady(Duration.ofSeconds(120));
    }

    /** Starts the service without waiting for it to be ready. */
    void launch(long fileSizeLimitKib) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = fileSizeLimitKib > 0
                ? List.of("bash", "-c", "ulimit -f " + fileSizeLimitKib + " && exec \"$0\" -Xmx256m -jar \"$1\"", java, jar.toString())
                : List.of(java, "-Xmx256m", "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("qitdb.log").toFile()));
        builder.environment().put("QITDB_ADMIN_TOKEN", TOKEN);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().putAll(environment);
        process = builder.start();
    }

    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/q/health/ready")).GET().build()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + timeout.toSeconds() + " s:\n" + log());
    }

    /** What the service printed so far. */
    String log() throws IOException {
        Path log = workDir.resolve("qitdb.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** kill -9: the process ends at once, as in a crash; nothing of it runs any more. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** SIGTERM, as Kubernetes sends it, without waiting for the process to end. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("exited within " + timeout).isTrue();
        int code = process.exitValue();
        process = null;
        return code;
    }

    long pid() {
        return process.pid();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A JSON write as the admin. */
    HttpResponse<String> write(String method, String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
