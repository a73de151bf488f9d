package org.qitdb.standard.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.standard.store.StandardRepository;

/**
 * Every natural key and alias of the batch's organizations, loaded with two queries at its start and kept current
 * as its rows are decided: resolving 100 000 rows must not cost 100 000 queries. Also each entry's stored content
 * hash, by which a row that changes nothing is recognized without loading the entry.
 */
final class BatchKeys implements KeyLookup {

    private final Map<String, UUID> idByKey = new HashMap<>();
    private final Map<UUID, KeyLookup.Holder> holderById = new HashMap<>();
    private final Map<UUID, String> contentHashById = new HashMap<>();

    private BatchKeys() {
    }

    static BatchKeys load(StandardRepository repository, Collection<String> organizations) {
        BatchKeys keys = new BatchKeys();
        for (StandardRepository.StoredKey key : repository.keysOf(organizations)) {
            keys.idByKey.put(compound(key.organization(), key.key()), key.id());
            if (key.identifier() != null) {
                keys.holderById.put(key.id(), new KeyLookup.Holder(key.id(), key.organization(), key.identifier()));
            }
            if (key.contentHash() != null) {
                keys.contentHashById.put(key.id(), key.contentHash());
            }
        }
        return keys;
    }

    /** The entry this row's identifier names, or else the entry one of its aliases names. */
    Optional<UUID> resolve(StandardData data) {
        UUID id = idByKey.get(compound(data.organization(), data.identifierKey()));
        if (id != null) {
            return Optional.of(id);
        }
        return data.aliases().stream().map(a -> idByKey.get(compound(data.organization(), a.key())))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Optional<KeyLookup.Holder> find(String organization, String key) {
        return Optional.ofNullable(idByKey.get(compound(organization, key))).map(holderById::get);
    }

    /** True when the entry's stored content hash says that the row would change nothing. */
    boolean unchanged(UUID id, String contentHash) {
        return contentHash.equals(contentHashById.get(id));
    }

    /** After a write: the entry's old keys no longer name it, its new keys do. */
    void written(UUID id, StandardData before, StandardData after) {
        if (before != null) {
            forget(id, before);
        }
        idByKey.put(compound(after.organization(), after.identifierKey()), id);
        after.aliases().forEach(a -> idByKey.put(compound(after.organization(), a.key()), id));
        holderById.put(id, new KeyLookup.Holder(id, after.organization(), after.identifier()));
    }

    /**
     * An entry that is rewritten, or gone (deleted underneath the batch: {@code before} unknown, so every key is
     * searched, which is rare), no longer holds its keys.
     */
    void forget(UUID id, StandardData before) {
        contentHashById.remove(id);
        holderById.remove(id);
        if (before != null) {
            idByKey.remove(compound(before.organization(), before.identifierKey()), id);
            before.aliases().forEach(a -> idByKey.remove(compound(before.organization(), a.key()), id));
        } else {
            idByKey.values().removeIf(id::equals);
        }
    }

    private static String compound(String organization, String key) {
        return organization + '\u0000' + key;
    }
}
