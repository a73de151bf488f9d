package org.qitdb.coordination.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Liaison statements. Lists are built from fixed query fragments with bound parameters, newest first (by date, those
 * without a date last), then by reference, so that pages never overlap.
 */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<StatementEntity, UUID> {

    private static final String ORDER = " order by case when s.statementDate is null then 1 else 0 end, s.statementDate desc, s.referenceKey";

    /** Statuses of a statement that still waits for an answer. */
    public static final List<String> AWAITING = List.of("sent", "received");

    /** The filters of a list; null or empty values filter nothing. */
    public record Criteria(String direction, List<String> statuses, String purpose, String organization, String inclusion,
            String inReplyToKey, boolean overdueOnly, LocalDate today) {
    }

    public record Page(List<StatementEntity> items, long total) {
    }

    public Optional<StatementEntity> findByReferenceKey(String key) {
        return find("referenceKey", key).firstResultOptional();
    }

    public Page search(Criteria c, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (c.direction() != null) {
            where.append(" and s.direction = :direction");
            parameters.put("direction", c.direction());
        }
        if (c.statuses() != null && !c.statuses().isEmpty()) {
            where.append(" and s.status in :statuses");
            parameters.put("statuses", c.statuses());
        }
        if (c.purpose() != null) {
            where.append(" and s.purpose = :purpose");
            parameters.put("purpose", c.purpose());
        }
        if (c.organization() != null) {
            // named on either side, or addressed as one of "every other organization"
            where.append(" and (s.partyCodes like :party or (s.broadcast = true and s.fromOrganization <> :organization))");
            parameters.put("party", "%|" + c.organization() + "|%");
            parameters.put("organization", c.organization());
        }
        if (c.inclusion() != null) {
            where.append(" and s.inclusion = :inclusion");
            parameters.put("inclusion", c.inclusion());
        }
        if (c.inReplyToKey() != null) {
            where.append(" and s.inReplyToKey = :inReplyTo");
            parameters.put("inReplyTo", c.inReplyToKey());
        }
        if (c.overdueOnly()) {
            where.append(" and s.deadline < :today and s.status in :awaiting");
            parameters.put("today", c.today());
            parameters.put("awaiting", AWAITING);
        }
        TypedQuery<Long> count = getEntityManager().createQuery("select count(s) from StatementEntity s" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || (long) page * size >= total) {
            return new Page(List.of(), total);
        }
        TypedQuery<StatementEntity> select = getEntityManager()
                .createQuery("select s from StatementEntity s" + where + ORDER, StatementEntity.class);
        parameters.forEach(select::setParameter);
        select.setFirstResult(page * size);
        select.setMaxResults(size);
        return new Page(select.getResultList(), total);
    }

    /** The statements that reply to any of these (by reference key), oldest first. */
    public List<StatementEntity> repliesTo(Collection<String> referenceKeys) {
        if (referenceKeys.isEmpty()) {
            return List.of();
        }
        return list("inReplyToKey in ?1 order by createdAt, id", List.copyOf(referenceKeys));
    }

    public long countRepliesTo(String referenceKey) {
        return count("inReplyToKey", referenceKey);
    }

    /** The statements these reference keys name. */
    public List<StatementEntity> byReferenceKeys(Collection<String> referenceKeys) {
        if (referenceKeys.isEmpty()) {
            return List.of();
        }
        return list("referenceKey in ?1", List.copyOf(referenceKeys));
    }

    /** Every incoming statement that answers an invitation to inclusion, in the order answers count (latest last). */
    public List<StatementEntity> inclusionAnswers() {
        return list("inclusion is not null order by case when statementDate is null then 0 else 1 end, statementDate, createdAt, id");
    }

    /** Every statement, in list order. */
    public List<StatementEntity> all() {
        return getEntityManager().createQuery("select s from StatementEntity s" + ORDER, StatementEntity.class).getResultList();
    }
}
