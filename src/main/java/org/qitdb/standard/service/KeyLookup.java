package org.qitdb.standard.service;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the entry that holds a natural key or alias key within an organization. Single writes ask the database; a
 * batch asks {@link BatchKeys}, which it loaded once, so that thousands of rows do not cost thousands of queries.
 */
interface KeyLookup {

    /** The entry holding a key: its id and identifier, for the refusal that names it. */
    record Holder(UUID id, String organization, String identifier) {
    }

    Optional<Holder> find(String organization, String key);
}
