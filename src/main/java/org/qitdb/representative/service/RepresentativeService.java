package org.qitdb.representative.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.FieldChange;
import org.qitdb.common.MergePatch;
import org.qitdb.common.Preconditions;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refused;
import org.qitdb.representative.api.Representative;
import org.qitdb.representative.api.RepresentativeHistory;
import org.qitdb.representative.api.RepresentativeInput;
import org.qitdb.representative.api.RepresentativePage;
import org.qitdb.representative.store.RepresentativeChangeEntity;
import org.qitdb.representative.store.RepresentativeChangeRepository;
import org.qitdb.representative.store.RepresentativeEntity;
import org.qitdb.representative.store.RepresentativeQuery;
import org.qitdb.representative.store.RepresentativeRepository;
import org.qitdb.security.Caller;

/**
 * Reading and writing representatives, and their history. Writes need the organization scope of the caller (on
 * both organizations when a representative moves); every read decides per representative whether the reader may
 * see its personal data. Representative writes stay out of the public change feed, which carries standards only.
 */
@ApplicationScoped
public class RepresentativeService {

    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    RepresentativeRepository repository;

    @Inject
    RepresentativeChangeRepository changes;

    @Inject
    RepresentativeValidator validator;

    @Inject
    ObjectMapper json;

    /** Appointments end on a calendar day, the same everywhere: UTC decides which day it is. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    // ---- reads

    @Transactional
    public RepresentativePage listRepresentatives(RepresentativeQuery query, Optional<Caller> reader) {
        RepresentativeRepository.Page page = repository.search(query, today());
        List<Representative> items = page.items().stream()
                .map(e -> RepresentativeMapper.viewOf(e, mayReadPersonalData(reader, e.organizationCode))).toList();
        return new RepresentativePage(items, PageInfo.of(query.page(), query.size(), page.total()));
    }

    @Transactional
    public Representative requireRepresentative(String id, Optional<Caller> reader) {
        RepresentativeEntity entity = repository.findByIdOptional(parseId(id)).orElseThrow(() -> notFound(id));
        return RepresentativeMapper.viewOf(entity, mayReadPersonalData(reader, entity.organizationCode));
    }

    /**
     * Every revision, also after a delete. Whether the reader sees changes of personal data is decided by the
     * organization the representative belongs to now, or last belonged to.
     */
    @Transactional
    public RepresentativeHistory requireHistory(String id, Optional<Caller> reader) {
        UUID uuid = parseId(id);
        List<RepresentativeChangeEntity> rows = changes.ofRepresentative(uuid);
        if (rows.isEmpty()) {
            throw Refused.notFound("no representative ever had id '" + uuid + "'");
        }
        RepresentativeChangeEntity last = rows.get(rows.size() - 1);
        boolean personal = mayReadPersonalData(reader, last.organizationCode);
        List<RepresentativeHistory.Revision> revisions = new ArrayList<>();
        for (RepresentativeChangeEntity row : rows) {
            Map<String, FieldChange> fields = new LinkedHashMap<>(readChanges(row.changedFields));
            List<String> redacted = new ArrayList<>();
            if (!personal) {
                for (String field : List.copyOf(fields.keySet())) {
                    if (RepresentativeMapper.PERSONAL_FIELDS.contains(field)) {
                        fields.remove(field);
                        redacted.add(field);
                    }
                }
            }
            revisions.add(new RepresentativeHistory.Revision(row.revision, row.changeType, row.occurredAt, row.actor, fields,
                    List.copyOf(redacted)));
        }
        return new RepresentativeHistory(uuid, last.organizationCode, last.groupCode, last.name,
                "deleted".equals(last.changeType), revisions);
    }

    // ---- writes

    @Transactional
    public Representative createRepresentative(RepresentativeInput input, Caller caller) {
        RepresentativeData data = valid(input);
        caller.requireOrganization(data.organization());
        Instant now = now();
        RepresentativeEntity entity = new RepresentativeEntity();
        entity.id = UUID.randomUUID();
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.revision = 1;
        entity.provenance = caller.name();
        RepresentativeMapper.apply(data, entity);
        repository.persist(entity);
        flush();
        record("created", entity, entity.revision, RepresentativeMapper.differences(null, data), caller, now);
        return RepresentativeMapper.viewOf(entity, true);
    }

    @Transactional
    public Representative replaceRepresentative(UUID id, RepresentativeInput input, Optional<EntityTags.Precondition> ifMatch,
            Caller caller) {
        RepresentativeEntity entity = lockedForChange(id, ifMatch, true);
        caller.requireOrganization(entity.organizationCode);
        return replace(entity, valid(input), caller);
    }

    /** RFC 7396: the patch is applied to the representative as its editors see it, and the result replaces it. */
    @Transactional
    public Representative patchRepresentative(UUID id, JsonNode mergePatch, Optional<EntityTags.Precondition> ifMatch,
            Caller caller) {
        RepresentativeEntity entity = lockedForChange(id, ifMatch, true);
        caller.requireOrganization(entity.organizationCode);
        RepresentativeInput patched = MergePatch.apply(mergePatch, RepresentativeMapper.viewOf(entity, true),
                RepresentativeInput.class, "representative", json);
        return replace(entity, valid(patched), caller);
    }

    /** The history's last row names the representative as it was, at the next revision. */
    @Transactional
    public void deleteRepresentative(UUID id, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        RepresentativeEntity entity = lockedForChange(id, ifMatch, false);
        caller.requireOrganization(entity.organizationCode);
        record("deleted", entity, entity.revision + 1, Map.of(), caller, now());
        repository.delete(entity);
    }

    // ---- helpers

    /** No new revision and no history row when nothing changed. */
    private Representative replace(RepresentativeEntity entity, RepresentativeData data, Caller caller) {
        caller.requireOrganization(data.organization());
        RepresentativeData before = RepresentativeMapper.dataOf(entity);
        if (before.equals(data)) {
            return RepresentativeMapper.viewOf(entity, true);
        }
        Instant now = now();
        RepresentativeMapper.apply(data, entity);
        entity.revision++;
        entity.updatedAt = now;
        entity.provenance = caller.name();
        flush();
        record("updated", entity, entity.revision, RepresentativeMapper.differences(before, data), caller, now);
        return RepresentativeMapper.viewOf(entity, true);
    }

    /** A group removed by a concurrent transaction surfaces here, as a conflict rather than a failure. */
    private void flush() {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw Refused.concurrentWrite("the representative's group changed at the same moment; retry");
        }
    }

    private void record(String type, RepresentativeEntity entity, long revision, Map<String, FieldChange> fields, Caller caller,
            Instant at) {
        RepresentativeChangeEntity row = new RepresentativeChangeEntity();
        row.representativeId = entity.id;
        row.changeType = type;
        row.organizationCode = entity.organizationCode;
        row.groupCode = entity.groupCode;
        row.name = entity.name;
        row.revision = revision;
        row.occurredAt = at;
        row.actor = caller.name();
        row.changedFields = writeChanges(fields);
        changes.persist(row);
    }

    private RepresentativeData valid(RepresentativeInput input) {
        RepresentativeValidator.Result result = validator.validate(input);
        if (!result.valid()) {
            throw Refused.invalidBody(result.errors());
        }
        return result.data();
    }

    /** The representative, locked until the transaction ends, after the If-Match rules (see {@link Preconditions}). */
    private RepresentativeEntity lockedForChange(UUID id, Optional<EntityTags.Precondition> ifMatch, boolean required) {
        return Preconditions.lockedForChange(ifMatch, required, "representative", () -> repository.findByIdOptional(id),
                () -> repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), e -> e.revision, () -> notFound(id.toString()));
    }

    private static boolean mayReadPersonalData(Optional<Caller> reader, String organizationCode) {
        return reader.map(caller -> caller.mayReadPersonalDataOf(organizationCode)).orElse(false);
    }

    private String writeChanges(Map<String, FieldChange> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change cannot be written as JSON", e);
        }
    }

    private Map<String, FieldChange> readChanges(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, FieldChange> read = json.readValue(value, CHANGES);
            return read == null ? Map.of() : read;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change is not valid JSON", e);
        }
    }

    /** Database timestamps keep microseconds: answers must show the value a later read will show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID parseId(String id) {
        return ClientValues.id(id, "representative");
    }

    private static Refused notFound(String id) {
        return Refused.notFound("no representative with id '" + ClientValues.shorten(String.valueOf(id)) + "'");
    }
}
