package org.qitdb.coordination.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.EntityTags;
import org.qitdb.common.FieldChange;
import org.qitdb.common.Preconditions;
import org.qitdb.common.Refused;
import org.qitdb.common.WriteConflicts;
import org.qitdb.coordination.store.RegisterChangeEntity;
import org.qitdb.coordination.store.RegisterChangeRepository;
import org.qitdb.coordination.store.RegisterRecord;

/**
 * The steps every write of a register record takes, whatever its kind: revisions that start at 1 and grow by 1 on
 * every real change (none when nothing changed), the If-Match rules under the row lock, and a history row with the
 * fields that changed, in the writer's transaction. The services of meetings, statements and questions own their
 * rules (validation, who may write) and call these.
 *
 * <p>A refusal does not by itself mark the transaction for rollback: a bulk load reports it as the row's error and
 * goes on with the next row (the caller's own transaction boundary rolls back single writes that are refused).
 */
@ApplicationScoped
public class RegisterWrites {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    RegisterChangeRepository changes;

    @Inject
    ObjectMapper json;

    /**
     * The record, locked until the transaction ends, after the If-Match rules (see {@link Preconditions}): 404 before
     * 428, the precondition checked under the lock.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public <E extends RegisterRecord> E lockedForChange(RecordKind kind, Class<E> type, UUID id,
            Optional<EntityTags.Precondition> ifMatch, boolean required) {
        return Preconditions.lockedForChange(ifMatch, required, kind.noun(), () -> Optional.ofNullable(em.find(type, id)),
                () -> Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE)), e -> e.revision,
                () -> kind.notFound(id));
    }

    /** Stores a new record at revision 1 ({@code data}: its content in canonical form, for the history). */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public void create(RecordKind kind, RegisterRecord record, Object data, String actor) {
        Instant now = now();
        if (record.id == null) {
            record.id = UUID.randomUUID();
        }
        record.revision = 1;
        record.createdAt = now;
        record.updatedAt = now;
        record.provenance = actor;
        em.persist(record);
        flush(kind);
        history(kind, record, "created", record.revision, FieldChange.between(Map.of(), fields(data)), actor, now);
    }

    /**
     * Gives the record new content ({@code apply} copies {@code after} onto it) at the next revision; nothing, and no
     * history row, when the content does not change. Returns whether it changed.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public boolean replace(RecordKind kind, RegisterRecord record, Object before, Object after, Runnable apply, String actor) {
        if (before.equals(after)) {
            return false;
        }
        Instant now = now();
        apply.run();
        record.revision++;
        record.updatedAt = now;
        record.provenance = actor;
        flush(kind);
        history(kind, record, "updated", record.revision, FieldChange.between(fields(before), fields(after)), actor, now);
        return true;
    }

    /** Removes the record; its history keeps a last row, at the next revision, naming it as it was. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public void delete(RecordKind kind, RegisterRecord record, String actor) {
        history(kind, record, "deleted", record.revision + 1, Map.of(), actor, now());
        em.remove(record);
        flush(kind);
    }

    /** The fields of a record's content as the API names them, for comparing two versions. */
    Map<String, Object> fields(Object data) {
        Map<String, Object> fields = json.convertValue(data, FIELDS);
        return fields == null ? Map.of() : new LinkedHashMap<>(fields);
    }

    /** A key taken, or the record changed or removed, by a concurrent transaction: a conflict, not a failure. */
    private void flush(RecordKind kind) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (WriteConflicts.lostRace(e)) {
                throw Refused.concurrentWrite("the " + kind.noun() + " was written by another request at the same moment; retry");
            }
            throw e;
        }
    }

    private void history(RecordKind kind, RegisterRecord record, String type, long revision, Map<String, FieldChange> fields,
            String actor, Instant at) {
        RegisterChangeEntity row = new RegisterChangeEntity();
        row.recordKind = kind.wire();
        row.recordId = record.id;
        row.label = record.label();
        row.revision = revision;
        row.changeType = type;
        row.occurredAt = at;
        row.actor = actor;
        try {
            row.changedFields = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change cannot be written as JSON", e);
        }
        changes.persist(row);
    }

    /** Database timestamps keep microseconds: answers must show the value a later read will show. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
