package org.qitdb.coordination.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qitdb.coordination.api.Answer;
import org.qitdb.coordination.api.CoordinationQuestion;
import org.qitdb.coordination.store.QuestionEntity;
import org.qitdb.coordination.store.StoredAnswer;

/** Converts between question entities, canonical data and API views. */
final class QuestionMapper {

    private QuestionMapper() {
    }

    static QuestionData dataOf(QuestionEntity e) {
        return new QuestionData(e.number, e.text, e.raisedAt, e.status, e.answers.stream()
                .map(a -> new AnswerData(UUID.fromString(a.id()), a.organization(), a.group(),
                        a.date() == null ? null : LocalDate.parse(a.date()), a.via(), a.summary())).toList());
    }

    static void apply(QuestionData d, QuestionEntity e) {
        e.number = d.number();
        e.text = d.text();
        e.raisedAt = d.raisedAt();
        e.status = d.status();
        e.answers = d.answers().stream().map(a -> new StoredAnswer(a.id().toString(), a.organization(), a.group(),
                a.date() == null ? null : a.date().toString(), a.via(), a.summary())).toList();
    }

    /** The view, with each answer's {@code via} linked to the statement it names ({@code statementIds} by reference key). */
    static CoordinationQuestion viewOf(QuestionEntity e, Map<String, UUID> statementIds) {
        QuestionData d = dataOf(e);
        List<Answer> answers = d.answers().stream().map(a -> new Answer(a.id(), a.organization(), a.group(), a.date(), a.via(),
                a.via() == null ? null : statementIds.get(FieldRules.key(a.via())), a.summary())).toList();
        return new CoordinationQuestion(e.id, d.number(), d.text(), d.raisedAt(), d.status(), answers.size(), answers,
                e.provenance, e.createdAt, e.updatedAt, e.revision);
    }
}
