package org.qitdb.coordination.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qitdb.common.EntityTags;
import org.qitdb.common.FieldChange;
import org.qitdb.common.MergePatch;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.AnswerInput;
import org.qitdb.coordination.api.CoordinationQuestion;
import org.qitdb.coordination.api.CoordinationQuestionInput;
import org.qitdb.coordination.api.CoordinationQuestionPage;
import org.qitdb.coordination.store.QuestionEntity;
import org.qitdb.coordination.store.QuestionRepository;
import org.qitdb.coordination.store.StatementRepository;
import org.qitdb.security.Caller;
import org.qitdb.submission.service.SubmissionKind;

/**
 * The coordination questions and the answers SDOs send. Admins maintain the questions; an organization's editors
 * record its answers (and may withdraw them). An organization answers a question once per group and channel
 * ({@code via}): a second answer the same way replaces the first. Every answer is a new revision of its question.
 */
@ApplicationScoped
public class CoordinationQuestionService {

    private static final RecordKind KIND = RecordKind.COORDINATION_QUESTION;

    /** What recording an answer did, and the question after it. */
    public record Recorded(SubmissionKind.Outcome outcome, CoordinationQuestion question, UUID answerId,
            Map<String, FieldChange> changes) {
    }

    /** The filters of a list; null values filter nothing. */
    public record Criteria(String status, String meeting, String answeredBy) {
    }

    @Inject
    QuestionRepository questions;

    @Inject
    StatementRepository statements;

    @Inject
    QuestionValidator validator;

    @Inject
    RegisterWrites writes;

    @Inject
    ObjectMapper json;

    // ---- reads

    /** The register holds tens of questions: they are filtered and paged in memory. */
    @Transactional
    public CoordinationQuestionPage listQuestions(Criteria criteria, int page, int size) {
        List<QuestionEntity> matching = questions.all().stream()
                .filter(q -> criteria.status() == null || q.status.equals(criteria.status()))
                .filter(q -> criteria.meeting() == null || (q.raisedAt != null && FieldRules.key(criteria.meeting()).equals(FieldRules.key(q.raisedAt))))
                .filter(q -> criteria.answeredBy() == null || q.answers.stream().anyMatch(a -> a.organization().equals(criteria.answeredBy())))
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        List<QuestionEntity> slice = matching.subList(from, Math.min(matching.size(), from + size));
        return new CoordinationQuestionPage(views(slice), PageInfo.of(page, size, matching.size()));
    }

    @Transactional
    public CoordinationQuestion requireQuestion(UUID id) {
        return views(List.of(questions.findByIdOptional(id).orElseThrow(() -> KIND.notFound(id)))).get(0);
    }

    /** Every question, by number. */
    @Transactional
    public List<CoordinationQuestion> allQuestions() {
        return views(questions.all());
    }

    // ---- writes of questions (admins)

    @Transactional
    public CoordinationQuestion createQuestion(CoordinationQuestionInput input, Caller caller) {
        Permissions.requireAdmin(caller, "coordination questions");
        QuestionData data = validator.valid(input, List.of(), questions.nextNumber());
        requireFreeNumber(data.number(), null);
        QuestionEntity entity = new QuestionEntity();
        QuestionMapper.apply(data, entity);
        writes.create(KIND, entity, data, caller.name());
        return views(List.of(entity)).get(0);
    }

    @Transactional
    public CoordinationQuestion replaceQuestion(UUID id, CoordinationQuestionInput input, Optional<EntityTags.Precondition> ifMatch,
            Caller caller) {
        Permissions.requireAdmin(caller, "coordination questions");
        QuestionEntity entity = writes.lockedForChange(KIND, QuestionEntity.class, id, ifMatch, true);
        return replace(entity, validator.valid(input, QuestionMapper.dataOf(entity).answers(), entity.number), caller.name());
    }

    /** RFC 7396: the patch applies to the question as GET shows it, and the result replaces it. */
    @Transactional
    public CoordinationQuestion patchQuestion(UUID id, JsonNode mergePatch, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        Permissions.requireAdmin(caller, "coordination questions");
        QuestionEntity entity = writes.lockedForChange(KIND, QuestionEntity.class, id, ifMatch, true);
        CoordinationQuestionInput patched = MergePatch.apply(mergePatch, views(List.of(entity)).get(0),
                CoordinationQuestionInput.class, "coordination question", json);
        return replace(entity, validator.valid(patched, QuestionMapper.dataOf(entity).answers(), entity.number), caller.name());
    }

    @Transactional
    public void deleteQuestion(UUID id, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        Permissions.requireAdmin(caller, "coordination questions");
        QuestionEntity entity = writes.lockedForChange(KIND, QuestionEntity.class, id, ifMatch, false);
        writes.delete(KIND, entity, caller.name());
    }

    // ---- answers (admins, or editors of the answering organization)

    /** Records an answer; {@code If-Match} (the question's ETag) is checked when given. */
    @Transactional
    public Recorded addAnswer(UUID questionId, AnswerInput input, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        AnswerData answer = validator.validAnswer(input);
        caller.requireOrganization(answer.organization());
        QuestionEntity entity = writes.lockedForChange(KIND, QuestionEntity.class, questionId, ifMatch, false);
        return record(entity, answer, caller.name());
    }

    /** A bulk load's row: the answer to the question with this number, in the caller's transaction. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refused.class)
    public Recorded recordAnswer(int questionNumber, AnswerData answer, Caller caller, String provenance) {
        caller.requireOrganization(answer.organization());
        QuestionEntity found = questions.findByNumber(questionNumber)
                .orElseThrow(() -> Refused.invalidField("question", "no coordination question has the number " + questionNumber));
        QuestionEntity entity = writes.lockedForChange(KIND, QuestionEntity.class, found.id, Optional.empty(), false);
        return record(entity, answer, provenance);
    }

    @Transactional
    public CoordinationQuestion removeAnswer(UUID questionId, UUID answerId, Optional<EntityTags.Precondition> ifMatch, Caller caller) {
        QuestionEntity entity = writes.lockedForChange(KIND, QuestionEntity.class, questionId, ifMatch, false);
        QuestionData before = QuestionMapper.dataOf(entity);
        AnswerData answer = before.answers().stream().filter(a -> a.id().equals(answerId)).findFirst()
                .orElseThrow(() -> Refused.notFound("question Q" + entity.number + " has no answer with id '" + answerId + "'"));
        caller.requireOrganization(answer.organization());
        List<AnswerData> answers = new ArrayList<>(before.answers());
        answers.remove(answer);
        return replace(entity, before.withAnswers(answers), caller.name());
    }

    // ---- helpers

    /** Adds the answer, or replaces the one of the same organization, group and channel (keeping its id). */
    private Recorded record(QuestionEntity entity, AnswerData answer, String actor) {
        QuestionData before = QuestionMapper.dataOf(entity);
        List<AnswerData> answers = new ArrayList<>(before.answers());
        SubmissionKind.Outcome outcome = SubmissionKind.Outcome.CREATED;
        AnswerData recorded = answer.withId(UUID.randomUUID());
        Map<String, FieldChange> changes = Map.of();
        for (int i = 0; i < answers.size(); i++) {
            AnswerData existing = answers.get(i);
            if (existing.sameSource(answer)) {
                recorded = answer.withId(existing.id());
                outcome = existing.equals(recorded) ? SubmissionKind.Outcome.UNCHANGED : SubmissionKind.Outcome.UPDATED;
                changes = FieldChange.between(writes.fields(existing), writes.fields(recorded));
                answers.set(i, recorded);
                break;
            }
        }
        if (outcome == SubmissionKind.Outcome.CREATED) {
            if (answers.size() >= QuestionValidator.MAX_ANSWERS) {
                throw Refused.invalidField("answers", "a question may hold at most " + QuestionValidator.MAX_ANSWERS + " answers");
            }
            answers.add(recorded);
        }
        CoordinationQuestion view = replace(entity, before.withAnswers(answers), actor);
        return new Recorded(outcome, view, recorded.id(), changes);
    }

    private CoordinationQuestion replace(QuestionEntity entity, QuestionData data, String actor) {
        QuestionData before = QuestionMapper.dataOf(entity);
        if (before.number() != data.number()) {
            requireFreeNumber(data.number(), entity.id);
        }
        writes.replace(KIND, entity, before, data, () -> QuestionMapper.apply(data, entity), actor);
        return views(List.of(entity)).get(0);
    }

    private void requireFreeNumber(int number, UUID self) {
        questions.findByNumber(number).filter(e -> !e.id.equals(self)).ifPresent(e -> {
            throw new Refused(new Refusal.Taken("coordination question " + number + " exists already", KIND.ref(e.id, "Q" + number)));
        });
    }

    /** Views with every answer's {@code via} linked to the registered statement it names, in one query. */
    private List<CoordinationQuestion> views(List<QuestionEntity> entities) {
        Set<String> vias = entities.stream().flatMap(q -> q.answers.stream()).map(a -> a.via()).filter(java.util.Objects::nonNull)
                .map(FieldRules::key).collect(Collectors.toSet());
        Map<String, UUID> ids = new HashMap<>();
        statements.byReferenceKeys(vias).forEach(s -> ids.put(s.referenceKey, s.id));
        return entities.stream().map(e -> QuestionMapper.viewOf(e, ids)).toList();
    }
}
