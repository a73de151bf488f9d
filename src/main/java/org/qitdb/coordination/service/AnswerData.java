package org.qitdb.coordination.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An answer to a coordination question in canonical form. */
public record AnswerData(UUID id, String organization, String group, LocalDate date, String via, String summary) {

    AnswerData withId(UUID newId) {
        return new AnswerData(newId, organization, group, date, via, summary);
    }

    /** One answer per organization, group and channel: a second one by the same way replaces the first. */
    boolean sameSource(AnswerData other) {
        return organization.equals(other.organization) && Objects.equals(group, other.group)
                && Objects.equals(via == null ? null : FieldRules.key(via), other.via == null ? null : FieldRules.key(other.via));
    }
}
