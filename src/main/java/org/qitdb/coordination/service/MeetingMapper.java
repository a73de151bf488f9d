package org.qitdb.coordination.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.qitdb.coordination.api.Meeting;
import org.qitdb.coordination.api.MeetingDocument;
import org.qitdb.coordination.api.Party;
import org.qitdb.coordination.store.MeetingEntity;
import org.qitdb.coordination.store.StoredDocument;
import org.qitdb.coordination.store.StoredParty;

/** Converts between meeting entities, canonical data and API views; server-owned fields never come from input. */
final class MeetingMapper {

    private MeetingMapper() {
    }

    static MeetingData dataOf(MeetingEntity e) {
        return new MeetingData(e.code, e.title, at(e.startsAt, e.startOffset), e.endsAt == null ? null : at(e.endsAt, e.endOffset),
                e.place, e.virtualMeeting, e.colocatedWith, e.report, e.notes, parties(e.invited), parties(e.attended),
                e.documents.stream().map(MeetingMapper::document).toList());
    }

    static void apply(MeetingData d, MeetingEntity e) {
        e.code = d.code();
        e.codeKey = FieldRules.key(d.code());
        e.title = d.title();
        e.startsAt = d.start().toInstant();
        e.startOffset = d.start().getOffset().getTotalSeconds();
        e.endsAt = d.end() == null ? null : d.end().toInstant();
        e.endOffset = d.end() == null ? null : d.end().getOffset().getTotalSeconds();
        e.place = d.place();
        e.virtualMeeting = d.virtual();
        e.colocatedWith = d.colocatedWith();
        e.report = d.report();
        e.notes = d.notes();
        e.invited = stored(d.invited());
        e.attended = stored(d.attended());
        e.documents = d.documents().stream().map(doc -> new StoredDocument(doc.id().toString(), doc.number(), doc.title(),
                doc.source().organization(), doc.source().group(), doc.type(), doc.status(), doc.url())).toList();
    }

    static Meeting viewOf(MeetingEntity e, Instant now) {
        MeetingData d = dataOf(e);
        Instant ends = e.endsAt == null ? e.startsAt : e.endsAt;
        return new Meeting(e.id, d.code(), d.title(), d.start(), d.end(), d.place(), d.virtual(), d.colocatedWith(), d.report(),
                d.notes(), views(d.invited()), views(d.attended()),
                d.documents().stream().map(doc -> new MeetingDocument(doc.id(), doc.number(), doc.title(), view(doc.source()),
                        doc.type(), doc.status(), doc.url())).toList(),
                !ends.isBefore(now), e.provenance, e.createdAt, e.updatedAt, e.revision);
    }

    static Party view(PartyData p) {
        return new Party(p.organization(), p.group());
    }

    static List<Party> views(List<PartyData> parties) {
        return parties.stream().map(MeetingMapper::view).toList();
    }

    static List<PartyData> parties(List<StoredParty> stored) {
        return stored.stream().map(p -> new PartyData(p.organization(), p.group())).toList();
    }

    static List<StoredParty> stored(List<PartyData> parties) {
        return parties.stream().map(p -> new StoredParty(p.organization(), p.group())).toList();
    }

    private static DocumentData document(StoredDocument s) {
        return new DocumentData(UUID.fromString(s.id()), s.number(), s.title(), new PartyData(s.organization(), s.group()), s.type(),
                s.status(), s.url());
    }

    private static OffsetDateTime at(Instant instant, int offsetSeconds) {
        return instant.atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
