package org.qitdb.standard.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.standard.feed.service.ChangeLog;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;
import org.qitdb.standard.store.StandardRows;

/**
 * How a batch is applied, for {@link StandardWrites#applyBatch}: every row validated like a single write, plus the
 * batch's rules (a row belongs to the batch's organization; no two rows name one entry); every row resolved by
 * natural key to created, updated or unchanged, in row order, against keys loaded once ({@link BatchKeys}); the
 * entries a chunk changes locked and loaded together; the rows written by chunk in JDBC batches; the change log
 * written last. A row whose content hash equals the stored one is unchanged without loading its entry.
 */
@ApplicationScoped
class BatchApplier {

    /** Rows decided and written together: one lock-and-load query and one JDBC batch per table. */
    static final int CHUNK = 500;
    /** A batch that wrote this many rows changes the tables enough for the query planner to need new statistics. */
    static final int STATISTICS_REFRESH_ROWS = 10_000;

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
    EntityManager em;

    /** The rows that passed validation, and the errors of the others, both by row number. */
    private record Checked(Map<Integer, StandardData> valid, Map<Integer, List<FieldError>> errors) {
    }

    BatchResult apply(Batch batch) {
        Checked checked = check(batch);
        // an atomic batch with an invalid row writes nothing, but still says what every other row would have done
        boolean writing = !batch.dryRun() && !(batch.atomic() && !checked.errors().isEmpty());
        Set<String> organizations = new LinkedHashSet<>();
        checked.valid().values().forEach(d -> organizations.add(d.organization()));
        BatchKeys keys = BatchKeys.load(repository, organizations);
        Map<Integer, BatchResult.RowResult> results = new HashMap<>();
        List<ChangeLog.Event> events = new ArrayList<>();
        List<Map.Entry<Integer, StandardData>> valid = new ArrayList<>(checked.valid().entrySet());
        boolean wrote = false;
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<Map.Entry<Integer, StandardData>> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            // once an atomic batch has a rejected row, the rest is only decided, not written
            boolean writingChunk = writing && !(batch.atomic() && !checked.errors().isEmpty());
            List<PlannedWrite> planned = decideChunk(batch, chunk, keys, writingChunk, results, checked.errors());
            if (writingChunk) {
                wrote = true;
                rows.write(planned.stream().flatMap(w -> w.insert().stream()).toList(),
                        planned.stream().flatMap(w -> w.update().stream()).toList());
                planned.forEach(w -> w.event().ifPresent(events::add));
                // the entries of this chunk are written: keep the persistence context small
                em.clear();
            }
        }
        boolean rejected = batch.atomic() && !checked.errors().isEmpty();
        boolean applied = writing && !rejected;
        if (applied) {
            changeLog.record(events);
        } else if (wrote) {
            // a key conflict found half-way: the chunks written before it must not commit
            QuarkusTransaction.setRollbackOnly();
        }
        List<BatchResult.RowResult> ordered = new ArrayList<>();
        for (Batch.Row row : batch.rows()) {
            List<FieldError> errors = checked.errors().get(row.row());
            ordered.add(errors != null ? rejectedRow(row, errors) : results.get(row.row()));
        }
        return new BatchResult(applied, ordered);
    }

    /** Every rule of a single write, plus: the row belongs to the batch's organization and names its entry once. */
    private Checked check(Batch batch) {
        Map<Integer, StandardData> valid = new LinkedHashMap<>();
        Map<Integer, List<FieldError>> errors = new LinkedHashMap<>();
        Map<String, Integer> rowByKey = new HashMap<>();
        for (Batch.Row row : batch.rows()) {
            StandardInput input = row.input();
            if (input == null || !row.readErrors().isEmpty()) {
                errors.put(row.row(), row.readErrors().isEmpty()
                        ? List.of(new FieldError("", "the row is not an entry")) : row.readErrors());
                continue;
            }
            if (batch.organization() != null) {
                if (input.organization() == null || input.organization().isBlank()) {
                    input = input.withOrganization(batch.organization());
                } else {
                    Optional<Organization> stated = catalog.organization(input.organization());
                    if (stated.isPresent() && !stated.get().code().equals(batch.organization())) {
                        errors.put(row.row(), List.of(new FieldError("organization", "this row belongs to " + stated.get().code()
                                + ", the submission to " + batch.organization() + ": each SDO sends its own entries")));
                        continue;
                    }
                }
            }
            StandardValidator.Result result = validator.validate(input);
            if (!result.valid()) {
                errors.put(row.row(), result.errors());
                continue;
            }
            StandardData data = result.data();
            List<String> keys = new ArrayList<>();
            keys.add(data.organization() + '\u0000' + data.identifierKey());
            data.aliases().forEach(a -> keys.add(data.organization() + '\u0000' + a.key()));
            Integer earlier = keys.stream().map(rowByKey::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (earlier != null) {
                errors.put(row.row(), List.of(new FieldError("identifier", "conflict: row " + earlier
                        + " of this submission already names " + data.organization() + " " + data.identifier())));
                continue;
            }
            keys.forEach(k -> rowByKey.put(k, row.row()));
            valid.put(row.row(), data);
        }
        return new Checked(valid, errors);
    }

    /**
     * Decides the rows of one chunk in order. The entries they change are locked and loaded first (when writing), so
     * that what a row is compared with is what it replaces; a row whose entry was deleted underneath creates it anew.
     */
    private List<PlannedWrite> decideChunk(Batch batch, List<Map.Entry<Integer, StandardData>> chunk, BatchKeys keys,
            boolean writing, Map<Integer, BatchResult.RowResult> results, Map<Integer, List<FieldError>> errors) {
        Map<Integer, String> hashes = new HashMap<>();
        Set<UUID> toLoad = new LinkedHashSet<>();
        for (Map.Entry<Integer, StandardData> row : chunk) {
            keys.resolve(row.getValue()).ifPresent(id -> {
                String hash = StandardMapper.contentHash(row.getValue());
                hashes.put(row.getKey(), hash);
                if (!keys.unchanged(id, hash)) {
                    toLoad.add(id);
                }
            });
        }
        Map<UUID, StandardEntity> loaded = repository.loadAll(toLoad, writing);
        List<PlannedWrite> planned = new ArrayList<>();
        Instant now = StandardWrites.now();
        for (Map.Entry<Integer, StandardData> row : chunk) {
            StandardData data = row.getValue();
            try {
                Optional<UUID> existing = keys.resolve(data);
                if (existing.isPresent() && keys.unchanged(existing.get(), hashes.get(row.getKey()))) {
                    results.put(row.getKey(), outcome(row.getKey(), StandardWrites.Outcome.UNCHANGED, existing.get(), data, Map.of()));
                    continue;
                }
                StandardEntity entity = existing.map(loaded::get).orElse(null);
                if (existing.isPresent() && entity == null) {
                    keys.forget(existing.get(), null);
                }
                PlannedWrite write = entity == null ? create(batch, data, keys, now) : replace(batch, entity, data, keys, now, writing);
                if (write.outcome() != StandardWrites.Outcome.UNCHANGED) {
                    planned.add(write);
                }
                results.put(row.getKey(), outcome(row.getKey(), write.outcome(), write.entry().id(), data,
                        write.outcome() == StandardWrites.Outcome.UPDATED ? write.changes() : Map.of()));
            } catch (Refused refused) {
                errors.put(row.getKey(), List.of(new FieldError(fieldOf(refused.refusal()), refused.getMessage())));
            }
        }
        return planned;
    }

    private PlannedWrite create(Batch batch, StandardData data, BatchKeys keys, Instant now) {
        batch.author().caller().requireOrganization(data.organization());
        KeyRules.requireFree(data, null, keys);
        PlannedWrite write = PlannedWrite.created(data, batch.author(), now);
        keys.written(write.entry().id(), null, data);
        return write;
    }

    private PlannedWrite replace(Batch batch, StandardEntity entity, StandardData data, BatchKeys keys, Instant now,
            boolean writing) {
        batch.author().caller().requireOrganization(entity.organizationCode);
        StandardData before = StandardMapper.dataOf(entity);
        PlannedWrite write = PlannedWrite.replaced(entity, before, data, batch.author(), now);
        if (write.outcome() == StandardWrites.Outcome.UNCHANGED) {
            String contentHash = StandardMapper.contentHash(data);
            if (writing && !contentHash.equals(entity.contentHash)) {
                // a missing or stale hash (an older rule) is repaired, so the next load recognizes the row by it
                rows.refreshContentHash(entity.id, contentHash);
            }
            return write;
        }
        KeyRules.requireFree(data, entity.id, keys);
        keys.written(entity.id, before, data);
        return write;
    }

    /** A key held by another entry is the row's identifier's fault; a scope refusal its organization's. */
    private static String fieldOf(Refusal refusal) {
        return refusal instanceof Refusal.OutOfScope ? "organization" : "identifier";
    }

    private static BatchResult.RowResult outcome(int row, StandardWrites.Outcome outcome, UUID id, StandardData data,
            Map<String, FieldChange> changes) {
        return new BatchResult.RowResult(row, Optional.of(outcome), id, data.identifier(), changes, List.of());
    }

    private static BatchResult.RowResult rejectedRow(Batch.Row row, List<FieldError> errors) {
        String identifier = row.input() == null ? null : row.input().identifier();
        return new BatchResult.RowResult(row.row(), Optional.empty(), null, identifier, Map.of(), errors);
    }
}
