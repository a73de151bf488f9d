package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qitdb.coordination.api.CoordinationQuestion;
import org.qitdb.coordination.api.LiaisonStatement;
import org.qitdb.coordination.api.Party;
import org.qitdb.report.service.CoordinationFacts;
import org.qitdb.security.Caller;

/**
 * What the register says about coordination, for reports (the landscape report's coordination section): every
 * organization's participation, the open questions with their answers, the statements still awaiting an answer, and
 * the groups without a representative. Read-only; each call is one transaction. It is the register's side of the
 * report's {@link CoordinationFacts}: the report defines what it needs, the register answers it.
 */
@ApplicationScoped
public class CoordinationOverview implements CoordinationFacts {

    @Inject
    ParticipationService participation;

    @Inject
    CoordinationQuestionService questions;

    @Inject
    LiaisonStatementService statements;

    /** Every organization's participation, entries counted as the reader may see them. */
    public List<org.qitdb.coordination.api.Participation> participation(Optional<Caller> reader) {
        return participation.allParticipation(reader);
    }

    /** The open coordination questions, by number, with their answers. */
    @Transactional
    public List<CoordinationQuestion> openQuestions() {
        return questions.allQuestions().stream().filter(q -> "open".equals(q.status())).toList();
    }

    /**
     * Statements still awaiting an answer: outgoing ones not closed with addressees that have not replied, and incoming
     * ones we have not answered (still received). Newest first.
     */
    @Transactional
    public List<LiaisonStatement> unansweredStatements() {
        return statements.allStatements().stream().filter(s -> StatementData.INCOMING.equals(s.direction())
                ? "received".equals(s.status())
                : !"closed".equals(s.status()) && !s.awaitingReplyFrom().isEmpty()).toList();
    }

    /** Groups of the reference data without an active representative, by organization and group code. */
    @Transactional
    public List<Party> groupsWithoutRepresentative() {
        List<Party> groups = new ArrayList<>();
        for (org.qitdb.coordination.api.Participation row : participation.allParticipation(Optional.empty())) {
            row.groupsWithoutRepresentative().forEach(group -> groups.add(new Party(row.organization(), group)));
        }
        return List.copyOf(groups);
    }

    /**
     * For the report: each organization invited to contribute or that answered, with its latest answer (invited while
     * none arrived). Read as an anonymous reader, because the report is a public document.
     */
    @Override
    @Transactional
    public List<Participation> participation() {
        List<Participation> rows = new ArrayList<>();
        for (org.qitdb.coordination.api.Participation row : participation.allParticipation(Optional.empty())) {
            org.qitdb.coordination.api.Participation.Inclusion inclusion = row.inclusion();
            State state = switch (inclusion.status()) {
                case "agreed" -> State.AGREED;
                case "declined" -> State.DECLINED;
                default -> inclusion.invitedBy().isEmpty() ? null : State.INVITED;
            };
            if (state != null) {
                rows.add(new Participation(row.organization(), null, state));
            }
        }
        return List.copyOf(rows);
    }

    /** For the report: every coordination question by number, with how many answers it has. */
    @Override
    @Transactional
    public List<Question> questions() {
        return questions.allQuestions().stream()
                .map(q -> new Question(q.text(), q.answerCount(), "open".equals(q.status()))).toList();
    }

    /** For the report: our statements still awaiting a reply from one of their addressees, oldest first. */
    @Override
    @Transactional
    public List<PendingStatement> statementsAwaitingAnswer() {
        return unansweredStatements().stream().filter(s -> !StatementData.INCOMING.equals(s.direction()))
                .sorted(java.util.Comparator.comparing(LiaisonStatement::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(LiaisonStatement::reference))
                .map(s -> new PendingStatement(s.reference(), s.subject(), addressees(s), s.date(), s.deadline()))
                .toList();
    }

    /** To whom a statement went, as the register names it: its audience, else its addressees. */
    private static String addressees(LiaisonStatement statement) {
        if (statement.audience() != null && !statement.audience().isBlank()) {
            return statement.audience();
        }
        if (statement.to().isEmpty()) {
            return statement.broadcast() ? "every organization" : null;
        }
        return String.join(", ", statement.to().stream()
                .map(p -> p.group() == null ? p.organization() : p.organization() + " " + p.group()).toList());
    }
}
