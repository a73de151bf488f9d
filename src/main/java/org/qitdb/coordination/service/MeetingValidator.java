package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.MeetingDocumentInput;
import org.qitdb.coordination.api.MeetingInput;

/** Checks a written meeting against every rule at once and brings it into canonical form. */
@ApplicationScoped
public class MeetingValidator {

    public static final List<String> DOCUMENT_TYPES = List.of("report", "contribution", "presentation", "liaison", "agenda");
    public static final List<String> DOCUMENT_STATUSES = List.of("presented", "deferred", "noted");
    static final int MAX_PARTIES = 200;
    static final int MAX_DOCUMENTS = 500;

    @Inject
    Parties parties;

    /**
     * The meeting in canonical form, or a refusal listing every bad field. Documents sent without an id keep the id
     * of an identical document the meeting has ({@code existing}), so that sending a meeting back changes nothing.
     */
    public MeetingData valid(MeetingInput in, List<DocumentData> existing) {
        if (in == null) {
            throw Refused.invalidField("", "a JSON object with the meeting is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = FieldRules.required(in.code(), "code", 100, errors);
        String title = FieldRules.required(in.title(), "title", 500, errors);
        OffsetDateTime start = FieldRules.dateTime(in.start(), "start", errors);
        if (start == null && org.qitdb.common.ClientValues.blank(in.start())) {
            errors.add(new FieldError("start", "is required"));
        }
        OffsetDateTime end = FieldRules.dateTime(in.end(), "end", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("end", "lies before start (" + start + ")"));
        }
        String place = FieldRules.text(in.place(), "place", 300, errors);
        String colocatedWith = FieldRules.text(in.colocatedWith(), "colocatedWith", 500, errors);
        String report = FieldRules.text(in.report(), "report", 100, errors);
        String notes = FieldRules.text(in.notes(), "notes", 4000, errors);
        List<PartyData> invited = parties.resolveAll(in.invited(), "invited", MAX_PARTIES, errors);
        List<PartyData> attended = parties.resolveAll(in.attended(), "attended", MAX_PARTIES, errors);
        List<MeetingDocumentInput> documentInputs = FieldRules.bounded(in.documents(), "documents", MAX_DOCUMENTS, errors);
        List<DocumentData> documents = new ArrayList<>();
        for (int i = 0; i < documentInputs.size(); i++) {
            DocumentData document = document(documentInputs.get(i), "documents[" + i + "]", errors);
            if (document != null) {
                documents.add(document);
            }
        }
        documents = identified(documents, existing == null ? List.of() : existing, errors);
        if (!errors.isEmpty()) {
            throw Refused.invalidBody(errors);
        }
        return new MeetingData(code, title, start, end, place, Boolean.TRUE.equals(in.virtual()), colocatedWith, report, notes,
                invited, attended, List.copyOf(documents));
    }

    /** One document alone, as {@code POST /meetings/{id}/documents} takes it: always a new one. */
    public DocumentData validDocument(MeetingDocumentInput in) {
        if (in == null) {
            throw Refused.invalidField("", "a JSON object with the document is required");
        }
        List<FieldError> errors = new ArrayList<>();
        DocumentData document = document(in, null, errors);
        if (!errors.isEmpty()) {
            throw Refused.invalidBody(errors);
        }
        return document.withId(UUID.randomUUID());
    }

    /** A document with the id it was sent with (null when it had none). */
    private DocumentData document(MeetingDocumentInput in, String at, List<FieldError> errors) {
        String prefix = at == null ? "" : at + ".";
        if (in == null) {
            errors.add(new FieldError(at == null ? "" : at, "must be a document"));
            return null;
        }
        int before = errors.size();
        UUID id = FieldRules.id(in.id(), prefix + "id", errors);
        String number = FieldRules.text(in.number(), prefix + "number", 100, errors);
        String title = FieldRules.text(in.title(), prefix + "title", 500, errors);
        PartyData source = parties.resolve(in.source(), prefix + "source", errors);
        String type = FieldRules.oneOf(in.type(), prefix + "type", DOCUMENT_TYPES, errors);
        String status = FieldRules.oneOf(in.status(), prefix + "status", DOCUMENT_STATUSES, errors);
        String url = FieldRules.url(in.url(), prefix + "url", errors);
        return errors.size() > before ? null : new DocumentData(id, number, title, source, type, status, url);
    }

    /**
     * Every document with an id: its own when it names one the meeting has, else that of an identical document the
     * meeting has (not yet claimed), else a new one. Two documents of a meeting may not share a number or an id.
     */
    private static List<DocumentData> identified(List<DocumentData> documents, List<DocumentData> existing, List<FieldError> errors) {
        Set<UUID> claimed = new HashSet<>();
        for (DocumentData d : documents) {
            if (d.id() != null && !claimed.add(d.id())) {
                errors.add(new FieldError("documents", "two documents have the id " + d.id()));
            }
        }
        List<DocumentData> result = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (DocumentData d : documents) {
            DocumentData withId = d;
            if (d.id() == null) {
                UUID reused = existing.stream().filter(e -> !claimed.contains(e.id()) && e.withId(null).equals(d))
                        .map(DocumentData::id).findFirst().orElse(UUID.randomUUID());
                claimed.add(reused);
                withId = d.withId(reused);
            }
            if (d.number() != null && !numbers.add(FieldRules.key(d.number()))) {
                errors.add(new FieldError("documents", "two documents have the number " + d.number()));
            }
            result.add(withId);
        }
        return result;
    }
}
