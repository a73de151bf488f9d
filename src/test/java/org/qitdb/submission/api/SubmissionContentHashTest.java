package org.qitdb.submission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.uniqueIdentifier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A re-load recognizes unchanged rows by the stored content hash; a hash that is missing or stale (written by
 * another version) must never make a changed row look unchanged, nor an unchanged one look changed.
 */
@QuarkusTest
class SubmissionContentHashTest {

    private static final String HEADER = "organization,identifier,title,documentType,status,topics\n";

    @Inject
    EntityManager em;

    private static JsonPath submit(String reference, String csv) {
        return asAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/submissions?organization=TTA&reference=" + reference)
                .then().statusCode(201).extract().jsonPath();
    }

    private static String row(String identifier, String title) {
        return "TTA," + identifier + ",\"" + title + "\",national-standard,published,qkd\n";
    }

    private String storedHash(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select content_hash from standard where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
    }

    private void overwriteHash(String id, String value) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update standard set content_hash = :h where id = :id")
                .setParameter("h", value).setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @Test
    void reloadOfUnchangedRowsReportsThemUnchangedWithoutNewRevisions() {
        String a = uniqueIdentifier();
        String b = uniqueIdentifier();
        JsonPath first = submit("hash-1", HEADER + row(a, "A") + row(b, "B"));
        String idA = first.getString("rows[0].id");

        JsonPath again = submit("hash-2", HEADER + row(a, "A") + row(b, "B changed"));

        assertThat(again.getList("rows.outcome", String.class)).containsExactly("unchanged", "updated");
        assertThat(again.getString("rows[0].id")).isEqualTo(idA);
        asAdmin().get("/api/v1/standards/" + idA).then().statusCode(200).body("revision", org.hamcrest.Matchers.is(1));
    }

    @Test
    void staleOrMissingHashFallsBackToComparingTheContentAndIsRepaired() {
        String a = uniqueIdentifier();
        String b = uniqueIdentifier();
        JsonPath first = submit("hash-3", HEADER + row(a, "A") + row(b, "B"));
        String idA = first.getString("rows[0].id");
        String idB = first.getString("rows[1].id");
        String hashA = storedHash(idA);
        assertThat(hashA).hasSize(64);
        overwriteHash(idA, "0".repeat(64));
        overwriteHash(idB, null);

        JsonPath again = submit("hash-4", HEADER + row(a, "A") + row(b, "B"));

        assertThat(again.getList("rows.outcome", String.class)).containsExactly("unchanged", "unchanged");
        assertThat(storedHash(idA)).isEqualTo(hashA);
        assertThat(storedHash(idB)).hasSize(64);
    }

    @Test
    void aHashThatMatchesOldContentNeverHidesAChange() {
        String a = uniqueIdentifier();
        String id = submit("hash-5", HEADER + row(a, "Old")).getString("rows[0].id");
        String oldHash = storedHash(id);
        submit("hash-6", HEADER + row(a, "New"));
        assertThat(storedHash(id)).isNotEqualTo(oldHash);

        JsonPath back = submit("hash-7", HEADER + row(a, "Old"));

        assertThat(back.getList("rows.outcome", String.class)).containsExactly("updated");
        assertThat(back.getString("rows[0].changes.title.to")).isEqualTo("Old");
    }
}
