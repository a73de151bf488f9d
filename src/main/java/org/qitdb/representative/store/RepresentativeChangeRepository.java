package org.qitdb.representative.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RepresentativeChangeRepository implements PanacheRepositoryBase<RepresentativeChangeEntity, Long> {

    /** The history of one representative, oldest first. */
    public List<RepresentativeChangeEntity> ofRepresentative(UUID representativeId) {
        return list("representativeId = ?1 order by id", representativeId);
    }
}
