package org.qitdb.coordination.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qitdb.coordination.api.LiaisonStatement;
import org.qitdb.coordination.api.StatementConcerns;
import org.qitdb.coordination.api.StatementRef;
import org.qitdb.coordination.store.StatementEntity;
import org.qitdb.coordination.store.StatementRepository;

/** Converts between statement entities, canonical data and API views; server-owned fields never come from input. */
final class StatementMapper {

    private StatementMapper() {
    }

    /** What a view needs besides the statement: the day, the statements that answer it, and which ones it answers. */
    record Context(LocalDate today, Map<String, List<StatementEntity>> repliesByKey, Map<String, UUID> idsByKey,
            Collection<String> organizations) {
    }

    static StatementData dataOf(StatementEntity e) {
        return new StatementData(e.reference, e.direction, new PartyData(e.fromOrganization, e.fromGroup),
                MeetingMapper.parties(e.addressees), e.broadcast, e.audience, e.statementDate, e.subject, e.purpose, e.deadline,
                e.status, e.inReplyTo, e.inclusion, e.invitesInclusion, List.copyOf(e.urls), uuids(e.concernStandards),
                uuids(e.concernRepresentatives), uuids(e.concernSubmissions));
    }

    static void apply(StatementData d, StatementEntity e) {
        e.reference = d.reference();
        e.referenceKey = FieldRules.key(d.reference());
        e.direction = d.direction();
        e.fromOrganization = d.from().organization();
        e.fromGroup = d.from().group();
        e.addressees = MeetingMapper.stored(d.to());
        Set<String> codes = new LinkedHashSet<>();
        codes.add(d.from().organization());
        d.to().forEach(p -> codes.add(p.organization()));
        e.partyCodes = "|" + String.join("|", codes) + "|";
        e.broadcast = d.broadcast();
        e.audience = d.audience();
        e.statementDate = d.date();
        e.subject = d.subject();
        e.purpose = d.purpose();
        e.deadline = d.deadline();
        e.status = d.status();
        e.inReplyTo = d.inReplyTo();
        e.inReplyToKey = d.inReplyTo() == null ? null : FieldRules.key(d.inReplyTo());
        e.inclusion = d.inclusion();
        e.invitesInclusion = d.invitesInclusion();
        e.urls = List.copyOf(d.urls());
        e.concernStandards = strings(d.standards());
        e.concernRepresentatives = strings(d.representatives());
        e.concernSubmissions = strings(d.submissions());
    }

    /** Past its deadline while still waiting for an answer. */
    static boolean overdue(StatementEntity e, LocalDate today) {
        return e.deadline != null && e.deadline.isBefore(today) && StatementRepository.AWAITING.contains(e.status);
    }

    static LiaisonStatement viewOf(StatementEntity e, Context context) {
        StatementData d = dataOf(e);
        List<StatementEntity> replies = context.repliesByKey().getOrDefault(e.referenceKey, List.of());
        List<String> awaiting = List.of();
        if (!d.incoming()) {
            Set<String> addressed = d.addressedOrganizations(context.organizations());
            replies.forEach(r -> addressed.remove(r.fromOrganization));
            awaiting = List.copyOf(addressed);
        }
        return new LiaisonStatement(e.id, d.reference(), d.direction(), MeetingMapper.view(d.from()), MeetingMapper.views(d.to()),
                d.broadcast(), d.audience(), d.date(), d.subject(), d.purpose(), d.deadline(), d.status(), overdue(e, context.today()),
                d.inReplyTo(), e.inReplyToKey == null ? null : context.idsByKey().get(e.inReplyToKey), d.inclusion(),
                d.invitesInclusion(), d.urls(), new StatementConcerns(d.standards(), d.representatives(), d.submissions()),
                replies.stream().map(StatementMapper::ref).toList(), awaiting, e.provenance, e.createdAt, e.updatedAt, e.revision);
    }

    static StatementRef ref(StatementEntity e) {
        return new StatementRef(e.id, e.reference, new org.qitdb.coordination.api.Party(e.fromOrganization, e.fromGroup),
                e.statementDate, e.inclusion);
    }

    private static List<UUID> uuids(List<String> values) {
        return values.stream().map(UUID::fromString).toList();
    }

    private static List<String> strings(List<UUID> values) {
        return values.stream().map(UUID::toString).toList();
    }
}
