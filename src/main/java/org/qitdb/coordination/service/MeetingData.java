package org.qitdb.coordination.service;

import java.time.OffsetDateTime;
import java.util.List;

/** A meeting in canonical form: valid, trimmed, organizations and groups as the reference data spells them. */
public record MeetingData(String code, String title, OffsetDateTime start, OffsetDateTime end, String place, boolean virtual,
        String colocatedWith, String report, String notes, List<PartyData> invited, List<PartyData> attended,
        List<DocumentData> documents) {

    MeetingData withDocuments(List<DocumentData> newDocuments) {
        return new MeetingData(code, title, start, end, place, virtual, colocatedWith, report, notes, invited, attended,
                List.copyOf(newDocuments));
    }
}
