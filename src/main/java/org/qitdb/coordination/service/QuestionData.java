package org.qitdb.coordination.service;

import java.util.List;

/** A coordination question in canonical form; {@code raisedAt} is a registered meeting's code as registered. */
public record QuestionData(int number, String text, String raisedAt, String status, List<AnswerData> answers) {

    QuestionData withAnswers(List<AnswerData> newAnswers) {
        return new QuestionData(number, text, raisedAt, status, List.copyOf(newAnswers));
    }
}
