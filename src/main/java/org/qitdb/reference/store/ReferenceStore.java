package org.qitdb.reference.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads and writes the reference data tables (organizations, groups, topics). */
@ApplicationScoped
public class ReferenceStore {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    private EntityManager em() {
        return Panache.getEntityManager();
    }

    public List<OrganizationEntity> organizations() {
        return em().createQuery("from OrganizationEntity o order by o.code", OrganizationEntity.class).getResultList();
    }

    public List<GroupEntity> groups() {
        return em().createQuery("from GroupEntity g order by g.organizationCode, g.code", GroupEntity.class).getResultList();
    }

    public List<TopicEntity> topics() {
        return em().createQuery("from TopicEntity t order by t.slug", TopicEntity.class).getResultList();
    }

    public Optional<OrganizationEntity> organization(String code) {
        return Optional.ofNullable(em().find(OrganizationEntity.class, code));
    }

    public Optional<GroupEntity> group(String organizationCode, String code) {
        return em().createQuery("from GroupEntity g where g.organizationCode = :org and g.code = :code", GroupEntity.class)
                .setParameter("org", organizationCode).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<TopicEntity> topic(String slug) {
        return Optional.ofNullable(em().find(TopicEntity.class, slug));
    }

    public void persist(Object entity) {
        em().persist(entity);
    }

    public void remove(Object entity) {
        em().remove(entity);
    }

    public long groupsOfOrganization(String code) {
        return count("select count(g) from GroupEntity g where g.organizationCode = :v", Map.of("v", code));
    }

    public long childGroups(String organizationCode, String code) {
        return count("select count(g) from GroupEntity g where g.organizationCode = :o and g.parentCode = :v",
                Map.of("o", organizationCode, "v", code));
    }

    public long childTopics(String slug) {
        return count("select count(t) from TopicEntity t where t.parentSlug = :v", Map.of("v", slug));
    }

    /**
     * Replaces the topic closure with the given (ancestor → descendants) pairs. On PostgreSQL the topic tables are
     * analyzed at once (in this transaction, which ANALYZE counts): every subtree query joins them, and with no
     * statistics (a new table that autovacuum has not reached, or autovacuum off) the planner takes a topic's
     * subtree for one row and joins 100 000 entries by nested loops: the landscape's matrix took 2.3 s instead of
     * 0.2 s at 100 000 entries. The tables are tiny, so analyzing them costs nothing.
     */
    public void replaceTopicClosure(Map<String, List<String>> descendantsByTopic) {
        em().createQuery("delete from TopicClosureEntity").executeUpdate();
        descendantsByTopic.forEach((ancestor, descendants) -> descendants.forEach(d -> {
            TopicClosureEntity pair = new TopicClosureEntity();
            pair.ancestor = ancestor;
            pair.descendant = d;
            em().persist(pair);
        }));
        if (databaseKind.startsWith("postgres")) {
            em().flush();
            em().createNativeQuery("analyze topic, topic_closure").executeUpdate();
        }
    }

    private long count(String hql, Map<String, Object> parameters) {
        var query = em().createQuery(hql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
