package org.qitdb.standard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.ProblemException;
import org.qitdb.security.Caller;
import org.qitdb.standard.api.StandardView;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;
import org.qitdb.sync.service.ChangeLog;

/**
 * The one write path of standards. Every way of writing (POST, PUT, PATCH, DELETE, upsert, bulk rows) ends
 * here, so the natural-key rules, revisions, the change feed and history are applied the same way for all.
 * Methods join the caller's transaction; callers record the returned events with {@link ChangeLog} last.
 */
@ApplicationScoped
public class StandardWriter {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, DELETED }

    /** What a write did: the entry after it, which fields changed, and the feed event to record (none when unchanged). */
    public record Written(Outcome outcome, StandardView entry, Map<String, ChangeLog.FieldChange> changes,
            Optional<ChangeLog.Event> event) {
    }

    @Inject
    StandardRepository repository;

    /**
     * Finds the entry a natural key or alias names. Single writes ask the database; a bulk load asks an index it
     * loaded once, so that thousands of rows do not cost thousands of queries.
     */
    public interface KeyLookup {
        Optional<StandardEntity> find(String organization, String key);
    }

    /** The lookup of single writes: one indexed query per key. */
    public KeyLookup databaseLookup() {
        return repository::findByKey;
    }

    /**
     * Who writes: the caller whose organization scope is checked, and the provenance recorded on the entry and
     * in its history (the token's name, or the submission that carried the row).
     */
    public record Author(Caller caller, String provenance) {
    }

    /** Creates a new entry; 409 when its natural key or an alias already names an entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written create(StandardData data, Author author) {
        return create(data, author, databaseLookup());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written create(StandardData data, Author author, KeyLookup lookup) {
        author.caller().requireOrganization(data.organization());
        String actor = author.provenance();
        lookup.find(data.organization(), data.identifierKey()).ifPresent(existing -> {
            throw duplicateKey(data.organization(), data.identifier(), existing);
        });
        requireAliasesFree(data, null, lookup);
        Instant now = now();
        StandardEntity entity = new StandardEntity();
        entity.id = UUID.randomUUID();
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.revision = 1;
        entity.provenance = actor;
        StandardMapper.apply(data, entity);
        repository.persist(entity);
        StandardView view = StandardMapper.viewOf(entity);
        Map<String, ChangeLog.FieldChange> changes = changes(null, data);
        return new Written(Outcome.CREATED, view, changes,
                Optional.of(new ChangeLog.Event(ChangeLog.Type.CREATED, view, changes, actor, now)));
    }

    /** Replaces an entry's content; no new revision and no event when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written replace(StandardEntity entity, StandardData data, Author author) {
        return replace(entity, data, author, databaseLookup());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written replace(StandardEntity entity, StandardData data, Author author, KeyLookup lookup) {
        author.caller().requireOrganization(entity.organizationCode);
        author.caller().requireOrganization(data.organization());
        String actor = author.provenance();
        StandardData before = StandardMapper.dataOf(entity);
        if (before.equals(data)) {
            // derived, not content: a hash from an older version is refreshed without a revision or an event
            String contentHash = StandardMapper.contentHash(data);
            if (!contentHash.equals(entity.contentHash)) {
                entity.contentHash = contentHash;
            }
            return new Written(Outcome.UNCHANGED, StandardMapper.viewOf(entity), Map.of(), Optional.empty());
        }
        if (!before.organization().equals(data.organization()) || !before.identifierKey().equals(data.identifierKey())) {
            lookup.find(data.organization(), data.identifierKey()).filter(other -> !other.id.equals(entity.id))
                    .ifPresent(other -> {
                        throw duplicateKey(data.organization(), data.identifier(), other);
                    });
        }
        requireAliasesFree(data, entity.id, lookup);
        Instant now = now();
        StandardMapper.apply(data, entity);
        entity.revision++;
        entity.updatedAt = now;
        entity.provenance = actor;
        StandardView view = StandardMapper.viewOf(entity);
        Map<String, ChangeLog.FieldChange> changes = changes(before, data);
        return new Written(Outcome.UPDATED, view, changes,
                Optional.of(new ChangeLog.Event(ChangeLog.Type.UPDATED, view, changes, actor, now)));
    }

    /** Removes an entry; its tombstone carries id, natural key and the revision it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written delete(StandardEntity entity, Author author) {
        author.caller().requireOrganization(entity.organizationCode);
        String actor = author.provenance();
        StandardView view = StandardMapper.viewOf(entity);
        repository.delete(entity);
        return new Written(Outcome.DELETED, view, Map.of(),
                Optional.of(new ChangeLog.Event(ChangeLog.Type.DELETED, view, Map.of(), actor, now())));
    }

    private void requireAliasesFree(StandardData data, UUID self, KeyLookup lookup) {
        for (StandardData.Alias alias : data.aliases()) {
            lookup.find(data.organization(), alias.key()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
                throw ProblemException.conflict("alias '" + alias.alias() + "' already names " + other.organizationCode + " "
                        + other.identifier + " (" + other.id + "); an alias can name one entry only",
                        Map.of("alias", alias.alias(), "existing", "/api/v1/standards/" + other.id,
                                "existingId", other.id.toString(), "existingIdentifier", other.identifier));
            });
        }
    }

    static ProblemException duplicateKey(String organization, String identifier, StandardEntity existing) {
        return ProblemException.conflict(organization + " " + identifier + " exists already as " + existing.organizationCode
                + " " + existing.identifier + " (" + existing.id + ")",
                Map.of("existing", "/api/v1/standards/" + existing.id, "existingId", existing.id.toString(),
                        "existingIdentifier", existing.identifier));
    }

    private static Map<String, ChangeLog.FieldChange> changes(StandardData before, StandardData after) {
        Map<String, ChangeLog.FieldChange> changes = new LinkedHashMap<>();
        StandardMapper.differences(before, after).forEach((field, fromTo) ->
                changes.put(field, new ChangeLog.FieldChange(fromTo[0], fromTo[1])));
        return changes;
    }

    /** Database timestamps keep microseconds: answers must show the value a later read will show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static List<ChangeLog.Event> events(List<Written> writes) {
        return writes.stream().flatMap(w -> w.event().stream()).toList();
    }
}
