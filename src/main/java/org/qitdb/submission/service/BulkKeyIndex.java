package org.qitdb.submission.service;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.standard.service.StandardData;
import org.qitdb.standard.service.StandardWriter;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;

/**
 * Every natural key and alias of one organization, loaded with two queries at the start of a bulk load and kept
 * current as rows are written: resolving 100 000 rows must not cost 100 000 queries.
 */
final class BulkKeyIndex implements StandardWriter.KeyLookup {

    private final EntityManager em;
    private final String organization;
    private final Map<String, UUID> idByKey = new HashMap<>();
    private final Map<UUID, String> contentHashById = new HashMap<>();

    private BulkKeyIndex(EntityManager em, String organization) {
        this.em = em;
        this.organization = organization;
    }

    static BulkKeyIndex load(EntityManager em, String organization) {
        BulkKeyIndex index = new BulkKeyIndex(em, organization);
        index.put(em.createNativeQuery("select identifier_key, id, content_hash from standard where organization_code = :org")
                .setParameter("org", organization).getResultList());
        index.put(em.createNativeQuery("select alias_key, standard_id from standard_alias where organization_code = :org")
                .setParameter("org", organization).getResultList());
        return index;
    }

    /** Rows of (key, id) or (key, id, content hash). */
    private void put(List<?> rows) {
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            UUID id = StandardRepository.uuid(cells[1]);
            idByKey.put((String) cells[0], id);
            if (cells.length > 2 && cells[2] != null) {
                contentHashById.put(id, (String) cells[2]);
            }
        }
    }

    /** The entry this row's identifier names, or else the entry one of its aliases names. */
    Optional<UUID> resolve(StandardData data) {
        UUID id = idByKey.get(data.identifierKey());
        if (id != null) {
            return Optional.of(id);
        }
        return data.aliases().stream().map(a -> idByKey.get(a.key())).filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Optional<StandardEntity> find(String organization, String key) {
        if (!this.organization.equals(organization)) {
            throw new IllegalArgumentException("index of " + this.organization + " asked for " + organization);
        }
        UUID id = idByKey.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(StandardEntity.class, id));
    }

    /** True when the entry's stored content hash says that the row would change nothing. */
    boolean unchanged(UUID id, String contentHash) {
        return contentHash.equals(contentHashById.get(id));
    }

    /** After a write: the entry's old keys no longer name it, its new keys do. */
    void written(UUID id, StandardData before, StandardData after) {
        contentHashById.remove(id);
        if (before != null) {
            idByKey.remove(before.identifierKey(), id);
            before.aliases().forEach(a -> idByKey.remove(a.key(), id));
        }
        idByKey.put(after.identifierKey(), id);
        after.aliases().forEach(a -> idByKey.put(a.key(), id));
    }
}
