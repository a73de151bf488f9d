package org.qitdb.coordination.service;

import static org.qitdb.common.ClientValues.shorten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.coordination.api.LiaisonStatementInput;
import org.qitdb.coordination.api.StatementConcernsInput;
import org.qitdb.coordination.store.StatementEntity;
import org.qitdb.coordination.store.StatementRepository;
import org.qitdb.representative.service.RepresentativeDirectory;
import org.qitdb.standard.service.StandardService;
import org.qitdb.submission.service.SubmissionService;

/**
 * Checks a written liaison statement against every rule at once and brings it into canonical form: parties against
 * the reference data, the statement it answers against the register, and what it concerns against the standards,
 * representatives and submissions (through their features' query methods).
 */
@ApplicationScoped
public class StatementValidator {

    public static final List<String> DIRECTIONS = List.of(StatementData.INCOMING, StatementData.OUTGOING);
    public static final List<String> PURPOSES = List.of("action", "comment", "information");
    public static final List<String> INCOMING_STATUSES = List.of("received", "answered", "closed");
    public static final List<String> OUTGOING_STATUSES = List.of("sent", "answered", "closed");
    public static final List<String> INCLUSION_ANSWERS = List.of("agreed", "declined");
    static final int MAX_ADDRESSEES = 100;
    static final int MAX_URLS = 20;
    static final int MAX_CONCERNS = 200;

    @Inject
    Parties parties;

    @Inject
    StatementRepository statements;

    @Inject
    StandardService standards;

    @Inject
    RepresentativeDirectory representatives;

    @Inject
    SubmissionService submissions;

    /** The outcome: canonical data when {@code errors} is empty. */
    public record Result(StatementData data, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Result validate(LiaisonStatementInput in) {
        if (in == null) {
            return new Result(null, List.of(new FieldError("", "a JSON object with the liaison statement is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        String reference = FieldRules.required(in.reference(), "reference", 200, errors);
        String direction = FieldRules.oneOf(in.direction(), "direction", DIRECTIONS, errors);
        if (direction == null && ClientValues.blank(in.direction())) {
            errors.add(new FieldError("direction", "is required: incoming or outgoing"));
        }
        PartyData from = parties.resolve(in.from(), "from", errors);
        List<PartyData> to = parties.resolveAll(in.to(), "to", MAX_ADDRESSEES, errors);
        boolean broadcast = Boolean.TRUE.equals(in.broadcast());
        String audience = FieldRules.text(in.audience(), "audience", 500, errors);
        LocalDate date = FieldRules.date(in.date(), "date", errors);
        String subject = FieldRules.required(in.subject(), "subject", 1000, errors);
        String purpose = FieldRules.oneOf(in.purpose(), "purpose", PURPOSES, errors);
        LocalDate deadline = FieldRules.date(in.deadline(), "deadline", errors);
        if (date != null && deadline != null && deadline.isBefore(date)) {
            errors.add(new FieldError("deadline", "lies before date (" + date + ")"));
        }
        boolean incoming = StatementData.INCOMING.equals(direction);
        String status = null;
        if (direction != null) {
            List<String> statuses = incoming ? INCOMING_STATUSES : OUTGOING_STATUSES;
            status = FieldRules.oneOf(in.status(), "status", statuses, errors);
            if (status == null && ClientValues.blank(in.status())) {
                status = statuses.get(0);
            }
        }
        String inclusion = FieldRules.oneOf(in.inclusion(), "inclusion", INCLUSION_ANSWERS, errors);
        if (inclusion != null && direction != null && !incoming) {
            errors.add(new FieldError("inclusion", "only an incoming statement answers an invitation to inclusion"));
        }
        boolean invitesInclusion = Boolean.TRUE.equals(in.invitesInclusion());
        if (invitesInclusion && incoming) {
            errors.add(new FieldError("invitesInclusion", "only an outgoing statement invites to inclusion"));
        }
        String inReplyTo = inReplyTo(in.inReplyTo(), reference, errors);
        List<String> urls = FieldRules.urls(in.urls(), "urls", MAX_URLS, errors);
        StatementConcernsInput concerns = in.concerns() == null ? new StatementConcernsInput(null, null, null) : in.concerns();
        List<UUID> standardIds = FieldRules.ids(concerns.standards(), "concerns.standards", MAX_CONCERNS, errors);
        List<UUID> representativeIds = FieldRules.ids(concerns.representatives(), "concerns.representatives", MAX_CONCERNS, errors);
        List<UUID> submissionIds = FieldRules.ids(concerns.submissions(), "concerns.submissions", MAX_CONCERNS, errors);
        for (int i = 0; i < standardIds.size(); i++) {
            if (standards.findStandard(standardIds.get(i)).isEmpty()) {
                errors.add(new FieldError("concerns.standards[" + i + "]", "no standard has the id " + standardIds.get(i)));
            }
        }
        missing(representativeIds, representatives.existing(representativeIds), "concerns.representatives", "representative", errors);
        missing(submissionIds, submissions.existing(submissionIds), "concerns.submissions", "submission", errors);
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new StatementData(reference, direction, from, to, broadcast, audience, date, subject, purpose, deadline,
                status, inReplyTo, inclusion, invitesInclusion, urls, standardIds, representativeIds, submissionIds), List.of());
    }

    /** The reference of the registered statement answered, as registered; it may not be the statement itself. */
    private String inReplyTo(String value, String reference, List<FieldError> errors) {
        String text = FieldRules.text(value, "inReplyTo", 200, errors);
        if (text == null) {
            return null;
        }
        if (reference != null && FieldRules.key(reference).equals(FieldRules.key(text))) {
            errors.add(new FieldError("inReplyTo", "a statement cannot answer itself"));
            return null;
        }
        StatementEntity answered = statements.findByReferenceKey(FieldRules.key(text)).orElse(null);
        if (answered == null) {
            errors.add(new FieldError("inReplyTo", "no liaison statement '" + shorten(text) + "' is registered; register it first"));
            return null;
        }
        return answered.reference;
    }

    private static void missing(List<UUID> ids, Set<UUID> existing, String field, String what, List<FieldError> errors) {
        for (int i = 0; i < ids.size(); i++) {
            if (!existing.contains(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "no " + what + " has the id " + ids.get(i)));
            }
        }
    }
}
