package org.qitdb.sync.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChangeStore implements PanacheRepositoryBase<ChangeEntity, Long> {

    /**
     * Reserves {@code count} consecutive sequence numbers and returns the first. The counter row stays locked
     * until the transaction ends, so sequence numbers become visible in exactly the order they were handed
     * out: a transaction holding seq n+1 cannot commit before the one holding n has (see docs/sync.md).
     */
    public long reserve(int count) {
        getEntityManager().createNativeQuery("update change_counter set last_seq = last_seq + :n where id = 1")
                .setParameter("n", count).executeUpdate();
        long last = ((Number) getEntityManager().createNativeQuery("select last_seq from change_counter where id = 1")
                .getSingleResult()).longValue();
        return last - count + 1;
    }

    public List<ChangeEntity> after(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }

    public List<ChangeEntity> ofStandard(UUID standardId) {
        return list("standardId = ?1 order by seq", standardId);
    }

    public Optional<Long> oldestSeq() {
        return Optional.ofNullable(getEntityManager().createQuery("select min(c.seq) from ChangeEntity c", Long.class)
                .getSingleResult());
    }

    public long lastSeq() {
        return ((Number) getEntityManager().createNativeQuery("select last_seq from change_counter where id = 1")
                .getSingleResult()).longValue();
    }
}
