package org.qitdb.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.AdminToken;
import org.qitdb.security.Caller;
import org.qitdb.security.api.TokenInput;
import org.qitdb.security.api.TokenView;
import org.qitdb.security.store.ApiTokenEntity;
import org.qitdb.security.store.ApiTokenRepository;

/**
 * Issues, lists, revokes and checks API tokens. A secret is 32 random bytes, shown once; only its SHA-256 is stored
 * and tokens are found by that hash (a fast hash is right for random secrets), so no secret is ever compared
 * character by character. Every check reads the database: a revoke is in force at once on every replica.
 */
@ApplicationScoped
public class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "qitdb_";

    @Inject
    ApiTokenRepository repository;

    @Inject
    ReferenceCatalog catalog;

    @Transactional
    public TokenView issue(TokenInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw Refused.invalidBody(List.of(new FieldError("", "a JSON object is required")));
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new FieldError("name", "is required, at most 100 characters"));
        } else if (name.equalsIgnoreCase(AdminToken.NAME)) {
            errors.add(new FieldError("name", "'" + AdminToken.NAME + "' is the bootstrap token's name"));
        }
        String role = input.role() == null ? "" : input.role().strip().toLowerCase(Locale.ROOT);
        if (!role.equals(Caller.ADMIN_ROLE) && !role.equals(Caller.EDITOR_ROLE)) {
            errors.add(new FieldError("role", "admin or editor"));
        }
        Set<String> organizations = new LinkedHashSet<>();
        List<String> given = input.organizations() == null ? List.of() : input.organizations();
        for (int i = 0; i < given.size(); i++) {
            Optional<Organization> org = given.get(i) == null ? Optional.empty() : catalog.organization(given.get(i));
            if (org.isEmpty()) {
                errors.add(new FieldError("organizations[" + i + "]", "unknown organization '" + given.get(i) + "'"));
            } else {
                organizations.add(org.get().code());
            }
        }
        if (role.equals(Caller.EDITOR_ROLE) && given.isEmpty()) {
            errors.add(new FieldError("organizations", "an editor needs at least one organization"));
        }
        if (role.equals(Caller.ADMIN_ROLE) && !given.isEmpty()) {
            errors.add(new FieldError("organizations", "an admin may write every organization; leave this empty"));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (input.expiresAt() != null && !input.expiresAt().isAfter(now)) {
            errors.add(new FieldError("expiresAt", "must lie in the future"));
        }
        if (!errors.isEmpty()) {
            throw Refused.invalidBody(errors);
        }
        if (repository.activeNameExists(name)) {
            throw new Refused(new Refusal.Taken("an active token named '" + name + "' exists; revoke it or choose another name", null));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokenEntity entity = new ApiTokenEntity();
        entity.id = UUID.randomUUID();
        entity.name = name;
        entity.role = role;
        entity.organizations = List.copyOf(organizations);
        entity.tokenHash = hash(token);
        entity.createdAt = now;
        entity.expiresAt = input.expiresAt() == null ? null : input.expiresAt().truncatedTo(ChronoUnit.MICROS);
        repository.persist(entity);
        return view(entity, token);
    }

    @Transactional
    public List<TokenView> list() {
        return repository.active().stream().map(e -> view(e, null)).toList();
    }

    /** An active token, without its secret; 404 when none has this id (or it was revoked). */
    @Transactional
    public TokenView require(String id) {
        UUID uuid = ClientValues.id(id, "token");
        return repository.findByIdOptional(uuid).filter(t -> t.revokedAt == null).map(e -> view(e, null))
                .orElseThrow(() -> Refused.notFound("no active token with id '" + uuid + "'"));
    }

    @Transactional
    public void revoke(String id) {
        UUID uuid = ClientValues.id(id, "token");
        ApiTokenEntity entity = repository.findByIdOptional(uuid).filter(t -> t.revokedAt == null)
                .orElseThrow(() -> Refused.notFound("no active token with id '" + uuid + "'"));
        entity.revokedAt = Instant.now();
    }

    /** The caller a presented secret stands for: empty when unknown, revoked or expired. */
    @Transactional
    public Optional<Caller> authenticate(String token) {
        Instant now = Instant.now();
        Optional<ApiTokenEntity> found = repository.findByHash(hash(token))
                .filter(t -> t.revokedAt == null)
                .filter(t -> t.expiresAt == null || t.expiresAt.isAfter(now));
        found.ifPresent(t -> repository.touch(t.id, now));
        return found.map(t -> new Caller(t.name, Caller.ADMIN_ROLE.equals(t.role), Set.copyOf(t.organizations)));
    }

    private static TokenView view(ApiTokenEntity e, String secret) {
        return new TokenView(e.id, e.name, e.role, e.organizations, e.createdAt, e.expiresAt, e.lastUsedAt, secret);
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(AdminToken.sha256(token));
    }
}
