package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.AnswerInput;
import org.qitdb.coordination.api.CoordinationQuestionInput;
import org.qitdb.coordination.store.MeetingRepository;

/** Checks a written coordination question or answer against every rule at once and brings it into canonical form. */
@ApplicationScoped
public class QuestionValidator {

    public static final List<String> STATUSES = List.of("open", "closed");
    static final int MAX_NUMBER = 100_000;
    static final int MAX_ANSWERS = 500;

    @Inject
    Parties parties;

    @Inject
    MeetingRepository meetings;

    /**
     * The question in canonical form ({@code number} null: the caller assigns one). Answers sent without an id keep
     * the id of an identical answer the question has ({@code existing}).
     */
    public QuestionData valid(CoordinationQuestionInput in, List<AnswerData> existing, int defaultNumber) {
        if (in == null) {
            throw Refused.invalidField("", "a JSON object with the coordination question is required");
        }
        List<FieldError> errors = new ArrayList<>();
        int number = defaultNumber;
        if (in.number() != null) {
            if (in.number() < 1 || in.number() > MAX_NUMBER) {
                errors.add(new FieldError("number", "must be between 1 and " + MAX_NUMBER));
            } else {
                number = in.number();
            }
        }
        String text = FieldRules.required(in.text(), "text", 2000, errors);
        String raisedAt = null;
        String meeting = FieldRules.text(in.raisedAt(), "raisedAt", 100, errors);
        if (meeting != null) {
            raisedAt = meetings.findByCodeKey(FieldRules.key(meeting)).map(m -> m.code).orElse(null);
            if (raisedAt == null) {
                errors.add(new FieldError("raisedAt", "no meeting '" + ClientValues.shorten(meeting) + "' is registered"));
            }
        }
        String status = FieldRules.oneOf(in.status(), "status", STATUSES, errors);
        List<AnswerInput> inputs = FieldRules.bounded(in.answers(), "answers", MAX_ANSWERS, errors);
        List<AnswerData> answers = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            AnswerData answer = answer(inputs.get(i), "answers[" + i + "].", errors);
            if (answer != null) {
                answers.add(answer);
            }
        }
        answers = identified(answers, existing, errors);
        if (!errors.isEmpty()) {
            throw Refused.invalidBody(errors);
        }
        return new QuestionData(number, text, raisedAt, status == null ? STATUSES.get(0) : status, List.copyOf(answers));
    }

    /** One answer alone, as {@code POST /coordination-questions/{id}/answers} and bulk loads take it; without an id. */
    public AnswerData validAnswer(AnswerInput in) {
        List<FieldError> errors = new ArrayList<>();
        AnswerData answer = validAnswer(in, errors);
        if (!errors.isEmpty()) {
            throw Refused.invalidBody(errors);
        }
        return answer;
    }

    /** Like {@link #validAnswer(AnswerInput)}, collecting the errors. */
    public AnswerData validAnswer(AnswerInput in, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError("", "a JSON object with the answer is required"));
            return null;
        }
        AnswerData answer = answer(in, "", errors);
        return answer == null ? null : answer.withId(null);
    }

    private AnswerData answer(AnswerInput in, String prefix, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), "must be an answer"));
            return null;
        }
        int before = errors.size();
        UUID id = FieldRules.id(in.id(), prefix + "id", errors);
        PartyData party = parties.resolve(in.organization(), in.group(), prefix + "organization", prefix + "group", errors);
        LocalDate date = FieldRules.date(in.date(), prefix + "date", errors);
        String via = FieldRules.text(in.via(), prefix + "via", 200, errors);
        String summary = FieldRules.required(in.summary(), prefix + "summary", 4000, errors);
        return errors.size() > before ? null : new AnswerData(id, party.organization(), party.group(), date, via, summary);
    }

    /** Every answer with an id: its own, else that of an identical answer the question has, else a new one. */
    private static List<AnswerData> identified(List<AnswerData> answers, List<AnswerData> existing, List<FieldError> errors) {
        Set<UUID> claimed = new HashSet<>();
        for (AnswerData a : answers) {
            if (a.id() != null && !claimed.add(a.id())) {
                errors.add(new FieldError("answers", "two answers have the id " + a.id()));
            }
        }
        List<AnswerData> result = new ArrayList<>();
        for (AnswerData a : answers) {
            if (a.id() != null) {
                result.add(a);
                continue;
            }
            UUID reused = existing.stream().filter(e -> !claimed.contains(e.id()) && e.withId(null).equals(a))
                    .map(AnswerData::id).findFirst().orElse(UUID.randomUUID());
            claimed.add(reused);
            result.add(a.withId(reused));
        }
        return result;
    }
}
