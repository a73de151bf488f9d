package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 file gives back the space that loads leave unused while the service runs, and a kill -9 in the middle
 * of that compaction loses nothing: the file opens again with every acknowledged write.
 */
class DatabaseCompactionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 3_000;
    private static final Pattern COMPACTED = Pattern.compile("Compacted the database file in .*: ([0-9.]+) MB -> ([0-9.]+) MB");
    private static final String STARTED = "Compacting the database file:";
    private PackagedService service;

    @BeforeEach
    void prepare() throws Exception {
        // checked every second and already for a small file, so that a test-sized load triggers it
        service = new PackagedService(Map.of("QITDB_H2_COMPACTION_EVERY", "1s", "QITDB_H2_COMPACTION_MIN_FILE_SIZE", "1M"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        service.close();
    }

    @Test
    void loadsLeaveAFileThatShrinksWhileRunningAndAKillDuringCompactionLosesNothing() throws Exception {
        service.start();
        load("round 0");
        String acknowledged = "round 0";
        int killedDuring = 0;
        for (int round = 1; round <= 3; round++) {
            // every load rewrites all rows: the previous versions become the unused space compaction gives back, and
            // H2 compacts while the load still runs as well as after it
            String title = "round " + round;
            int started = occurrences(STARTED);
            AtomicBoolean loaded = new AtomicBoolean();
            Thread loader = new Thread(() -> {
                try {
                    loaded.set(load(title).statusCode() == 201);
                } catch (Exception killedUnderIt) {
                    // the kill cut the connection: not acknowledged
                }
            });
            loader.start();
            awaitLog(() -> occurrences(STARTED) > started, Duration.ofSeconds(60), "a compaction starts during or after load " + round);
            Thread.sleep(ThreadLocalRandom.current().nextLong(0, 400));
            boolean finished = occurrences("Compacted the database file") > started;
            service.kill();
            loader.join(30_000);
            killedDuring += finished ? 0 : 1;
            System.out.printf("round %d: killed %s the compaction, the load %s acknowledged%n", round,
                    finished ? "after" : "during", loaded.get() ? "was" : "was not");

            service.start();
            String expected = loaded.get() ? title : titleOfRow(0);
            assertThat(expected).as("an unacknowledged atomic load is all or nothing").isIn(acknowledged, title);
            assertEveryRowTitled(expected);
            acknowledged = expected;
        }
        System.out.printf("killed during a compaction %d of 3 times%n", killedDuring);
        assertThat(killedDuring).as("at least one kill landed in the middle of a compaction").isPositive();

        int compactions = occurrences("Compacted the database file");
        load("final");
        awaitLog(() -> occurrences("Compacted the database file") > compactions, Duration.ofSeconds(60),
                "a compaction ends during or after the final load");
        Matcher last = lastMatch(COMPACTED);
        double before = Double.parseDouble(last.group(1));
        double after = Double.parseDouble(last.group(2));
        System.out.printf("final load: compacted %.1f MB -> %.1f MB%n", before, after);
        assertThat(after).as("the file shrank while the service ran").isLessThan(before * 0.75);
        Path file = service.workDir().resolve("data").resolve("qitdb.mv.db");
        assertThat(metric("qitdb_database_file_bytes")).as("the size metric is the file's size")
                .isCloseTo((double) Files.size(file), Percentage.withPercentage(10));
        assertEveryRowTitled("final");

        service.stop();
        service.start();
        assertEveryRowTitled("final");
    }

    private HttpResponse<String> load(String title) throws Exception {
        StringBuilder rows = new StringBuilder();
        String summary = "Compaction filler text so that each row takes some room in the file. ".repeat(12);
        for (int i = 0; i < ROWS; i++) {
            rows.append("{\"organization\":\"TTA\",\"identifier\":\"TTAK.QT-COMPACT-").append(i).append("\",\"title\":\"")
                    .append(title).append(' ').append(i).append("\",\"summary\":\"").append(summary)
                    .append("\",\"documentType\":\"national-standard\",\"status\":\"published\",\"topics\":[\"qkd\"]}\n");
        }
        HttpResponse<String> answer = service.send(HttpRequest.newBuilder(service.uri("/api/v1/submissions?organization=TTA&reference=LS-compact&mode=atomic"))
                .header("Authorization", "Bearer " + PackagedService.TOKEN).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.ofString(rows.toString())).build());
        if (title.equals("round 0") || title.equals("final")) {
            assertThat(answer.statusCode()).as("load '%s': %s", title, answer.body()).isEqualTo(201);
        }
        return answer;
    }

    /** Which load the rows come from: the title of the first row without its number. */
    private String titleOfRow(int i) throws Exception {
        String title = titles().get("TTAK.QT-COMPACT-" + i);
        assertThat(title).as("row %d after restart", i).isNotNull();
        return title.substring(0, title.lastIndexOf(' '));
    }

    /** Every row is there with the title of the last acknowledged load. */
    private void assertEveryRowTitled(String title) throws Exception {
        Map<String, String> titles = titles();
        assertThat(titles).as("rows after restart").hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(titles.get("TTAK.QT-COMPACT-" + i)).isEqualTo(title + " " + i);
        }
    }

    /** The rows' titles by identifier, from the export. */
    private Map<String, String> titles() throws Exception {
        HttpResponse<String> export = service.send(HttpRequest.newBuilder(service.uri("/api/v1/export?format=ndjson&organization=TTA"))
                .timeout(Duration.ofMinutes(2)).GET().build());
        assertThat(export.statusCode()).isEqualTo(200);
        Map<String, String> titles = new HashMap<>();
        for (String line : export.body().split("\n")) {
            if (line.contains("TTAK.QT-COMPACT-")) {
                JsonNode entry = JSON.readTree(line);
                titles.put(entry.path("identifier").asText(), entry.path("title").asText());
            }
        }
        return titles;
    }

    private double metric(String name) throws Exception {
        for (String line : service.get("/q/metrics").body().split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).trim());
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private int occurrences(String text) throws Exception {
        String log = service.log();
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    private Matcher lastMatch(Pattern pattern) throws Exception {
        Matcher matcher = pattern.matcher(service.log());
        Matcher last = null;
        while (matcher.find()) {
            last = pattern.matcher(matcher.group());
            last.matches();
        }
        assertThat(last).as("a line matching " + pattern).isNotNull();
        return last;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private void awaitLog(Condition condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what + "\n" + service.log());
            }
            Thread.sleep(10);
        }
    }
}
