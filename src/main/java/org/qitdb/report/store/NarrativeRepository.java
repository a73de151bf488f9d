package org.qitdb.report.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class NarrativeRepository implements PanacheRepositoryBase<NarrativeEntity, String> {

    public List<NarrativeChangeEntity> historyOf(String section) {
        return getEntityManager().createQuery("select c from NarrativeChangeEntity c where c.section = :section order by c.revision, c.id",
                NarrativeChangeEntity.class).setParameter("section", section).getResultList();
    }

    public void record(NarrativeChangeEntity change) {
        getEntityManager().persist(change);
    }
}
