package org.qitdb.standard.service;

import java.util.Optional;
import java.util.Set;
import org.qitdb.security.Caller;

/**
 * Which organizations' entries a reader may see. Every read of standards asks it (lists, search, facets, export,
 * the landscape, the change feed, one entry, lookup, history) and applies the answer as a plain organization filter
 * ({@link StandardQuery#visibleOrganizations()}). The deployment's inclusion policy decides it, which the coordination
 * register implements; without it every entry is public ({@link EveryEntryVisible}). Defined here so that the
 * standards do not depend on the feature that decides.
 */
public interface StandardVisibility {

    /** The organization codes whose entries the reader may see; empty when it may see every organization's. */
    Optional<Set<String>> visibleOrganizations(Optional<Caller> reader);

    default boolean maySee(Optional<Caller> reader, String organizationCode) {
        return visibleOrganizations(reader).map(visible -> visible.contains(organizationCode)).orElse(true);
    }
}
