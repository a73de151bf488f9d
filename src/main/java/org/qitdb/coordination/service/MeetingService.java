package org.qitdb.coordination.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.EntityTags;
import org.qitdb.common.MergePatch;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.Meeting;
import org.qitdb.coordination.api.MeetingDocumentInput;
import org.qitdb.coordination.api.MeetingInput;
import org.qitdb.coordination.api.MeetingPage;
import org.qitdb.coordination.store.MeetingEntity;
import org.qitdb.coordination.store.MeetingRepository;
import org.qitdb.coordination.store.QuestionRepository;
import org.qitdb.security.Caller;

/**
 * Meetings of the coordination group and their documents. Admins maintain meetings; an organization's editors may add
 * the documents their organization submits to one (and remove them again). Every change is a new revision of the
 * meeting, with its documents, in the register's history.
 */
@ApplicationScoped
public class MeetingService {

    private static final RecordKind KIND = RecordKind.MEETING;

    @Inject
    MeetingRepository meetings;

    @Inject
    QuestionRepository questions;

    @Inject
    MeetingValidator validator;

    @Inject
    RegisterWrites writes;

    @Inject
    ObjectMapper json;

    // ---- reads

    @Transactional
    public MeetingPage listMeetings(MeetingRepository.When when, int page, int size) {
        Instant now = Instant.now();
        MeetingRepository.Page found = meetings.search(when, now, page, size);
        return new MeetingPage(found.items().stream().map(e -> MeetingMapper.viewOf(e, now)).toList(),
                PageInfo.of(page, size, found.total()));
    }

    @Transactional
    public Meeting requireMeeting(UUID id) {
        return meetings.findByIdOptional(id).map(e -> MeetingMapper.viewOf(e, Instant.now())).orElseThrow(() -> KIND.notFound(id));
    }

    /** Every meeting, by start. */
    @Transactional
    public List<Meeting> allMeetings() {
        Instant now = Instant.now();
        return meetings.all().stream().map(e -> MeetingMapper.viewOf(e, now)).toList();
    }

    /** The meeting a code names (any case and spacing), by its code as registered. */
    @Transactional
    public Optional<Meeting> findByCode(String code) {
        return meetings.findByCodeKey(FieldRules.key(code)).map(e -> MeetingMapper.viewOf(e, Instant.now()));
    }

    // ---- writes

    @Transactional
    public Meeting createMeeting(MeetingInput input, Caller caller) {
        Permissions.requireAdmin(caller, "meetings");
        MeetingData data = validator.valid(input, List.of());
        requireFreeCode(data.code(), null);
        MeetingEntity entity = new MeetingEntity();
        MeetingMapper.apply(data, entity);
        writes.create(KIND, entity, data, caller.name());
        return MeetingMapper.viewOf(entity, Instant.now());
    }

    @Transactional
    public Meeting replaceMeeting(UUID id, MeetingInput input, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        Permissions.requireAdmin(caller, "meetings");
        MeetingEntity entity = writes.lockedForChange(KIND, MeetingEntity.class, id, ifMatch, true);
        return replace(entity, validator.valid(input, MeetingMapper.dataOf(entity).documents()), caller);
    }

    /** RFC 7396: the patch applies to the meeting as GET shows it, and the result replaces it. */
    @Transactional
    public Meeting patchMeeting(UUID id, JsonNode mergePatch, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        Permissions.requireAdmin(caller, "meetings");
        MeetingEntity entity = writes.lockedForChange(KIND, MeetingEntity.class, id, ifMatch, true);
        MeetingInput patched = MergePatch.apply(mergePatch, MeetingMapper.viewOf(entity, Instant.now()), MeetingInput.class,
                "meeting", json);
        return replace(entity, validator.valid(patched, MeetingMapper.dataOf(entity).documents()), caller);
    }

    /** Refused while coordination questions name the meeting as where they were raised. */
    @Transactional
    public void deleteMeeting(UUID id, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        Permissions.requireAdmin(caller, "meetings");
        MeetingEntity entity = writes.lockedForChange(KIND, MeetingEntity.class, id, ifMatch, false);
        long raised = questions.countRaisedAt(entity.code);
        if (raised > 0) {
            throw new Refused(new Refusal.InUse("meeting '" + entity.code + "' is where " + raised
                    + " coordination question(s) were raised", Map.of("coordinationQuestions", raised)));
        }
        writes.delete(KIND, entity, caller.name());
    }

    /**
     * Adds a document to a meeting: admins, or editors of the organization that submitted it. {@code If-Match} is
     * checked when given (the meeting's ETag).
     */
    @Transactional
    public Meeting addDocument(UUID meetingId, MeetingDocumentInput input, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        DocumentData document = validator.validDocument(input);
        caller.requireOrganization(document.source().organization());
        MeetingEntity entity = writes.lockedForChange(KIND, MeetingEntity.class, meetingId, ifMatch, false);
        MeetingData before = MeetingMapper.dataOf(entity);
        if (document.number() != null && before.documents().stream()
                .anyMatch(d -> d.number() != null && FieldRules.key(d.number()).equals(FieldRules.key(document.number())))) {
            throw new Refused(new Refusal.Taken("meeting " + entity.code + " already has a document numbered " + document.number(),
                    KIND.ref(entity.id, entity.code)));
        }
        List<DocumentData> documents = new ArrayList<>(before.documents());
        if (documents.size() >= MeetingValidator.MAX_DOCUMENTS) {
            throw Refused.invalidField("documents", "a meeting may hold at most " + MeetingValidator.MAX_DOCUMENTS + " documents");
        }
        documents.add(document);
        return replace(entity, before.withDocuments(documents), caller);
    }

    /** Removes one document: admins, or editors of the organization that submitted it. */
    @Transactional
    public Meeting removeDocument(UUID meetingId, UUID documentId, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        MeetingEntity entity = writes.lockedForChange(KIND, MeetingEntity.class, meetingId, ifMatch, false);
        MeetingData before = MeetingMapper.dataOf(entity);
        DocumentData document = before.documents().stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> Refused.notFound("meeting " + entity.code + " has no document with id '" + documentId + "'"));
        caller.requireOrganization(document.source().organization());
        List<DocumentData> documents = new ArrayList<>(before.documents());
        documents.remove(document);
        return replace(entity, before.withDocuments(documents), caller);
    }

    // ---- helpers

    private Meeting replace(MeetingEntity entity, MeetingData data, Caller caller) {
        MeetingData before = MeetingMapper.dataOf(entity);
        if (!FieldRules.key(before.code()).equals(FieldRules.key(data.code()))) {
            requireFreeCode(data.code(), entity.id);
            // questions name the meeting that raised them by its code
            long raised = questions.countRaisedAt(before.code());
            if (raised > 0) {
                throw new Refused(new Refusal.InUse("meeting '" + before.code() + "' keeps its code while " + raised
                        + " coordination question(s) name it as where they were raised", Map.of("coordinationQuestions", raised)));
            }
        }
        writes.replace(KIND, entity, before, data, () -> MeetingMapper.apply(data, entity), caller.name());
        return MeetingMapper.viewOf(entity, Instant.now());
    }

    private void requireFreeCode(String code, UUID self) {
        meetings.findByCodeKey(FieldRules.key(code)).filter(e -> !e.id.equals(self)).ifPresent(e -> {
            throw new Refused(new Refusal.Taken("the code '" + code + "' names meeting " + e.code + " already", KIND.ref(e.id, e.code)));
        });
    }
}
