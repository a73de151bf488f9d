package org.qitdb.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar killed (kill -9) while it merges its search index after a bulk load: it starts again from the
 * index's last commit, catching up instead of rebuilding, and lists and search answer exactly as before.
 */
class SearchIndexMergeCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGING = "merging the search index";
    private static final int ROWS = 20_000;
    private PackagedService service;

    @BeforeEach
    void prepare() throws Exception {
        // the merge starts at the first poll after the load, not 10 s later
        service = new PackagedService(Map.of("QITDB_SEARCH_MERGE_AFTER_CHANGES", "1000", "QITDB_SEARCH_MERGE_WHEN_QUIET_FOR", "PT0S"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        service.close();
    }

    @Test
    void killedWhileTheIndexMergesStartsFromItsLastCommitWithEveryEntry() throws Exception {
        service.start();
        int before = totalItems("");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            rows.append(CrashRecoveryIT.body("TTAK.QT-MERGE-" + i, "Merged entry " + i)).append('\n');
        }
        HttpResponse<String> loaded = service.send(HttpRequest.newBuilder(service.uri("/api/v1/submissions?organization=TTA&reference=LS-merge&mode=atomic"))
                .header("Authorization", "Bearer " + PackagedService.TOKEN).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(rows.toString())).build());
        assertThat(loaded.statusCode()).as(loaded.body()).isIn(200, 201);

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!service.log().contains(MERGING) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(service.log()).as("the merge began within 60 s of the load").contains(MERGING);
        service.kill();
        boolean finished = service.log().contains("search index merged");
        System.out.printf("kill -9 %s the merge of the search index%n", finished ? "just after" : "in the middle of");

        service.launch(0);
        service.awaitReady(Duration.ofMinutes(2));
        Matcher opened = Pattern.compile("search index [^:]+: \\d+ entries at change \\d+ \\(([a-z ,]+)").matcher(service.log());
        String how = null;
        while (opened.find()) {
            how = opened.group(1);
        }
        assertThat(how).as("how the index was opened after the kill").startsWith("caught up");
        assertThat(totalItems("")).isEqualTo(before + ROWS);
        assertThat(totalItems("q=merged")).as("the loaded entries, found by a word of their titles").isEqualTo(ROWS);
        assertThat(totalItems("q=TTAK.QT-MERGE-12345")).isGreaterThanOrEqualTo(1);
    }

    private int totalItems(String query) throws Exception {
        String path = "/api/v1/standards?size=1" + (query.isEmpty() ? "" : "&" + query);
        return JSON.readTree(service.get(path).body()).path("page").path("totalItems").asInt();
    }
}
