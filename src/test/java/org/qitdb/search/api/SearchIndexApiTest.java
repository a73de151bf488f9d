package org.qitdb.search.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.createId;
import static org.qitdb.support.Api.standard;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qitdb.search.service.SearchConfig;
import org.qitdb.search.service.SearchIndexer;

/**
 * Lists and search are answered from the search index, which follows every committed write at once, catches up after a
 * restart and rebuilds itself from the database when it is missing or damaged.
 */
@QuarkusTest
class SearchIndexApiTest {

    private static final String STANDARDS = "/api/v1/standards";

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchConfig config;

    @AfterEach
    void resume() {
        indexer.suspend(false);
        if (indexer.current().isEmpty()) {
            indexer.open();
        }
    }

    @Test
    void aWriteIsSearchableInTheVeryNextAnswer() {
        String word = word("wren");
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Entry about " + word);
        String id = createId(body);
        search(word).body("page.totalItems", is(1)).body("items[0].id", is(id)).body("items[0].title", is("Entry about " + word));

        asAdmin().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"title\":\"Renamed entry\",\"summary\":\"now about " + word + "\"}")
                .when().patch(STANDARDS + "/" + id).then().statusCode(200);
        search(word).body("page.totalItems", is(1)).body("items[0].title", is("Renamed entry"))
                .body("items[0].revision", is(2));

        asAdmin().header("If-Match", "\"2\"").when().delete(STANDARDS + "/" + id).then().statusCode(204);
        search(word).body("page.totalItems", is(0));
    }

    @Test
    void aRestartCatchesUpWithTheWritesItMissedWithoutARebuild() {
        String word = word("heron");
        indexer.suspend(true); // as if this instance were down while another one wrote
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Written while the index was away " + word);
        String id = createId(body);
        search(word).body("page.totalItems", is(0));

        indexer.suspend(false);
        assertThat(indexer.reopen()).isEqualTo(SearchIndexer.Start.CAUGHT_UP);
        search(word).body("page.totalItems", is(1)).body("items[0].id", is(id));
    }

    @Test
    void changesNotYetOnDiskWhenTheProcessDiesAreCaughtUpOnStart() {
        indexer.commit();
        String word = word("plover");
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Indexed but not committed " + word);
        String id = createId(body);
        indexer.close(false); // the process dies: what was not committed is gone
        assertThat(indexer.open()).isEqualTo(SearchIndexer.Start.CAUGHT_UP);
        search(word).body("page.totalItems", is(1)).body("items[0].id", is(id));
    }

    @Test
    void aDeletedIndexDirectoryIsRebuiltFromTheDatabase() throws IOException {
        String word = word("ibis");
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Survives the loss of the index " + word);
        String id = createId(body);
        long total = total(given());

        indexer.close(true);
        Path directory = Path.of(config.directory());
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(directory).doesNotExist();

        assertThat(indexer.open()).isEqualTo(SearchIndexer.Start.REBUILT);
        assertThat(total(given())).isEqualTo(total);
        search(word).body("page.totalItems", is(1)).body("items[0].id", is(id));
    }

    @Test
    void anIndexOfAnotherLayoutIsRebuiltAndPagesShowTheEntriesAsTheyAre() throws IOException {
        // as after an upgrade: the index on disk was written by a version whose fields or JSON differ
        String word = word("avocet");
        Map<String, Object> body = standard(uniqueIdentifier());
        body.put("title", "Indexed again after an upgrade " + word);
        String id = createId(body);
        indexer.close(true);
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(Path.of(config.directory()));
                org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig().setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            List<org.apache.lucene.index.IndexCommit> commits = org.apache.lucene.index.DirectoryReader.listCommits(directory);
            Map<String, String> data = new java.util.HashMap<>(commits.get(commits.size() - 1).getUserData());
            assertThat(data.get("layout")).isEqualTo(org.qitdb.search.store.SearchIndex.LAYOUT);
            data.put("layout", "1-identifier-rules-1");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }

        assertThat(indexer.open()).isEqualTo(SearchIndexer.Start.REBUILT);
        Map<String, Object> alone = given().when().get(STANDARDS + "/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(search(word).body("page.totalItems", is(1)).extract().jsonPath().getMap("items[0]")).isEqualTo(alone);
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws IOException {
        long total = total(given());
        indexer.close(true);
        Path directory = Path.of(config.directory());
        Path largest;
        try (var files = Files.list(directory)) {
            largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        assertThat(indexer.open()).isEqualTo(SearchIndexer.Start.REBUILT);
        assertThat(total(given())).isEqualTo(total);
    }

    @Test
    void organizationNamesAndAliasesAreSearchable() {
        long etsi = total(given().queryParam("organization", "ETSI"));
        assertThat(etsi).isPositive();
        given().queryParam("q", "etsi").queryParam("organization", "ETSI").when().get(STANDARDS).then().statusCode(200)
                .body("page.totalItems", is((int) etsi));
        given().queryParam("q", "quantum -etsi").queryParam("size", 500).when().get(STANDARDS).then().statusCode(200)
                .body("items.organization", everyItem(not(is("ETSI"))));
        // the organization's full name finds its entries too
        given().queryParam("q", "\"european telecommunications\"").queryParam("organization", "ETSI").queryParam("size", 1).when().get(STANDARDS).then()
                .statusCode(200).body("page.totalItems", is((int) etsi));
    }

    @Test
    void abbreviationsFindTheirExpansionsAndBack() {
        String word = word("kite");
        Map<String, Object> longForm = standard(uniqueIdentifier());
        longForm.put("title", "Widgets for quantum key distribution " + word);
        String longId = createId(longForm);
        Map<String, Object> shortForm = standard(uniqueIdentifier());
        shortForm.put("title", "Widgets for QKD " + word);
        String shortId = createId(shortForm);
        Map<String, Object> pqc = standard(uniqueIdentifier());
        pqc.put("title", "Migration to PQC " + word);
        String pqcId = createId(pqc);

        assertThat(ids("qkd " + word)).containsExactlyInAnyOrder(longId, shortId);
        assertThat(ids("\"quantum key distribution\" " + word)).containsExactlyInAnyOrder(longId, shortId);
        assertThat(ids("\"post quantum cryptography\" " + word)).containsExactly(pqcId);
        assertThat(ids(word + " -qkd")).containsExactly(pqcId);
    }

    private List<String> ids(String q) {
        return given().queryParam("q", q).queryParam("size", 100).when().get(STANDARDS).then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private static String word(String stem) {
        return stem + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).when().get(STANDARDS).then().statusCode(200);
    }

    private static long total(io.restassured.specification.RequestSpecification request) {
        return request.queryParam("size", 1).when().get(STANDARDS).then().statusCode(200).extract().jsonPath()
                .getLong("page.totalItems");
    }
}
