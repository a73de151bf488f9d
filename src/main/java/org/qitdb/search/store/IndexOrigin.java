package org.qitdb.search.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The token naming the database the index is derived from (table {@code search_index_origin}, set by its migration). */
@ApplicationScoped
public class IndexOrigin {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String token() {
        return (String) em.createNativeQuery("select token from search_index_origin where id = 1").getSingleResult();
    }
}
