package org.qitdb.submission.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<SubmissionEntity, UUID> {

    public Optional<SubmissionEntity> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    public List<SubmissionEntity> page(String organizationCode, int page, int size) {
        return (organizationCode == null ? find("status <> 'processing' order by createdAt desc, id")
                : find("organizationCode = ?1 and status <> 'processing' order by createdAt desc, id", organizationCode))
                .page(Page.of(page, size)).list();
    }

    public long total(String organizationCode) {
        return organizationCode == null ? count("status <> 'processing'")
                : count("organizationCode = ?1 and status <> 'processing'", organizationCode);
    }
}
