package org.qitdb.security.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiTokenEntity, UUID> {

    public Optional<ApiTokenEntity> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public List<ApiTokenEntity> active() {
        return list("revokedAt is null order by createdAt, id");
    }

    public boolean activeNameExists(String name) {
        return count("revokedAt is null and lower(name) = ?1", name.toLowerCase(java.util.Locale.ROOT)) > 0;
    }

    /** Records use at most once a minute per token: reads of a busy token must not turn into a write each. */
    public void touch(UUID id, Instant now) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, now.minusSeconds(60));
    }
}
