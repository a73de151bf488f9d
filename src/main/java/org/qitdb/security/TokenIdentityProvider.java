package org.qitdb.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Checks a bearer token: the bootstrap admin token from configuration ({@code QITDB_ADMIN_TOKEN}). Tokens
 * are compared by their SHA-256 digests with a constant-time comparison, never character by character.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    AdminToken adminToken;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (adminToken.matches(token)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(AdminToken.NAME))
                    .addRole(Caller.ADMIN_ROLE)
                    .addAttribute(CurrentCaller.ORGANIZATIONS_ATTRIBUTE, Set.of())
                    .build());
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("unknown token"));
    }
}
