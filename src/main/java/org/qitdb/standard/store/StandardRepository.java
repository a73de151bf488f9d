package org.qitdb.standard.store;

import static org.qitdb.database.NativeColumns.uuid;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Standards in the database. Lists, search and facets are answered from the search index (org.qitdb.search), which is
 * derived from these tables; here are the reads of single entries, keys and the walks that index and check them.
 */
@ApplicationScoped
public class StandardRepository implements PanacheRepositoryBase<StandardEntity, UUID> {

    /** PostgreSQL needs its statistics refreshed after bulk loads (see {@link #refreshStatistics}). */
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    /** The natural key finds an entry by identifier key first, then among the aliases. */
    public Optional<StandardEntity> findByKey(String organizationCode, String key) {
        Optional<StandardEntity> byIdentifier = find("organizationCode = ?1 and identifierKey = ?2", organizationCode, key)
                .firstResultOptional();
        if (byIdentifier.isPresent()) {
            return byIdentifier;
        }
        return getEntityManager().createQuery(
                        "select s from StandardEntity s join s.aliases a where a.organizationCode = ?1 and a.aliasKey = ?2",
                        StandardEntity.class)
                .setParameter(1, organizationCode).setParameter(2, key)
                .getResultStream().findFirst();
    }

    /** A natural key or alias key and the entry holding it (identifier and content hash only for identifier keys). */
    public record StoredKey(String organization, String key, UUID id, String identifier, String contentHash) {
    }

    /** Every identifier key and alias key of the organizations, in two queries. */
    public List<StoredKey> keysOf(java.util.Collection<String> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        List<StoredKey> keys = new ArrayList<>();
        for (Object row : getEntityManager().createNativeQuery("select organization_code, identifier_key, id, identifier, content_hash"
                + " from standard where organization_code in (:orgs)").setParameter("orgs", organizations).getResultList()) {
            Object[] c = (Object[]) row;
            keys.add(new StoredKey((String) c[0], (String) c[1], uuid(c[2]), (String) c[3], (String) c[4]));
        }
        for (Object row : getEntityManager().createNativeQuery("select organization_code, alias_key, standard_id"
                + " from standard_alias where organization_code in (:orgs)").setParameter("orgs", organizations).getResultList()) {
            Object[] c = (Object[]) row;
            keys.add(new StoredKey((String) c[0], (String) c[1], uuid(c[2]), null, null));
        }
        return keys;
    }

    /**
     * The entries with their topics and aliases, locked until the transaction ends (when {@code lock}): one query for
     * the entries, then the collections in batches (hibernate fetch batch size), instead of three queries per entry.
     */
    public Map<UUID, StandardEntity> loadAll(java.util.Collection<UUID> ids, boolean lock) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var query = getEntityManager().createQuery("select s from StandardEntity s where s.id in :ids", StandardEntity.class)
                .setParameter("ids", ids);
        if (lock) {
            query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        Map<UUID, StandardEntity> byId = new HashMap<>();
        for (StandardEntity e : query.getResultList()) {
            e.topics.size();
            e.aliases.size();
            byId.put(e.id, e);
        }
        return byId;
    }

    public long countOfOrganization(String organizationCode) {
        return count("organizationCode", organizationCode);
    }

    /** Entries per organization and group (group null for entries filed under no group). */
    public List<Object[]> countsByGroup() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select organization_code, group_code, count(*) from standard"
                + " group by organization_code, group_code").getResultList();
        return rows;
    }

    public long countOfGroup(String organizationCode, String groupCode) {
        return count("organizationCode = ?1 and groupCode = ?2", organizationCode, groupCode);
    }

    public long countOfTopic(String slug) {
        return getEntityManager().createQuery("select count(s) from StandardEntity s join s.topics t where t = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult();
    }

    /** The entries after {@code afterId} (null: from the first) in id order, at most {@code limit}, with their collections. */
    public List<StandardEntity> pageAfter(UUID afterId, int limit) {
        List<StandardEntity> page = afterId == null
                ? find("order by id").page(0, limit).list()
                : find("id > ?1 order by id", afterId).page(0, limit).list();
        page.forEach(e -> {
            e.topics.size();
            e.aliases.size();
        });
        return page;
    }

    /** Loads the entries with their collections, in the order of the ids. */
    public List<StandardEntity> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, StandardEntity> byId = new HashMap<>();
        for (StandardEntity e : list("id in ?1", ids)) {
            byId.put(e.id, e);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * After a large bulk load, PostgreSQL's planner must know the new row counts before autovacuum notices them
     * (up to a minute or more): with the statistics of an empty table it picks nested loops over 100 000 rows.
     * H2 re-analyzes by itself after every few thousand changed rows.
     */
    public void refreshStatistics() {
        if (databaseKind.startsWith("postgres")) {
            // the topic tables too: analyzed when the tree changes, but a database from before that never had them analyzed
            getEntityManager().createNativeQuery("analyze standard, standard_topic, standard_alias, topic, topic_closure")
                    .executeUpdate();
        }
    }
}
