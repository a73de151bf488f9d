package org.qitdb.security.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qitdb.common.JsonListConverter;

@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** admin or editor */
    @Column(nullable = false)
    public String role;

    /** Organization codes an editor may write. */
    @Convert(converter = JsonListConverter.class)
    @Column(nullable = false)
    public List<String> organizations = List.of();

    /** Hex SHA-256 of the secret; the secret itself is never stored. */
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
