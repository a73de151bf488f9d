package org.qitdb.standard.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.qitdb.common.JsonListConverter;
import org.qitdb.common.Refused;

/**
 * Writes entries with JDBC batches, in the caller's transaction: one statement per table and chunk instead of an
 * ORM flush per entity, which is what lets a liaison load write tens of thousands of rows a second. Updates and
 * deletes name the revision they replace ({@code where revision = ?}), so the database itself refuses a second
 * writer of the same revision; callers lock the rows they change first, so under normal operation the check
 * always passes and a failure means the rows changed underneath.
 *
 * <p>Within one call, statements run in the order that keeps the unique keys free for the rows that take them:
 * removed aliases and topics, updated entries (in the order given), new entries, then added aliases and topics.
 */
@ApplicationScoped
public class StandardRows {

    private static final JsonListConverter KEYWORDS = new JsonListConverter();
    private static final RelationListConverter RELATIONS = new RelationListConverter();
    private static final String COLUMNS = "organization_code, group_code, identifier, identifier_key, title, summary, "
            + "document_type, status, sdo_status, version, publication_date, publication_start, publication_year, "
            + "expected_date, keywords, relations, url, provenance, created_at, updated_at, revision, content_hash";

    @Inject
    EntityManager em;

    /** Writes new entries and new versions of stored ones. */
    public void write(List<StandardRow> inserts, List<StandardRow.Update> updates) {
        if (inserts.isEmpty() && updates.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            removeCollections(connection, updates);
            updateEntries(connection, updates);
            insertEntries(connection, inserts);
            addCollections(connection, inserts, updates);
        });
    }

    /** Removes an entry (its topics and aliases go with it); false when its revision was not {@code expectedRevision}. */
    public boolean delete(UUID id, long expectedRevision) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from standard where id = ? and revision = ?")) {
                delete.setObject(1, id);
                delete.setLong(2, expectedRevision);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** Sets the content hash of an entry whose content is unchanged (a hash from an older version of the rule). */
    public void refreshContentHash(UUID id, String contentHash) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update standard set content_hash = ? where id = ?")) {
                update.setString(1, contentHash);
                update.setObject(2, id);
                update.executeUpdate();
            }
        });
    }

    private static void insertEntries(Connection connection, List<StandardRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into standard (id, " + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StandardRow row : rows) {
                insert.setObject(1, row.id());
                bindColumns(insert, row, 2);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void updateEntries(Connection connection, List<StandardRow.Update> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        String assignments = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
        try (PreparedStatement update = connection.prepareStatement("update standard set " + assignments
                + " where id = ? and revision = ?")) {
            for (StandardRow.Update u : updates) {
                int next = bindColumns(update, u.row(), 1);
                update.setObject(next, u.row().id());
                update.setLong(next + 1, u.expectedRevision());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw Refused.concurrentWrite("the entry " + updates.get(i).row().identifier()
                            + " was changed by another request at the same moment; retry");
                }
            }
        }
    }

    /** Binds the columns of {@link #COLUMNS} from {@code first} on; returns the next free index. */
    private static int bindColumns(PreparedStatement s, StandardRow row, int first) throws SQLException {
        int i = first;
        s.setString(i++, row.organizationCode());
        s.setString(i++, row.groupCode());
        s.setString(i++, row.identifier());
        s.setString(i++, row.identifierKey());
        s.setString(i++, row.title());
        s.setString(i++, row.summary());
        s.setString(i++, row.documentType());
        s.setString(i++, row.status());
        s.setString(i++, row.sdoStatus());
        s.setString(i++, row.version());
        s.setString(i++, row.publicationDate());
        if (row.publicationStart() == null) {
            s.setNull(i++, Types.DATE);
        } else {
            s.setObject(i++, row.publicationStart());
        }
        if (row.publicationYear() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, row.publicationYear());
        }
        s.setString(i++, row.expectedDate());
        s.setString(i++, KEYWORDS.convertToDatabaseColumn(row.keywords()));
        s.setString(i++, RELATIONS.convertToDatabaseColumn(row.relations()));
        s.setString(i++, row.url());
        s.setString(i++, row.provenance());
        s.setObject(i++, timestamp(row.createdAt()));
        s.setObject(i++, timestamp(row.updatedAt()));
        s.setLong(i++, row.revision());
        s.setString(i++, row.contentHash());
        return i;
    }

    private static void removeCollections(Connection connection, List<StandardRow.Update> updates) throws SQLException {
        try (PreparedStatement topics = connection.prepareStatement("delete from standard_topic where standard_id = ? and topic_slug = ?");
                PreparedStatement aliases = connection.prepareStatement(
                        "delete from standard_alias where standard_id = ? and organization_code = ? and alias_key = ?")) {
            boolean anyTopic = false;
            boolean anyAlias = false;
            for (StandardRow.Update u : updates) {
                for (String topic : minus(u.topicsBefore(), u.row().topics())) {
                    topics.setObject(1, u.row().id());
                    topics.setString(2, topic);
                    topics.addBatch();
                    anyTopic = true;
                }
                for (AliasValue alias : minus(u.aliasesBefore(), u.row().aliases())) {
                    aliases.setObject(1, u.row().id());
                    aliases.setString(2, alias.organizationCode);
                    aliases.setString(3, alias.aliasKey);
                    aliases.addBatch();
                    anyAlias = true;
                }
            }
            if (anyTopic) {
                topics.executeBatch();
            }
            if (anyAlias) {
                aliases.executeBatch();
            }
        }
    }

    private static void addCollections(Connection connection, List<StandardRow> inserts, List<StandardRow.Update> updates)
            throws SQLException {
        try (PreparedStatement topics = connection.prepareStatement("insert into standard_topic (standard_id, topic_slug) values (?, ?)");
                PreparedStatement aliases = connection.prepareStatement(
                        "insert into standard_alias (standard_id, organization_code, alias, alias_key) values (?, ?, ?, ?)")) {
            int topicRows = 0;
            int aliasRows = 0;
            for (StandardRow row : inserts) {
                topicRows += addTopics(topics, row.id(), row.topics());
                aliasRows += addAliases(aliases, row.id(), row.aliases());
            }
            for (StandardRow.Update u : updates) {
                topicRows += addTopics(topics, u.row().id(), minus(u.row().topics(), u.topicsBefore()));
                aliasRows += addAliases(aliases, u.row().id(), minus(u.row().aliases(), u.aliasesBefore()));
            }
            if (topicRows > 0) {
                topics.executeBatch();
            }
            if (aliasRows > 0) {
                aliases.executeBatch();
            }
        }
    }

    private static int addTopics(PreparedStatement insert, UUID id, Set<String> topics) throws SQLException {
        for (String topic : topics) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.addBatch();
        }
        return topics.size();
    }

    private static int addAliases(PreparedStatement insert, UUID id, Set<AliasValue> aliases) throws SQLException {
        for (AliasValue alias : aliases) {
            insert.setObject(1, id);
            insert.setString(2, alias.organizationCode);
            insert.setString(3, alias.alias);
            insert.setString(4, alias.aliasKey);
            insert.addBatch();
        }
        return aliases.size();
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> difference = new HashSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
