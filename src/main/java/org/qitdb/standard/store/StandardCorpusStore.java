package org.qitdb.standard.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.qitdb.common.JsonListConverter;

/**
 * The entries of a set of topics read in bulk, a page at a time in id order, and counted by group and source: what a
 * document about the whole catalogue (the landscape report) reads without loading entities. Plain SQL that H2 and
 * PostgreSQL both run; every value is a bound parameter.
 */
@ApplicationScoped
public class StandardCorpusStore {

    private static final JsonListConverter KEYWORDS = new JsonListConverter();
    /** Topic slugs per {@code in (...)} list; topic trees are far smaller. */
    private static final String FILED_UNDER = "exists (select 1 from standard_topic st where st.standard_id = s.id"
            + " and st.topic_slug in (:topics))";

    @Inject
    EntityManager em;

    /** One entry's texts. */
    public record TextRow(UUID id, String organization, String identifier, String title, String summary, List<String> keywords,
            String status) {
    }

    /** Entries of one organization and group (null: none) written by one kind of source. */
    public record SourceCount(String organization, String group, String provenanceKind, long count) {
    }

    /** The next entries after {@code afterId} (null: from the start) filed under one of the topics, in id order. */
    public List<TextRow> textsAfter(Collection<String> topics, UUID afterId, int limit) {
        Query query = em.createNativeQuery("select s.id, s.organization_code, s.identifier, s.title, s.summary, s.keywords, s.status"
                + " from standard s where " + FILED_UNDER + (afterId == null ? "" : " and s.id > :after") + " order by s.id");
        query.setParameter("topics", List.copyOf(topics));
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        query.setMaxResults(limit);
        List<TextRow> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(new TextRow(StandardRepository.uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    KEYWORDS.convertToEntityAttribute(r[5] == null ? null : r[5].toString()), (String) r[6]));
        }
        return rows;
    }

    /** The ids of the entries filed under one of the topics, of these organizations (null: of every one). */
    public List<UUID> ids(Collection<String> topics, Collection<String> organizations) {
        if (organizations != null && organizations.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("select s.id from standard s where " + FILED_UNDER
                + (organizations == null ? "" : " and s.organization_code in (:organizations)"));
        query.setParameter("topics", List.copyOf(topics));
        if (organizations != null) {
            query.setParameter("organizations", List.copyOf(organizations));
        }
        List<UUID> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(StandardRepository.uuid(id));
        }
        return ids;
    }

    /**
     * Entries filed under one of the topics per organization, group and kind of provenance: {@code seed} (the sample
     * data), {@code submission} (a bulk load) or {@code api} (single writes of sync tools and editors).
     */
    public List<SourceCount> sourceCounts(Collection<String> topics) {
        Query query = em.createNativeQuery("select s.organization_code, s.group_code, case when s.provenance = 'seed' or s.provenance like 'seed %' then 'seed'"
                + " when s.provenance like 'submission:%' then 'submission' else 'api' end as kind, count(*)"
                + " from standard s where " + FILED_UNDER + " group by s.organization_code, s.group_code,"
                + " case when s.provenance = 'seed' or s.provenance like 'seed %' then 'seed' when s.provenance like 'submission:%' then 'submission' else 'api' end");
        query.setParameter("topics", List.copyOf(topics));
        List<SourceCount> counts = new ArrayList<>();
        for (Object[] r : rows(query)) {
            counts.add(new SourceCount((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
