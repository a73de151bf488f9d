package org.qitdb.standard.feed.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

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

    /** Writes change rows with one JDBC batch, in the caller's transaction (after {@link #reserve}). */
    public void insertAll(List<ChangeEntity> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into standard_change (seq, change_type, "
                    + "standard_id, organization_code, identifier, revision, occurred_at, actor, changed_fields, snapshot) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ChangeEntity row : rows) {
                    insert.setLong(1, row.seq);
                    insert.setString(2, row.changeType);
                    insert.setObject(3, row.standardId);
                    insert.setString(4, row.organizationCode);
                    insert.setString(5, row.identifier);
                    insert.setLong(6, row.revision);
                    insert.setObject(7, row.occurredAt.atOffset(ZoneOffset.UTC));
                    insert.setString(8, row.actor);
                    insert.setString(9, row.changedFields);
                    insert.setString(10, row.snapshot);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Events after {@code seq} up to {@code through}, in order; of the organizations given, when given (the events of
     * others are left out).
     */
    public List<ChangeEntity> after(long seq, long through, int limit, java.util.Optional<java.util.Set<String>> organizations) {
        if (organizations.isEmpty()) {
            return find("seq > ?1 and seq <= ?2 order by seq", seq, through).page(0, limit).list();
        }
        if (organizations.get().isEmpty()) {
            return List.of();
        }
        return find("seq > ?1 and seq <= ?2 and organizationCode in ?3 order by seq", seq, through, List.copyOf(organizations.get()))
                .page(0, limit).list();
    }

    /**
     * The next changes after {@code seq} up to {@code through} that set or changed an entry's status (every creation
     * does) or deleted an entry, in feed order: (seq, change_type, standard_id, organization_code, identifier,
     * occurred_at, changed_fields). The snapshots are not read.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> statusChangesAfter(long seq, long through, int limit) {
        return getEntityManager().createNativeQuery("select c.seq, c.change_type, c.standard_id, c.organization_code, c.identifier,"
                        + " c.occurred_at, c.changed_fields from standard_change c where c.seq > :seq and c.seq <= :through"
                        + " and (c.change_type = 'deleted' or c.changed_fields like :status) order by c.seq")
                .setParameter("seq", seq).setParameter("through", through).setParameter("status", "%\"status\"%")
                .setMaxResults(limit).getResultList();
    }

    /**
     * How many events up to {@code seq} are kept. Below the pruned mark this only ever shrinks: a count that changed
     * means a pruning removed events there, which it can do without moving the mark (an entry's newest event, kept
     * until the entry has a newer one).
     */
    public long keptThrough(long seq) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from standard_change where seq <= :seq")
                .setParameter("seq", seq).getSingleResult()).longValue();
    }

    public List<ChangeEntity> ofStandard(UUID standardId) {
        return list("standardId = ?1 order by seq", standardId);
    }

    public long prunedThrough() {
        return ((Number) getEntityManager().createNativeQuery("select pruned_through from change_counter where id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * Up to {@code limit} events after {@code afterSeq} that a pruning may delete, oldest first: older than the cutoff,
     * and either followed by a newer event of the same entry or belonging to an entry that no longer exists. The newest
     * event of every current entry stays, so that a client starting from the beginning still receives every current
     * entry. Each candidate is judged by two index probes, (standard_id, seq) and the entry's key, so a batch costs its
     * own rows and not the whole log.
     */
    @SuppressWarnings("unchecked")
    public List<Long> prunableAfter(long afterSeq, Instant cutoff, int limit) {
        List<Number> seqs = getEntityManager().createNativeQuery("select c.seq from standard_change c"
                        + " where c.seq > :after and c.occurred_at < :cutoff"
                        + " and (exists (select 1 from standard_change n where n.standard_id = c.standard_id and n.seq > c.seq)"
                        + " or not exists (select 1 from standard s where s.id = c.standard_id))"
                        + " order by c.seq")
                .setParameter("after", afterSeq).setParameter("cutoff", cutoff).setMaxResults(limit).getResultList();
        return seqs.stream().map(Number::longValue).toList();
    }

    /** Deletes the given events and moves the pruned mark up to the highest of them (never down). */
    public int deletePruned(List<Long> seqs) {
        if (seqs.isEmpty()) {
            return 0;
        }
        int removed = getEntityManager().createNativeQuery("delete from standard_change where seq in (:seqs)")
                .setParameter("seqs", seqs).executeUpdate();
        long highest = seqs.stream().mapToLong(Long::longValue).max().getAsLong();
        getEntityManager().createNativeQuery("update change_counter set pruned_through = "
                        + "case when pruned_through > :highest then pruned_through else :highest end where id = 1")
                .setParameter("highest", highest).executeUpdate();
        return removed;
    }

    public long lastSeq() {
        return ((Number) getEntityManager().createNativeQuery("select last_seq from change_counter where id = 1")
                .getSingleResult()).longValue();
    }
}
