package org.qitdb.representative.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Representatives in the database. Lists are built from fixed query fragments with bound parameters, and always
 * ordered by organization, group, name and id, so that pages never overlap.
 */
@ApplicationScoped
public class RepresentativeRepository implements PanacheRepositoryBase<RepresentativeEntity, UUID> {

    private static final String ORDER = " order by r.organizationCode, r.groupCode, r.name, r.id";

    /** One page of representatives matching the query, with the total count. */
    public record Page(List<RepresentativeEntity> items, long total) {
    }

    public Page search(RepresentativeQuery query, LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.organization() != null) {
            where.append(" and r.organizationCode = :organization");
            parameters.put("organization", query.organization());
        }
        if (!query.groups().isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            for (int i = 0; i < query.groups().size(); i++) {
                alternatives.add("(r.organizationCode = :groupOrganization" + i + " and r.groupCode = :groupCode" + i + ")");
                parameters.put("groupOrganization" + i, query.groups().get(i).organization());
                parameters.put("groupCode" + i, query.groups().get(i).code());
            }
            where.append(" and (").append(String.join(" or ", alternatives)).append(")");
        }
        switch (query.activity()) {
            case ACTIVE -> {
                where.append(" and (r.until is null or r.until >= :today)");
                parameters.put("today", today);
            }
            case ENDED -> {
                where.append(" and r.until < :today");
                parameters.put("today", today);
            }
            case ALL -> { }
        }
        TypedQuery<Long> count = getEntityManager().createQuery("select count(r) from RepresentativeEntity r" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || (long) query.page() * query.size() >= total) {
            return new Page(List.of(), total);
        }
        TypedQuery<RepresentativeEntity> select = getEntityManager()
                .createQuery("select r from RepresentativeEntity r" + where + ORDER, RepresentativeEntity.class);
        parameters.forEach(select::setParameter);
        select.setFirstResult(query.page() * query.size());
        select.setMaxResults(query.size());
        return new Page(select.getResultList(), total);
    }

    public List<RepresentativeEntity> activeOfGroup(String organizationCode, String groupCode, LocalDate today) {
        return getEntityManager().createQuery("select r from RepresentativeEntity r where r.organizationCode = :organization"
                        + " and r.groupCode = :group and (r.until is null or r.until >= :today) order by r.name, r.id",
                        RepresentativeEntity.class)
                .setParameter("organization", organizationCode).setParameter("group", groupCode).setParameter("today", today)
                .getResultList();
    }

    /** Every appointment active today, ordered by organization, group, name. */
    public List<RepresentativeEntity> active(LocalDate today) {
        return getEntityManager().createQuery("select r from RepresentativeEntity r where r.until is null or r.until >= :today"
                + ORDER, RepresentativeEntity.class).setParameter("today", today).getResultList();
    }

    public long countOfGroup(String organizationCode, String groupCode) {
        return count("organizationCode = ?1 and groupCode = ?2", organizationCode, groupCode);
    }

    public long countActiveOfGroup(String organizationCode, String groupCode, LocalDate today) {
        return count("organizationCode = ?1 and groupCode = ?2 and (until is null or until >= ?3)", organizationCode, groupCode, today);
    }

    /** (organization, group) of every group with at least one active representative. */
    public List<Object[]> activeGroups(LocalDate today) {
        return getEntityManager().createQuery("select distinct r.organizationCode, r.groupCode from RepresentativeEntity r"
                + " where r.until is null or r.until >= :today", Object[].class).setParameter("today", today).getResultList();
    }
}
