package org.qitdb.landscape.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qitdb.standard.store.Relation;
import org.qitdb.standard.store.RelationListConverter;
import org.qitdb.standard.store.StandardRepository;

/**
 * The grouped queries of the landscape analysis. Plain SQL that H2 and PostgreSQL both run: the WHERE clauses are
 * built from fixed fragments and every request value is a bound parameter. Sub-topics are reached through
 * {@code topic_closure}, where every topic is also its own ancestor.
 */
@ApplicationScoped
public class LandscapeStore {

    /** Keys per {@code in (...)} list, well below what either database accepts. */
    private static final int CHUNK = 500;
    private static final RelationListConverter RELATIONS = new RelationListConverter();

    @Inject
    EntityManager em;

    /**
     * The entry filters of an analysis (the topic subtree is given separately). Empty lists filter nothing.
     * {@code visibleOrganizations}: the reader's restriction under the inclusion policy, null for none.
     */
    public record Criteria(List<String> organizations, List<GroupKey> groups, List<String> statuses,
            List<String> documentTypes, LocalDate publishedFrom, LocalDate publishedTo, Set<String> visibleOrganizations) {

        public boolean visible(String organization) {
            return visibleOrganizations == null || visibleOrganizations.contains(organization);
        }
    }

    public record GroupKey(String organization, String code) {
    }

    /** An entry, briefly. */
    public record Entry(UUID id, String organization, String identifier, String title, String status) {
    }

    /** An entry that declares relations of type {@code equivalent}. */
    public record EquivalentSource(Entry entry, List<Relation> relations) {
    }

    public record MatrixCount(String topic, String organization, String status, long count) {
    }

    public record TopicEntry(String topic, Entry entry) {
    }

    public record TopicCount(String topic, String organization, long count) {
    }

    public record YearCount(int year, String organization, long count) {
    }

    /** The sequence number of the last committed change of any standard: it grows with every write. */
    public long lastChange() {
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult()).longValue();
    }

    /** Entries per topic of the subtree (sub-topics included), organization and status. */
    public List<MatrixCount> matrix(String root, Criteria criteria) {
        Filter filter = Filter.of(criteria);
        Query query = em.createNativeQuery("select c.ancestor, s.organization_code, s.status, count(distinct s.id)"
                + " from standard s"
                + " join standard_topic st on st.standard_id = s.id"
                + " join topic_closure c on c.descendant = st.topic_slug"
                + " join topic_closure r on r.descendant = c.ancestor"
                + " where r.ancestor = :root and " + filter.where
                + " group by c.ancestor, s.organization_code, s.status");
        query.setParameter("root", root);
        filter.bind(query);
        List<MatrixCount> counts = new ArrayList<>();
        for (Object[] row : rows(query)) {
            counts.add(new MatrixCount((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue()));
        }
        return counts;
    }

    /**
     * Entries filed under each topic of the subtree itself (not under a sub-topic), per organization, counting only
     * entries with one of the statuses.
     */
    public List<TopicCount> filedPerOrganization(String root, Criteria criteria, Collection<String> statuses) {
        Filter filter = Filter.of(criteria);
        Query query = em.createNativeQuery("select st.topic_slug, s.organization_code, count(*) from standard s"
                + " join standard_topic st on st.standard_id = s.id"
                + " join topic_closure r on r.descendant = st.topic_slug"
                + " where r.ancestor = :root and s.status in (:workStatuses) and " + filter.where
                + " group by st.topic_slug, s.organization_code");
        query.setParameter("root", root);
        query.setParameter("workStatuses", List.copyOf(statuses));
        filter.bind(query);
        List<TopicCount> counts = new ArrayList<>();
        for (Object[] row : rows(query)) {
            counts.add(new TopicCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** Which of these entries are filed under which of these topics (not their sub-topics) with one of the statuses. */
    public List<TopicEntry> filedAmong(Collection<String> topics, Collection<UUID> ids, Criteria criteria, Collection<String> statuses) {
        List<TopicEntry> entries = new ArrayList<>();
        if (topics.isEmpty()) {
            return entries;
        }
        for (List<UUID> chunk : chunks(ids)) {
            Filter filter = Filter.of(criteria);
            Query query = em.createNativeQuery("select st.topic_slug, s.id, s.organization_code, s.identifier, s.title, s.status"
                    + " from standard s join standard_topic st on st.standard_id = s.id"
                    + " where s.id in (:ids) and st.topic_slug in (:topics) and s.status in (:workStatuses) and " + filter.where);
            query.setParameter("ids", chunk);
            query.setParameter("topics", List.copyOf(topics));
            query.setParameter("workStatuses", List.copyOf(statuses));
            filter.bind(query);
            entries.addAll(topicEntries(query));
        }
        return entries;
    }

    /**
     * The first {@code perOrganization} entries of each organization filed under each of these topics (not their
     * sub-topics) with one of the statuses, by identifier: a bounded sample, however many entries a topic has.
     */
    public List<TopicEntry> firstFiledPerOrganization(Collection<String> topics, Criteria criteria, Collection<String> statuses,
            int perOrganization) {
        if (topics.isEmpty()) {
            return List.of();
        }
        Filter filter = Filter.of(criteria);
        Query query = em.createNativeQuery("select x.topic_slug, x.id, x.organization_code, x.identifier, x.title, x.status from ("
                + "select st.topic_slug, s.id, s.organization_code, s.identifier, s.title, s.status, row_number() over ("
                + "partition by st.topic_slug, s.organization_code order by s.identifier, s.id) as position"
                + " from standard s join standard_topic st on st.standard_id = s.id"
                + " where st.topic_slug in (:topics) and s.status in (:workStatuses) and " + filter.where
                + ") x where x.position <= :perOrganization");
        query.setParameter("topics", List.copyOf(topics));
        query.setParameter("workStatuses", List.copyOf(statuses));
        query.setParameter("perOrganization", perOrganization);
        filter.bind(query);
        return topicEntries(query);
    }

    /** Entries per publication year and organization in the subtree. */
    public List<YearCount> publicationsPerYear(String root, Criteria criteria) {
        Filter filter = Filter.of(criteria);
        // a join with the distinct entries of the subtree rather than "s.id in (subquery)": H2 turns a large IN
        // subquery into a value list that, once it spills to disk (as it does under a small heap at 100 000
        // entries), fails with an ArrayIndexOutOfBoundsException when the lookup index has more than one column
        Query query = em.createNativeQuery("select s.publication_year, s.organization_code, count(*)"
                + " from (select distinct st.standard_id from standard_topic st"
                + " join topic_closure r on r.descendant = st.topic_slug where r.ancestor = :root) x"
                + " join standard s on s.id = x.standard_id"
                + " where s.publication_year is not null and " + filter.where
                + " group by s.publication_year, s.organization_code");
        query.setParameter("root", root);
        filter.bind(query);
        List<YearCount> counts = new ArrayList<>();
        for (Object[] row : rows(query)) {
            counts.add(new YearCount(((Number) row[0]).intValue(), (String) row[1], ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** Every entry that declares an {@code equivalent} relation, with its relations. */
    public List<EquivalentSource> entriesDeclaringEquivalents() {
        Query query = em.createNativeQuery("select s.id, s.organization_code, s.identifier, s.title, s.status, s.relations"
                + " from standard s where s.relations like :equivalent");
        query.setParameter("equivalent", "%\"equivalent\"%");
        List<EquivalentSource> sources = new ArrayList<>();
        for (Object[] row : rows(query)) {
            List<Relation> relations = RELATIONS.convertToEntityAttribute(String.valueOf(row[5]));
            sources.add(new EquivalentSource(entry(row, 0), relations));
        }
        return sources;
    }

    /**
     * The entries named by natural keys (organization code → identifier keys), found by identifier key or alias.
     * The result maps {@code organization + "\u0000" + key} to the entry.
     */
    public Map<String, Entry> entriesByKey(Map<String, Set<String>> keysByOrganization) {
        Set<String> keys = new HashSet<>();
        keysByOrganization.values().forEach(keys::addAll);
        Map<String, Entry> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            Query byIdentifier = em.createNativeQuery("select s.id, s.organization_code, s.identifier, s.title, s.status, s.identifier_key"
                    + " from standard s where s.identifier_key in (:keys)");
            byIdentifier.setParameter("keys", chunk);
            for (Object[] row : rows(byIdentifier)) {
                Entry e = entry(row, 0);
                if (keysByOrganization.getOrDefault(e.organization(), Set.of()).contains((String) row[5])) {
                    found.put(e.organization() + "\u0000" + row[5], e);
                }
            }
            Query byAlias = em.createNativeQuery("select s.id, s.organization_code, s.identifier, s.title, s.status, a.alias_key"
                    + " from standard_alias a join standard s on s.id = a.standard_id"
                    + " where a.alias_key in (:keys) and a.organization_code = s.organization_code");
            byAlias.setParameter("keys", chunk);
            for (Object[] row : rows(byAlias)) {
                Entry e = entry(row, 0);
                if (keysByOrganization.getOrDefault(e.organization(), Set.of()).contains((String) row[5])) {
                    found.putIfAbsent(e.organization() + "\u0000" + row[5], e);
                }
            }
        }
        return found;
    }

    /** Which of these entries lie in the subtree and match the filters. */
    public Set<UUID> selected(String root, Criteria criteria, Collection<UUID> ids) {
        Set<UUID> selected = new HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            Filter filter = Filter.of(criteria);
            // exists, not "s.id in (subquery)": see publicationsPerYear
            Query query = em.createNativeQuery("select s.id from standard s where s.id in (:ids) and " + filter.where
                    + " and exists (select 1 from standard_topic st join topic_closure r on r.descendant = st.topic_slug"
                    + " where st.standard_id = s.id and r.ancestor = :root)");
            query.setParameter("ids", chunk);
            query.setParameter("root", root);
            filter.bind(query);
            for (Object row : query.getResultList()) {
                selected.add(StandardRepository.uuid(row));
            }
        }
        return selected;
    }

    /** Rows of (topic, id, organization, identifier, title, status). */
    private static List<TopicEntry> topicEntries(Query query) {
        List<TopicEntry> entries = new ArrayList<>();
        for (Object[] row : rows(query)) {
            entries.add(new TopicEntry((String) row[0], entry(row, 1)));
        }
        return entries;
    }

    private static Entry entry(Object[] row, int from) {
        return new Entry(StandardRepository.uuid(row[from]), (String) row[from + 1], (String) row[from + 2],
                (String) row[from + 3], (String) row[from + 4]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** The WHERE clause of the entry filters, over {@code standard s}, and its parameters. */
    private static final class Filter {
        final StringBuilder where = new StringBuilder("1 = 1");
        final Map<String, Object> parameters = new HashMap<>();

        static Filter of(Criteria criteria) {
            Filter f = new Filter();
            // the reader's restriction (inclusion policy): one organization filter, before the request's own
            if (criteria.visibleOrganizations() != null) {
                if (criteria.visibleOrganizations().isEmpty()) {
                    f.where.append(" and 1 = 0");
                } else {
                    f.where.append(" and s.organization_code in (:visibleOrganizations)");
                    f.parameters.put("visibleOrganizations", List.copyOf(criteria.visibleOrganizations()));
                }
            }
            if (!criteria.organizations().isEmpty()) {
                f.where.append(" and s.organization_code in (:organizations)");
                f.parameters.put("organizations", criteria.organizations());
            }
            if (!criteria.groups().isEmpty()) {
                List<String> alternatives = new ArrayList<>();
                for (int i = 0; i < criteria.groups().size(); i++) {
                    alternatives.add("(s.organization_code = :go" + i + " and s.group_code = :gc" + i + ")");
                    f.parameters.put("go" + i, criteria.groups().get(i).organization());
                    f.parameters.put("gc" + i, criteria.groups().get(i).code());
                }
                f.where.append(" and (").append(String.join(" or ", alternatives)).append(")");
            }
            if (!criteria.statuses().isEmpty()) {
                f.where.append(" and s.status in (:statuses)");
                f.parameters.put("statuses", criteria.statuses());
            }
            if (!criteria.documentTypes().isEmpty()) {
                f.where.append(" and s.document_type in (:documentTypes)");
                f.parameters.put("documentTypes", criteria.documentTypes());
            }
            if (criteria.publishedFrom() != null) {
                f.where.append(" and s.publication_start >= :publishedFrom");
                f.parameters.put("publishedFrom", criteria.publishedFrom());
            }
            if (criteria.publishedTo() != null) {
                f.where.append(" and s.publication_start <= :publishedTo");
                f.parameters.put("publishedTo", criteria.publishedTo());
            }
            return f;
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
