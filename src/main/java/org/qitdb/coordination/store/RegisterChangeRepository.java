package org.qitdb.coordination.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RegisterChangeRepository implements PanacheRepositoryBase<RegisterChangeEntity, Long> {

    /** The history of one record, oldest first. */
    public List<RegisterChangeEntity> ofRecord(UUID recordId) {
        return list("recordId = ?1 order by id", recordId);
    }

    /** Writes of the whole register (or of one kind of record), newest first. */
    public List<RegisterChangeEntity> page(String kind, int page, int size) {
        return (kind == null ? find("order by id desc") : find("recordKind = ?1 order by id desc", kind)).page(page, size).list();
    }

    public long total(String kind) {
        return kind == null ? count() : count("recordKind", kind);
    }
}
