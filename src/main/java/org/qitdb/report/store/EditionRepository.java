package org.qitdb.report.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<EditionEntity, UUID> {

    /** What a list of editions shows, without the documents. */
    public record Summary(UUID id, String title, String topicSlug, java.time.LocalDate since, String meeting,
            java.time.Instant createdAt, String createdBy, long dataVersion) {
    }

    /** Newest first. */
    public List<Summary> summaries(int page, int size) {
        return getEntityManager().createQuery("select new org.qitdb.report.store.EditionRepository$Summary(e.id, e.title,"
                        + " e.topicSlug, e.since, e.meeting, e.createdAt, e.createdBy, e.dataVersion) from EditionEntity e"
                        + " order by e.createdAt desc, e.id desc", Summary.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public Optional<Summary> latest() {
        return summaries(0, 1).stream().findFirst();
    }
}
