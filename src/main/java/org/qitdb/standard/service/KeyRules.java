package org.qitdb.standard.service;

import java.util.UUID;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;

/**
 * The natural-key rules of every write: the organization and normalized identifier name one entry, and an alias
 * names one entry at most, sharing the key space with identifiers.
 */
final class KeyRules {

    private KeyRules() {
    }

    /** Refuses the write when another entry than {@code self} (null for a new entry) holds one of its keys. */
    static void requireFree(StandardData data, UUID self, KeyLookup keys) {
        keys.find(data.organization(), data.identifierKey()).filter(holder -> !holder.id().equals(self)).ifPresent(holder -> {
            throw new Refused(new Refusal.Taken(data.organization() + " " + data.identifier() + " exists already as "
                    + holder.organization() + " " + holder.identifier() + " (" + holder.id() + ")",
                    Refusal.Ref.standard(holder.id(), holder.identifier())));
        });
        for (StandardData.Alias alias : data.aliases()) {
            keys.find(data.organization(), alias.key()).filter(holder -> !holder.id().equals(self)).ifPresent(holder -> {
                throw new Refused(new Refusal.AliasTaken("alias '" + alias.alias() + "' already names " + holder.organization()
                        + " " + holder.identifier() + " (" + holder.id() + "); an alias can name one entry only",
                        alias.alias(), Refusal.Ref.standard(holder.id(), holder.identifier())));
            });
        }
    }
}
