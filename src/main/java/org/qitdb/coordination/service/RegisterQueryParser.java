package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qitdb.common.ClientValues;
import org.qitdb.common.QueryValues;
import org.qitdb.common.Refused;
import org.qitdb.coordination.store.MeetingRepository;
import org.qitdb.coordination.store.StatementRepository;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.standard.service.StandardQueryParser;

/**
 * Turns the query parameters of the register's lists into typed queries, naming the parameter of every bad value in a
 * 400 problem. Paging follows {@code GET /standards}: same names, default and limit.
 */
@ApplicationScoped
public class RegisterQueryParser {

    public static final List<String> WHEN = List.of("all", "upcoming", "past");
    public static final List<String> BOOLEANS = List.of("true", "false");
    public static final List<String> KINDS = List.of("meeting", "liaison-statement", "coordination-question");

    @Inject
    ReferenceCatalog catalog;

    /** A page of a list: number and size, as for standards. */
    public record Paging(int page, int size) {
    }

    public Paging paging(List<String> page, List<String> size) {
        return new Paging(StandardQueryParser.integer("page", QueryValues.single("page", page), 0, 0, 1_000_000),
                StandardQueryParser.integer("size", QueryValues.single("size", size), StandardQueryParser.DEFAULT_SIZE, 1, StandardQueryParser.MAX_SIZE));
    }

    public MeetingRepository.When when(List<String> values) {
        String value = oneOf("when", QueryValues.single("when", values), WHEN);
        return value == null ? MeetingRepository.When.ALL : MeetingRepository.When.valueOf(value.toUpperCase(Locale.ROOT));
    }

    public StatementRepository.Criteria statements(List<String> direction, List<String> status, List<String> purpose,
            List<String> organization, List<String> inclusion, List<String> inReplyTo, List<String> overdue) {
        List<String> statuses = new ArrayList<>();
        for (String value : QueryValues.repeated("status", status, StandardQueryParser.MAX_VALUES_PER_FILTER)) {
            statuses.add(oneOf("status", value, List.of("sent", "received", "answered", "closed")));
        }
        String replyTo = QueryValues.single("inReplyTo", inReplyTo);
        return new StatementRepository.Criteria(oneOf("direction", QueryValues.single("direction", direction), StatementValidator.DIRECTIONS),
                List.copyOf(statuses), oneOf("purpose", QueryValues.single("purpose", purpose), StatementValidator.PURPOSES),
                organization(QueryValues.single("organization", organization)),
                oneOf("inclusion", QueryValues.single("inclusion", inclusion), StatementValidator.INCLUSION_ANSWERS),
                replyTo == null ? null : FieldRules.key(replyTo), QueryValues.bool("overdue", QueryValues.single("overdue", overdue), false),
                LiaisonStatementService.today());
    }

    public CoordinationQuestionService.Criteria questions(List<String> status, List<String> meeting, List<String> answeredBy) {
        String code = QueryValues.single("meeting", meeting);
        return new CoordinationQuestionService.Criteria(oneOf("status", QueryValues.single("status", status), QuestionValidator.STATUSES),
                code, organization(QueryValues.single("answeredBy", answeredBy), "answeredBy"));
    }

    public ParticipationQuery participation(List<String> organization, List<String> group, List<String> inclusion,
            List<String> representative, List<String> overdue, List<String> unanswered, List<String> page, List<String> size) {
        List<String> organizations = new ArrayList<>();
        for (String value : QueryValues.repeated("organization", organization, StandardQueryParser.MAX_VALUES_PER_FILTER)) {
            organizations.add(organization(value));
        }
        List<String> groups = new ArrayList<>();
        for (String value : QueryValues.repeated("group", group, StandardQueryParser.MAX_VALUES_PER_FILTER)) {
            var matching = catalog.groupsWithCode(value);
            if (matching.isEmpty()) {
                throw Refused.invalidParameter("group", "unknown group '" + ClientValues.shorten(value) + "'");
            }
            matching.forEach(g -> {
                if (!groups.contains(g.code())) {
                    groups.add(g.code());
                }
            });
        }
        String represented = oneOf("representative", QueryValues.single("representative", representative), BOOLEANS);
        Paging paging = paging(page, size);
        return new ParticipationQuery(List.copyOf(organizations), List.copyOf(groups),
                oneOf("inclusion", QueryValues.single("inclusion", inclusion), ParticipationService.INCLUSION_STATUSES),
                represented == null ? null : Boolean.valueOf(represented), QueryValues.bool("overdue", QueryValues.single("overdue", overdue), false),
                QueryValues.single("unanswered", unanswered), paging.page(), paging.size());
    }

    public RecordKind kind(List<String> values) {
        String value = oneOf("kind", QueryValues.single("kind", values), KINDS);
        return value == null ? null : RecordKind.ofWire(value);
    }

    private String organization(String value) {
        return organization(value, "organization");
    }

    private String organization(String value, String parameter) {
        if (value == null) {
            return null;
        }
        return catalog.organization(value).orElseThrow(() -> Refused.invalidParameter(parameter,
                "unknown organization '" + ClientValues.shorten(value) + "'")).code();
    }

    private static String oneOf(String name, String value, List<String> allowed) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw Refused.invalidParameter(name, name + " must be one of " + String.join(", ", allowed));
        }
        return v;
    }
}
