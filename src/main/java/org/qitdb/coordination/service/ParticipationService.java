package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.qitdb.common.ClientValues;
import org.qitdb.common.PageInfo;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.Participation;
import org.qitdb.coordination.api.ParticipationPage;
import org.qitdb.coordination.api.StatementRef;
import org.qitdb.coordination.store.MeetingEntity;
import org.qitdb.coordination.store.MeetingRepository;
import org.qitdb.coordination.store.QuestionEntity;
import org.qitdb.coordination.store.QuestionRepository;
import org.qitdb.coordination.store.StatementEntity;
import org.qitdb.coordination.store.StatementRepository;
import org.qitdb.coordination.store.StoredAnswer;
import org.qitdb.coordination.store.StoredDocument;
import org.qitdb.coordination.store.StoredParty;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.representative.service.RepresentativeDirectory;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardService;

/**
 * Every organization's participation at a glance, computed from the whole register, the representatives directory
 * and the entries per organization: a few tens of organizations, meetings, questions and statements, read in one
 * transaction per request.
 */
@ApplicationScoped
public class ParticipationService {

    public static final List<String> INCLUSION_STATUSES = List.of("agreed", "declined", "none");

    @Inject
    Parties parties;

    @Inject
    MeetingRepository meetings;

    @Inject
    StatementRepository statements;

    @Inject
    QuestionRepository questions;

    @Inject
    RepresentativeDirectory representatives;

    @Inject
    StandardService standards;

    @Inject
    InclusionPolicy inclusion;

    @Transactional
    public ParticipationPage participation(ParticipationQuery query, Optional<Caller> reader) {
        Register register = read(reader);
        Set<String> awaiting = query.unanswered() == null ? null : awaitingReplyFrom(register, query.unanswered());
        List<Participation> rows = new ArrayList<>();
        for (Organization organization : register.organizations) {
            if (!query.organizations().isEmpty() && !query.organizations().contains(organization.code())) {
                continue;
            }
            if (awaiting != null && !awaiting.contains(organization.code())) {
                continue;
            }
            Predicate<Group> listed = g -> query.groups().isEmpty() || query.groups().contains(g.code());
            List<Group> groups = register.groupsOf(organization.code()).stream().filter(listed).toList();
            if (!query.groups().isEmpty() && groups.isEmpty()) {
                continue;
            }
            Participation row = row(register, organization, groups);
            if (query.inclusion() != null && !query.inclusion().equals(row.inclusion().status())) {
                continue;
            }
            if (query.representative() != null && query.representative() != represented(row)) {
                continue;
            }
            if (query.overdueOnly() && row.overdueLiaisons().isEmpty()) {
                continue;
            }
            rows.add(row);
        }
        int from = (int) Math.min((long) query.page() * query.size(), rows.size());
        return new ParticipationPage(rows.subList(from, Math.min(rows.size(), from + query.size())),
                PageInfo.of(query.page(), query.size(), rows.size()));
    }

    /** Every organization's participation, unfiltered: for reports. */
    @Transactional
    public List<Participation> allParticipation(Optional<Caller> reader) {
        Register register = read(reader);
        return register.organizations.stream()
                .map(o -> row(register, o, register.groupsOf(o.code()))).toList();
    }

    /** Every listed group has an active representative, and there is at least one. */
    private static boolean represented(Participation row) {
        return !row.representatives().isEmpty() && row.groups().stream().noneMatch(g -> g.representatives().isEmpty());
    }

    // ---- one row

    private Participation row(Register r, Organization organization, List<Group> groups) {
        String code = organization.code();
        boolean entriesVisible = r.visible.map(v -> v.contains(code)).orElse(true);
        List<Participation.GroupParticipation> perGroup = new ArrayList<>();
        List<Participation.Representative> allRepresentatives = new ArrayList<>();
        List<String> withoutRepresentative = new ArrayList<>();
        for (Group group : groups) {
            Predicate<StoredPartyLike> inGroup = p -> code.equals(p.organization()) && group.code().equals(p.group());
            List<Participation.Representative> reps = r.representativesOf(code, group.code());
            allRepresentatives.addAll(reps);
            if (reps.isEmpty()) {
                withoutRepresentative.add(group.code());
            }
            perGroup.add(new Participation.GroupParticipation(group.code(), group.name(), reps, meetingsWhere(r, m -> m.invited, inGroup),
                    meetingsWhere(r, m -> m.attended, inGroup), documents(r, inGroup), questionsAnswered(r, inGroup),
                    entriesVisible ? r.entries.getOrDefault(code + "\u0000" + group.code(), 0L) : null));
        }
        Predicate<StoredPartyLike> ofOrganization = p -> code.equals(p.organization());
        return new Participation(code, organization.name(), code.equals(r.host), inclusionOf(r, code), List.copyOf(allRepresentatives),
                List.copyOf(withoutRepresentative), meetingsWhere(r, m -> m.invited, ofOrganization),
                meetingsWhere(r, m -> m.attended, ofOrganization), documents(r, ofOrganization), questionsAnswered(r, ofOrganization),
                entriesVisible ? r.entries.getOrDefault(code, 0L) : null, overdue(r, code), List.copyOf(perGroup));
    }

    private Participation.Inclusion inclusionOf(Register r, String code) {
        List<StatementRef> invitedBy = r.statements.stream()
                .filter(s -> s.invitesInclusion && !StatementData.INCOMING.equals(s.direction) && r.addressed(s).contains(code))
                .map(StatementMapper::ref).toList();
        StatementEntity answer = r.answers.get(code);
        return new Participation.Inclusion(answer == null ? "none" : answer.inclusion, invitedBy,
                answer == null ? null : StatementMapper.ref(answer));
    }

    /** Ours past the deadline and awaiting its reply, and its own past the deadline and awaiting ours. */
    private List<Participation.OverdueLiaison> overdue(Register r, String code) {
        List<Participation.OverdueLiaison> overdue = new ArrayList<>();
        for (StatementEntity s : r.statements) {
            if (!StatementMapper.overdue(s, r.today)) {
                continue;
            }
            boolean incoming = StatementData.INCOMING.equals(s.direction);
            if (incoming ? code.equals(s.fromOrganization) : r.addressed(s).contains(code) && !r.replied(s, code)) {
                overdue.add(new Participation.OverdueLiaison(s.id, s.reference, s.direction, s.deadline));
            }
        }
        return overdue;
    }

    /** A party of a stored list, whatever the list: meetings' invitations and attendance, documents' sources, answers. */
    private record StoredPartyLike(String organization, String group) {
    }

    private static List<String> meetingsWhere(Register r, java.util.function.Function<MeetingEntity, List<StoredParty>> parties,
            Predicate<StoredPartyLike> matches) {
        return r.meetings.stream()
                .filter(m -> parties.apply(m).stream().anyMatch(p -> matches.test(new StoredPartyLike(p.organization(), p.group()))))
                .map(m -> m.code).toList();
    }

    private static int documents(Register r, Predicate<StoredPartyLike> matches) {
        int count = 0;
        for (MeetingEntity m : r.meetings) {
            for (StoredDocument d : m.documents) {
                if (matches.test(new StoredPartyLike(d.organization(), d.group()))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int questionsAnswered(Register r, Predicate<StoredPartyLike> matches) {
        int count = 0;
        for (QuestionEntity q : r.questions) {
            for (StoredAnswer a : q.answers) {
                if (matches.test(new StoredPartyLike(a.organization(), a.group()))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    // ---- the register as one read

    /** The outgoing statement a reference names, and the organizations it awaits a reply from. */
    private Set<String> awaitingReplyFrom(Register r, String reference) {
        StatementEntity statement = r.statements.stream().filter(s -> s.referenceKey.equals(FieldRules.key(reference))).findFirst()
                .orElseThrow(() -> Refused.invalidParameter("unanswered",
                        "no liaison statement '" + ClientValues.shorten(reference) + "' is registered"));
        if (StatementData.INCOMING.equals(statement.direction)) {
            throw Refused.invalidParameter("unanswered", "'" + statement.reference + "' is an incoming statement; "
                    + "unanswered names an outgoing one, whose addressees are to reply");
        }
        Set<String> awaiting = new LinkedHashSet<>(r.addressed(statement));
        awaiting.removeIf(code -> r.replied(statement, code));
        return awaiting;
    }

    private Register read(Optional<Caller> reader) {
        Register r = new Register();
        r.today = LiaisonStatementService.today();
        r.host = inclusion.hostOrganization();
        r.organizations = parties.organizations().stream().sorted(Comparator.comparing(Organization::code)).toList();
        r.allCodes = r.organizations.stream().map(Organization::code).toList();
        parties.groups().forEach(g -> r.groups.computeIfAbsent(g.organization(), k -> new ArrayList<>()).add(g));
        r.groups.values().forEach(list -> list.sort(Comparator.comparing(Group::code)));
        r.meetings = meetings.all();
        r.statements = statements.all();
        r.questions = questions.all();
        r.answers = inclusion.latestAnswers();
        r.visible = inclusion.visibleOrganizations(reader);
        for (StatementEntity s : r.statements) {
            if (s.inReplyToKey != null) {
                r.repliers.computeIfAbsent(s.inReplyToKey, k -> new java.util.HashSet<>()).add(s.fromOrganization);
            }
        }
        for (RepresentativeDirectory.Appointment a : representatives.activeAppointments()) {
            r.representatives.computeIfAbsent(a.organization() + "\u0000" + a.group(), k -> new ArrayList<>())
                    .add(new Participation.Representative(a.representative().id(), a.group(), a.representative().name(),
                            a.representative().role(), a.representative().affiliation(), a.representative().since()));
        }
        for (StandardService.EntryCount c : standards.entryCounts(reader)) {
            r.entries.merge(c.organization(), c.count(), Long::sum);
            if (c.group() != null) {
                r.entries.merge(c.organization() + "\u0000" + c.group(), c.count(), Long::sum);
            }
        }
        return r;
    }

    /** Everything a participation answer is computed from. */
    private static final class Register {
        LocalDate today;
        String host;
        List<Organization> organizations;
        List<String> allCodes;
        final Map<String, List<Group>> groups = new HashMap<>();
        List<MeetingEntity> meetings;
        List<StatementEntity> statements;
        List<QuestionEntity> questions;
        Map<String, StatementEntity> answers;
        /** The organizations whose entries the reader may see (empty: all). */
        Optional<Set<String>> visible;
        /** By reference key: the organizations that sent a statement in reply. */
        final Map<String, Set<String>> repliers = new HashMap<>();
        /** By organization + NUL + group. */
        final Map<String, List<Participation.Representative>> representatives = new HashMap<>();
        /** By organization, and by organization + NUL + group. */
        final Map<String, Long> entries = new HashMap<>();

        List<Group> groupsOf(String organization) {
            return groups.getOrDefault(organization, List.of());
        }

        List<Participation.Representative> representativesOf(String organization, String group) {
            return List.copyOf(representatives.getOrDefault(organization + "\u0000" + group, List.of()));
        }

        Set<String> addressed(StatementEntity s) {
            return StatementMapper.dataOf(s).addressedOrganizations(allCodes);
        }

        boolean replied(StatementEntity s, String organization) {
            return repliers.getOrDefault(s.referenceKey, Set.of()).contains(organization);
        }
    }
}
