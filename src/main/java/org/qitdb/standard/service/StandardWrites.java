package org.qitdb.standard.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.MergePatch;
import org.qitdb.common.Preconditions;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.common.WriteConflicts;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.Caller;
import org.qitdb.standard.feed.service.ChangeLog;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;
import org.qitdb.standard.store.StandardRows;

/**
 * The one front door for every write of a standard: create, replace, merge patch, delete, upsert by natural key, a
 * batch of rows (submissions, the seed). Each write is validated, checked against the natural-key and alias rules and
 * the caller's organization scope, given its revision and recorded in the change log, in one transaction: no caller
 * can leave a step out, and nothing else writes the {@code standard*} tables.
 *
 * <p>Revisions: every change of an existing entry locks its row first, so concurrent writers of one entry take turns
 * and each sees the revision the previous one wrote; the database refuses a second writer of the same revision
 * ({@code update … where revision = ?}, and a unique key on the change log's (entry, revision)). A single write that
 * loses a race (a key taken, a row changed or locked underneath) is repeated in a new transaction, up to
 * {@link #ATTEMPTS} times, then refused as {@link Refusal.ConcurrentWrite}.
 */
@ApplicationScoped
public class StandardWrites {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, DELETED }

    /**
     * Who writes: the caller whose organization scope is checked, and the provenance recorded on the entry and in its
     * history (the token's name, the submission that carried the row, or the seed).
     */
    public record Author(Caller caller, String provenance) {
    }

    /** What a write did, and the entry after it. */
    public record Written(Outcome outcome, StandardView entry) {
    }

    static final int ATTEMPTS = 3;

    @Inject
    StandardValidator validator;

    @Inject
    StandardRepository repository;

    @Inject
    StandardRows rows;

    @Inject
    ChangeLog changeLog;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    BatchApplier batches;

    @Inject
    ObjectMapper json;

    /** Creates an entry; refused when its natural key or an alias already names one. */
    public StandardView create(StandardInput input, Author author) {
        StandardData data = valid(input);
        return repeatable(() -> created(data, author).entry());
    }

    /** Replaces an entry's content; {@code ifMatch} is required. */
    public StandardView replace(UUID id, StandardInput input, Optional<EntityTags.Precondition> ifMatch, Author author) {
        return repeatable(() -> {
            StandardEntity entity = lockedForChange(id, ifMatch, true);
            return replaced(entity, valid(input), author).entry();
        });
    }

    /** RFC 7396: the patch applies to the entry as GET shows it, and the result replaces it. {@code ifMatch} is required. */
    public StandardView patch(UUID id, JsonNode mergePatch, Optional<EntityTags.Precondition> ifMatch, Author author) {
        return repeatable(() -> {
            StandardEntity entity = lockedForChange(id, ifMatch, true);
            StandardInput patched = MergePatch.apply(mergePatch, StandardMapper.viewOf(entity), StandardInput.class, "standard", json);
            return replaced(entity, valid(patched), author).entry();
        });
    }

    /** Removes an entry, leaving a tombstone in the change feed; {@code ifMatch} is checked when given. */
    public void delete(UUID id, Optional<EntityTags.Precondition> ifMatch, Author author) {
        repeatable(() -> {
            StandardEntity entity = lockedForChange(id, ifMatch, false);
            author.caller().requireOrganization(entity.organizationCode);
            PlannedWrite write = PlannedWrite.deleted(entity, author, now());
            if (!rows.delete(entity.id, entity.revision)) {
                throw Refused.concurrentWrite("the entry was changed by another request at the same moment; retry");
            }
            changeLog.record(List.of(write.event().orElseThrow()));
            return null;
        });
    }

    /**
     * Create-or-replace by natural key, for sync tools that retry and run concurrently. The identifier in the path may
     * be any spelling of the identifier or an alias; the body may leave organization and identifier out but must not
     * contradict them. Concurrent upserts of one entry take turns on its row lock; two first writes of one new key
     * end as one create and one update (the loser's insert fails on the unique key, and its repetition updates).
     */
    public Written upsert(String organization, String identifier, StandardInput input,
            Optional<EntityTags.Precondition> ifMatch, Author author) {
        Organization org = catalog.organization(organization)
                .orElseThrow(() -> Refused.notFound("no organization named '" + ClientValues.shorten(organization) + "'"));
        StandardData data = valid(bodyForPath(org, identifier, input));
        String pathKey = IdentifierNormalizer.key(identifier, catalog.namesOf(org.code()));
        return repeatable(() -> {
            Optional<StandardEntity> existing = repository.findByKey(org.code(), pathKey);
            if (existing.isEmpty()) {
                if (ifMatch.isPresent() && !ifMatch.get().any()) {
                    throw new Refused(new Refusal.NothingToMatch("no entry exists for this natural key, so no ETag can match"));
                }
                if (!names(pathKey, data)) {
                    throw Refused.invalidField("identifier", "'" + data.identifier() + "' disagrees with the identifier in the path");
                }
                return created(data, author);
            }
            StandardEntity entity = existing.get();
            repository.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            if (!entity.identifierKey.equals(pathKey) && entity.aliases.stream().noneMatch(a -> a.aliasKey.equals(pathKey))) {
                // renamed between the lookup and the lock: the path names another entry now, or none
                throw Refused.concurrentWrite("the entry was renamed by another request at the same moment; retry");
            }
            if (!entity.identifierKey.equals(data.identifierKey()) && !names(pathKey, data)) {
                throw Refused.invalidField("identifier", "'" + data.identifier() + "' is not the entry the path names ("
                        + entity.identifier + ")");
            }
            Preconditions.check(ifMatch, entity.revision, "entry");
            return replaced(entity, data, author);
        });
    }

    /**
     * Applies a batch of rows in the caller's transaction (which owns whatever else must commit with the rows, such
     * as a submission's record): see {@link BatchApplier}. When the result says nothing was applied (a dry run, or an
     * atomic batch with a rejected row), the transaction has been marked for rollback.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchResult applyBatch(Batch batch) {
        return batches.apply(batch);
    }

    /**
     * After a batch of many rows has committed: PostgreSQL's planner must learn the new row counts before
     * autovacuum notices them (with the statistics of an empty table it picks nested loops over 100 000 rows).
     */
    public void refreshStatisticsAfter(long writtenRows) {
        if (writtenRows >= BatchApplier.STATISTICS_REFRESH_ROWS) {
            QuarkusTransaction.requiringNew().run(repository::refreshStatistics);
        }
    }

    // ---- the steps of single writes

    private Written created(StandardData data, Author author) {
        author.caller().requireOrganization(data.organization());
        KeyRules.requireFree(data, null, databaseKeys());
        PlannedWrite write = PlannedWrite.created(data, author, now());
        commit(write);
        return new Written(write.outcome(), write.entry());
    }

    private Written replaced(StandardEntity entity, StandardData data, Author author) {
        author.caller().requireOrganization(entity.organizationCode);
        author.caller().requireOrganization(data.organization());
        StandardData before = StandardMapper.dataOf(entity);
        PlannedWrite write = PlannedWrite.replaced(entity, before, data, author, now());
        if (write.outcome() == Outcome.UNCHANGED) {
            // derived, not content: a hash from an older version of the rule is refreshed without a revision or an event
            String contentHash = StandardMapper.contentHash(data);
            if (!contentHash.equals(entity.contentHash)) {
                rows.refreshContentHash(entity.id, contentHash);
            }
        } else {
            KeyRules.requireFree(data, entity.id, databaseKeys());
            commit(write);
        }
        return new Written(write.outcome(), write.entry());
    }

    private void commit(PlannedWrite write) {
        rows.write(write.insert().stream().toList(), write.update().stream().toList());
        changeLog.record(write.event().stream().toList());
    }

    /**
     * The entry, locked until the transaction ends, after the If-Match rules: without a precondition a change that
     * needs one is refused (the entry must exist for that to be the answer); a precondition is checked under the lock,
     * so of two writers holding the same ETag the second sees the first one's revision.
     */
    private StandardEntity lockedForChange(UUID id, Optional<EntityTags.Precondition> ifMatch, boolean required) {
        if (required && ifMatch.isEmpty()) {
            repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
            Preconditions.required(ifMatch, "standard");
        }
        StandardEntity entity = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        Preconditions.check(ifMatch, entity.revision, "entry");
        return entity;
    }

    private KeyLookup databaseKeys() {
        return (organization, key) -> repository.findByKey(organization, key)
                .map(e -> new KeyLookup.Holder(e.id, e.organizationCode, e.identifier));
    }

    private static boolean names(String key, StandardData data) {
        return key.equals(data.identifierKey()) || data.aliases().stream().anyMatch(a -> a.key().equals(key));
    }

    /** The path names organization and identifier; the body may leave them out but not contradict them. */
    private StandardInput bodyForPath(Organization org, String identifier, StandardInput input) {
        if (input == null) {
            return null;
        }
        if (!ClientValues.blank(input.organization())
                && !catalog.organization(input.organization()).map(o -> o.code().equals(org.code())).orElse(false)) {
            throw Refused.invalidField("organization", "'" + ClientValues.shorten(input.organization())
                    + "' disagrees with the organization in the path (" + org.code() + ")");
        }
        return input.withOrganization(org.code()).withIdentifierIfBlank(identifier);
    }

    private StandardData valid(StandardInput input) {
        StandardValidator.Result result = validator.validate(input);
        if (!result.valid()) {
            throw Refused.invalidBody(result.errors());
        }
        return result.data();
    }

    /**
     * Runs a write in a transaction of its own, repeated when it lost a race with another request; refused as a
     * conflict when it keeps losing.
     */
    private <T> T repeatable(Callable<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(write);
            } catch (RuntimeException e) {
                if (!WriteConflicts.lostRace(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw Refused.concurrentWrite("the entry was written concurrently by another request; retry");
                }
            }
        }
    }

    /** Database timestamps keep microseconds: answers must show the value a later read will show. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Refused notFound(UUID id) {
        return Refused.notFound("no standard with id '" + id + "'");
    }
}
