package org.qitdb.standard.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.standard.store.AliasValue;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;

/**
 * When the identifier rules change ({@link IdentifierNormalizer#RULES_VERSION}), the keys stored with the entries
 * written under the earlier rules are stale: {@code TS 103 744} was stored as {@code ts103-744} and is looked up as
 * {@code ts103744} now. At start-up, after the derived-columns pass and before the seed, this pass gives every entry
 * the keys of the current rules (identifier, aliases, content hash; the search index, whose layout names the rules version, rebuilds itself), in small transactions. Keys
 * are derived data: no revision, no change event. A key another entry holds already is kept as it was and logged
 * (two entries the new rules would merge are a person's decision). A marker per rules version makes it happen once.
 */
@ApplicationScoped
public class IdentifierKeysRefresh {

    private static final Logger LOG = Logger.getLogger(IdentifierKeysRefresh.class);
    private static final int BATCH = 500;
    static final String MARKER = "identifier-keys-v" + IdentifierNormalizer.RULES_VERSION;

    @Inject
    EntityManager em;

    @Inject
    StandardRepository repository;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardPageCache pageCache;

    void onStart(@Observes @Priority(2) StartupEvent event) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from service_marker where name = :name").setParameter("name", MARKER).getSingleResult()).intValue() > 0);
        if (done) {
            return;
        }
        refresh();
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into service_marker (name, created_at) values (:name, :at)")
                    .setParameter("name", MARKER).setParameter("at", Instant.now()).executeUpdate());
        } catch (PersistenceException e) {
            LOG.debug("the identifier-keys marker exists already", e);
        }
    }

    /** Refreshes every entry's keys; returns how many entries changed. */
    public long refresh() {
        long changed = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> refreshBatch(from));
            changed += batch.changed();
            if (batch.last() == null) {
                break;
            }
            after = batch.last();
        }
        if (changed > 0) {
            pageCache.clear();
            LOG.infof("Refreshed the identifier keys of %d entries to the rules of version %d", changed, IdentifierNormalizer.RULES_VERSION);
        }
        return changed;
    }

    private record Batch(UUID last, long changed) {
    }

    private Batch refreshBatch(UUID after) {
        List<StandardEntity> entries = (after == null
                ? em.createQuery("select s from StandardEntity s order by s.id", StandardEntity.class)
                : em.createQuery("select s from StandardEntity s where s.id > :after order by s.id", StandardEntity.class)
                        .setParameter("after", after))
                .setMaxResults(BATCH).getResultList();
        long changed = 0;
        for (StandardEntity e : entries) {
            if (refreshOne(e)) {
                changed++;
                em.flush();
            }
        }
        UUID last = entries.size() < BATCH ? null : entries.get(entries.size() - 1).id;
        em.clear();
        return new Batch(last, changed);
    }

    private boolean refreshOne(StandardEntity e) {
        List<String> names = catalog.namesOf(e.organizationCode);
        boolean changed = false;
        String identifierKey = IdentifierNormalizer.key(e.identifier, names);
        if (!identifierKey.isEmpty() && !identifierKey.equals(e.identifierKey)) {
            if (freeFor(e, identifierKey)) {
                e.identifierKey = identifierKey;
                changed = true;
            } else {
                LOG.warnf("%s %s keeps its key '%s': under the current identifier rules its key '%s' names another entry",
                        e.organizationCode, e.identifier, e.identifierKey, identifierKey);
            }
        }
        Set<String> taken = new HashSet<>();
        taken.add(e.identifierKey);
        Set<AliasValue> aliases = new HashSet<>();
        for (AliasValue alias : e.aliases) {
            String key = IdentifierNormalizer.key(alias.alias, names);
            if (!key.isEmpty() && !key.equals(alias.aliasKey) && !taken.contains(key) && freeFor(e, key)) {
                aliases.add(new AliasValue(alias.organizationCode, alias.alias, key));
                taken.add(key);
                changed = true;
            } else {
                if (!key.equals(alias.aliasKey)) {
                    LOG.warnf("%s %s: alias '%s' keeps its key '%s' (its key '%s' under the current rules is taken)",
                            e.organizationCode, e.identifier, alias.alias, alias.aliasKey, key);
                }
                aliases.add(alias);
                taken.add(alias.aliasKey);
            }
        }
        StandardData data;
        if (changed) {
            e.aliases.clear();
            em.flush();
            e.aliases.addAll(aliases);
        }
        data = StandardMapper.dataOf(e);
        String contentHash = StandardMapper.contentHash(data);
        if (!contentHash.equals(e.contentHash)) {
            e.contentHash = contentHash;
            changed = true;
        }
        return changed;
    }

    /** No other entry of the organization holds the key as identifier or alias. */
    private boolean freeFor(StandardEntity e, String key) {
        Optional<StandardEntity> holder = repository.findByKey(e.organizationCode, key);
        return holder.isEmpty() || holder.get().id.equals(e.id);
    }
}
