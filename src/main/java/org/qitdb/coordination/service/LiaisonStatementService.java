package org.qitdb.coordination.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qitdb.common.EntityTags;
import org.qitdb.common.FieldChange;
import org.qitdb.common.MergePatch;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.LiaisonStatement;
import org.qitdb.coordination.api.LiaisonStatementInput;
import org.qitdb.coordination.api.LiaisonStatementPage;
import org.qitdb.coordination.api.StatementRef;
import org.qitdb.coordination.store.StatementEntity;
import org.qitdb.coordination.store.StatementRepository;
import org.qitdb.reference.api.Organization;
import org.qitdb.security.Caller;

/**
 * Liaison statements in and out. Admins register and maintain any; an organization's editors register its incoming
 * statements (and may correct or withdraw them), never outgoing ones, which are the coordination group's. A reference
 * names one statement (409 on a duplicate); a statement answered by another cannot be deleted.
 */
@ApplicationScoped
public class LiaisonStatementService {

    private static final RecordKind KIND = RecordKind.LIAISON_STATEMENT;

    /** What a write by reference did, for bulk loads. */
    public record Upserted(org.qitdb.submission.service.SubmissionKind.Outcome outcome, UUID id, String reference,
            Map<String, FieldChange> changes) {
    }

    @Inject
    StatementRepository statements;

    @Inject
    StatementValidator validator;

    @Inject
    RegisterWrites writes;

    @Inject
    Parties parties;

    @Inject
    ObjectMapper json;

    /** Deadlines fall on calendar days, the same everywhere: UTC decides which day it is. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    // ---- reads

    @Transactional
    public LiaisonStatementPage listStatements(StatementRepository.Criteria criteria, int page, int size) {
        StatementRepository.Page found = statements.search(criteria, page, size);
        return new LiaisonStatementPage(views(found.items()), PageInfo.of(page, size, found.total()));
    }

    @Transactional
    public LiaisonStatement requireStatement(UUID id) {
        StatementEntity entity = statements.findByIdOptional(id).orElseThrow(() -> KIND.notFound(id));
        return views(List.of(entity)).get(0);
    }

    /** The statement a reference names (any case and spacing). */
    @Transactional
    public Optional<LiaisonStatement> findByReference(String reference) {
        return statements.findByReferenceKey(FieldRules.key(reference)).map(e -> views(List.of(e)).get(0));
    }

    /** Every statement, newest first. */
    @Transactional
    public List<LiaisonStatement> allStatements() {
        return views(statements.all());
    }

    /** The statements these references name (any case and spacing), briefly, by the reference as given. */
    @Transactional
    public Map<String, StatementRef> byReferences(java.util.Collection<String> references) {
        Map<String, String> keys = new LinkedHashMap<>();
        references.stream().filter(r -> r != null && !r.isBlank()).forEach(r -> keys.put(r, FieldRules.key(r)));
        Map<String, StatementEntity> byKey = new HashMap<>();
        statements.byReferenceKeys(Set.copyOf(keys.values())).forEach(e -> byKey.put(e.referenceKey, e));
        Map<String, StatementRef> found = new HashMap<>();
        keys.forEach((reference, key) -> {
            if (byKey.containsKey(key)) {
                found.put(reference, StatementMapper.ref(byKey.get(key)));
            }
        });
        return found;
    }

    // ---- writes

    @Transactional
    public LiaisonStatement createStatement(LiaisonStatementInput input, Caller caller) {
        StatementData data = valid(input);
        mayWrite(caller, data);
        requireFreeReference(data.reference(), null);
        StatementEntity entity = new StatementEntity();
        StatementMapper.apply(data, entity);
        writes.create(KIND, entity, data, caller.name());
        return views(List.of(entity)).get(0);
    }

    @Transactional
    public LiaisonStatement replaceStatement(UUID id, LiaisonStatementInput input, Optional<EntityTags.Precondition> ifMatch,
            Caller caller) {
        StatementEntity entity = writes.lockedForChange(KIND, StatementEntity.class, id, ifMatch, true);
        mayWrite(caller, StatementMapper.dataOf(entity));
        replace(entity, valid(input), caller.name(), caller);
        return views(List.of(entity)).get(0);
    }

    /** RFC 7396: the patch applies to the statement as GET shows it, and the result replaces it. */
    @Transactional
    public LiaisonStatement patchStatement(UUID id, JsonNode mergePatch, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        StatementEntity entity = writes.lockedForChange(KIND, StatementEntity.class, id, ifMatch, true);
        mayWrite(caller, StatementMapper.dataOf(entity));
        LiaisonStatementInput patched = MergePatch.apply(mergePatch, views(List.of(entity)).get(0), LiaisonStatementInput.class,
                "liaison statement", json);
        replace(entity, valid(patched), caller.name(), caller);
        return views(List.of(entity)).get(0);
    }

    /** Refused while registered statements answer it: their {@code inReplyTo} names it. */
    @Transactional
    public void deleteStatement(UUID id, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        StatementEntity entity = writes.lockedForChange(KIND, StatementEntity.class, id, ifMatch, false);
        mayWrite(caller, StatementMapper.dataOf(entity));
        long replies = statements.countRepliesTo(entity.referenceKey);
        if (replies > 0) {
            throw new Refused(new Refusal.InUse("liaison statement '" + entity.reference + "' is answered by " + replies
                    + " registered statement(s)", Map.of("replies", replies)));
        }
        writes.delete(KIND, entity, caller.name());
    }

    /**
     * A bulk load's row: creates the statement its reference does not name yet, or replaces the one it names (as a PUT
     * without If-Match would), in the caller's transaction. Refusals are the row's errors.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public Upserted upsertByReference(StatementData data, Caller caller, String provenance) {
        mayWrite(caller, data);
        Optional<StatementEntity> existing = statements.findByReferenceKey(FieldRules.key(data.reference()));
        if (existing.isEmpty()) {
            StatementEntity entity = new StatementEntity();
            StatementMapper.apply(data, entity);
            writes.create(KIND, entity, data, provenance);
            return new Upserted(org.qitdb.submission.service.SubmissionKind.Outcome.CREATED, entity.id, entity.reference, Map.of());
        }
        StatementEntity entity = existing.get();
        mayWrite(caller, StatementMapper.dataOf(entity));
        StatementData before = StatementMapper.dataOf(entity);
        boolean changed = replace(entity, data, provenance, caller);
        return new Upserted(changed ? org.qitdb.submission.service.SubmissionKind.Outcome.UPDATED
                : org.qitdb.submission.service.SubmissionKind.Outcome.UNCHANGED, entity.id, entity.reference,
                changed ? FieldChange.between(writes.fields(before), writes.fields(data)) : Map.of());
    }

    /** Validation of one statement, for bulk loads that report errors per row. */
    public StatementValidator.Result validate(LiaisonStatementInput input) {
        return validator.validate(input);
    }

    // ---- helpers

    private boolean replace(StatementEntity entity, StatementData data, String actor, Caller caller) {
        mayWrite(caller, data);
        StatementData before = StatementMapper.dataOf(entity);
        if (!FieldRules.key(before.reference()).equals(FieldRules.key(data.reference()))) {
            requireFreeReference(data.reference(), entity.id);
            // answers name the statement they answer by its reference
            long replies = statements.countRepliesTo(entity.referenceKey);
            if (replies > 0) {
                throw new Refused(new Refusal.InUse("liaison statement '" + before.reference() + "' keeps its reference while "
                        + replies + " registered statement(s) answer it", Map.of("replies", replies)));
            }
        }
        return writes.replace(KIND, entity, before, data, () -> StatementMapper.apply(data, entity), actor);
    }

    /**
     * Admins write any statement; an editor only incoming statements from its own organization (before and after the
     * change), because outgoing statements are the coordination group's own.
     */
    static void mayWrite(Caller caller, StatementData data) {
        if (caller.admin()) {
            return;
        }
        if (!data.incoming()) {
            throw new Refused(new Refusal.NotPermitted("token '" + caller.name() + "' may not write outgoing liaison statements: "
                    + "editors register their organization's incoming statements; outgoing ones are the admins'"));
        }
        caller.requireOrganization(data.from().organization());
    }

    private void requireFreeReference(String reference, UUID self) {
        statements.findByReferenceKey(FieldRules.key(reference)).filter(e -> !e.id.equals(self)).ifPresent(e -> {
            throw new Refused(new Refusal.Taken("the reference '" + reference + "' names liaison statement " + e.reference
                    + " already", KIND.ref(e.id, e.reference)));
        });
    }

    private StatementData valid(LiaisonStatementInput input) {
        StatementValidator.Result result = validator.validate(input);
        if (!result.valid()) {
            throw Refused.invalidBody(result.errors());
        }
        return result.data();
    }

    /** Views of the statements, with two queries for all of them: their replies and the statements they answer. */
    private List<LiaisonStatement> views(List<StatementEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Set<String> keys = entities.stream().map(e -> e.referenceKey).collect(Collectors.toSet());
        Map<String, List<StatementEntity>> replies = new HashMap<>();
        for (StatementEntity reply : statements.repliesTo(keys)) {
            replies.computeIfAbsent(reply.inReplyToKey, k -> new java.util.ArrayList<>()).add(reply);
        }
        Set<String> answered = entities.stream().map(e -> e.inReplyToKey).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, UUID> ids = new HashMap<>();
        statements.byReferenceKeys(answered).forEach(e -> ids.put(e.referenceKey, e.id));
        List<String> organizations = parties.organizations().stream().map(Organization::code).toList();
        StatementMapper.Context context = new StatementMapper.Context(today(), replies, ids, organizations);
        return entities.stream().map(e -> StatementMapper.viewOf(e, context)).toList();
    }
}
