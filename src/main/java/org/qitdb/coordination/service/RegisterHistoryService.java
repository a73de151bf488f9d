package org.qitdb.coordination.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qitdb.common.FieldChange;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.RegisterChange;
import org.qitdb.coordination.api.RegisterChangePage;
import org.qitdb.coordination.api.RegisterHistory;
import org.qitdb.coordination.store.RegisterChangeEntity;
import org.qitdb.coordination.store.RegisterChangeRepository;

/** Reads the register's history: one record's revisions, and every write of the register, newest first. */
@ApplicationScoped
public class RegisterHistoryService {

    private static final TypeReference<Map<String, FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    RegisterChangeRepository changes;

    @Inject
    ObjectMapper json;

    /** Every revision of a record of the kind, also after a delete. */
    @Transactional
    public RegisterHistory requireHistory(RecordKind kind, UUID id) {
        List<RegisterChangeEntity> rows = changes.ofRecord(id);
        if (rows.isEmpty() || !rows.get(0).recordKind.equals(kind.wire())) {
            throw Refused.notFound("no " + kind.noun() + " ever had id '" + id + "'");
        }
        RegisterChangeEntity last = rows.get(rows.size() - 1);
        List<RegisterHistory.Revision> revisions = rows.stream().map(r -> new RegisterHistory.Revision(r.revision, r.changeType,
                r.occurredAt, r.actor, read(r.changedFields))).toList();
        return new RegisterHistory(kind.wire(), id, last.label, "deleted".equals(last.changeType), revisions);
    }

    /** Writes of the register (of one kind when given), newest first. */
    @Transactional
    public RegisterChangePage changes(RecordKind kind, int page, int size) {
        String wire = kind == null ? null : kind.wire();
        List<RegisterChange> items = changes.page(wire, page, size).stream().map(r -> new RegisterChange(r.recordKind, r.recordId,
                r.label, r.revision, r.changeType, r.occurredAt, r.actor, read(r.changedFields))).toList();
        return new RegisterChangePage(items, PageInfo.of(page, size, changes.total(wire)));
    }

    private Map<String, FieldChange> read(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, FieldChange> read = json.readValue(value, CHANGES);
            return read == null ? Map.of() : new LinkedHashMap<>(read);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change is not valid JSON", e);
        }
    }
}
