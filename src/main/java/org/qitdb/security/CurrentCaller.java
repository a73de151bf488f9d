package org.qitdb.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/** The caller of the current request, as the token system authenticated it. */
@ApplicationScoped
public class CurrentCaller {

    public static final String ORGANIZATIONS_ATTRIBUTE = "qitdb.organizations";

    @Inject
    SecurityIdentity identity;

    public Caller get() {
        return find().orElseThrow(UnauthorizedException::new);
    }

    /**
     * The caller of a public read, which may show more to a token holder: empty without a token. A token that is
     * sent but not valid still fails (401), rather than silently reading less.
     */
    public Optional<Caller> find() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Set<String> organizations = identity.getAttribute(ORGANIZATIONS_ATTRIBUTE) instanceof Set<?> set
                ? (Set<String>) set : Set.of();
        return Optional.of(new Caller(identity.getPrincipal().getName(), identity.hasRole(Caller.ADMIN_ROLE), organizations));
    }
}
