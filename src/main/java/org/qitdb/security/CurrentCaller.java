package org.qitdb.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** The caller of the current request, as the token system authenticated it. */
@ApplicationScoped
public class CurrentCaller {

    public static final String ORGANIZATIONS_ATTRIBUTE = "qitdb.organizations";

    @Inject
    SecurityIdentity identity;

    public Caller get() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        @SuppressWarnings("unchecked")
        Set<String> organizations = identity.getAttribute(ORGANIZATIONS_ATTRIBUTE) instanceof Set<?> set
                ? (Set<String>) set : Set.of();
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Caller.ADMIN_ROLE), organizations);
    }
}
