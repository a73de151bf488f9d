package org.qitdb.standard.feed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by an earlier version holds repeated revisions: deletes recorded with the revision the entry had,
 * and concurrent upserts that wrote one revision twice. Upgrading renumbers them in commit order (snapshots with them),
 * gives each entry the revision of its last event, and from then on the database refuses a repeated revision.
 * Runs on H2, and on PostgreSQL too when the suite runs there (in a database of its own, dropped afterwards).
 */
class RevisionRepairMigrationTest {

    private static final UUID RACED = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID DELETED = UUID.fromString("00000000-0000-7000-8000-000000000002");

    @Test
    void upgradeRenumbersRepeatedRevisionsAndThenRefusesThem() throws Exception {
        String suiteUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
            onFreshPostgresDatabase(suiteUrl);
        }
        upgradeAndCheck("jdbc:h2:mem:revision-repair-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", "h2");
    }

    private void onFreshPostgresDatabase(String suiteUrl) throws Exception {
        String user = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        String name = "qitdb_repair_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(suiteUrl, user, password); Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        String url = suiteUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
        try {
            upgradeAndCheck(url, user, password, "postgresql");
        } finally {
            try (Connection admin = DriverManager.getConnection(suiteUrl, user, password); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + name);
            }
        }
    }

    private void upgradeAndCheck(String url, String user, String password, String dialect) throws Exception {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/common", "classpath:db/migration/" + dialect)
                // the last version before the repair (10 exists for PostgreSQL only)
                .target(dialect.equals("h2") ? "9" : "10").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("insert into organization (code, slug, name, aliases) values ('TTA', 'tta', 'TTA', '[]')");
            insertStandard(c, RACED, 3);
            // created, then three upserts of which two took revision 2 (the race), then one after it
            insertChange(c, 1, RACED, "created", 1);
            insertChange(c, 2, RACED, "updated", 2);
            insertChange(c, 3, RACED, "updated", 2);
            insertChange(c, 4, RACED, "updated", 3);
            // created, updated, then deleted with the revision it had
            insertChange(c, 5, DELETED, "created", 1);
            insertChange(c, 6, DELETED, "updated", 2);
            insertChange(c, 7, DELETED, "deleted", 2);
        }

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/common", "classpath:db/migration/" + dialect)
                .load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            assertThat(revisions(c, RACED)).containsExactly(1L, 2L, 3L, 4L);
            assertThat(revisions(c, DELETED)).containsExactly(1L, 2L, 3L);
            assertThat(snapshot(c, 4)).endsWith("\"revision\":4}");
            try (ResultSet r = c.createStatement().executeQuery("select revision from standard where id = '" + RACED + "'")) {
                r.next();
                assertThat(r.getLong(1)).as("the entry takes the revision of its last event").isEqualTo(4);
            }
            assertThatThrownBy(() -> insertChange(c, 8, RACED, "updated", 4)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        }
    }

    private static void insertStandard(Connection c, UUID id, long revision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into standard (id, organization_code, identifier, identifier_key, title,"
                + " document_type, status, keywords, relations, created_at, updated_at, revision) values (?, 'TTA', 'X.1', 'x1', 'T',"
                + " 'other', 'published', '[]', '[]', ?, ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, OffsetDateTime.now());
            s.setObject(3, OffsetDateTime.now());
            s.setLong(4, revision);
            s.executeUpdate();
        }
    }

    private static void insertChange(Connection c, long seq, UUID id, String type, long revision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into standard_change (seq, change_type, standard_id, organization_code,"
                + " identifier, revision, occurred_at, actor, changed_fields, snapshot) values (?, ?, ?, 'TTA', 'X.1', ?, ?, 'test', '{}', ?)")) {
            s.setLong(1, seq);
            s.setString(2, type);
            s.setObject(3, id);
            s.setLong(4, revision);
            s.setObject(5, OffsetDateTime.now());
            s.setString(6, type.equals("deleted") ? null : "{\"id\":\"" + id + "\",\"title\":\"T\",\"revision\":" + revision + "}");
            s.executeUpdate();
        }
    }

    private static List<Long> revisions(Connection c, UUID id) throws SQLException {
        List<Long> revisions = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("select revision from standard_change where standard_id = '" + id
                + "' order by seq")) {
            while (r.next()) {
                revisions.add(r.getLong(1));
            }
        }
        return revisions;
    }

    private static String snapshot(Connection c, long seq) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("select snapshot from standard_change where seq = " + seq)) {
            r.next();
            return r.getString(1);
        }
    }
}
