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
import org.qitdb.security.service.TokenService;
import java.util.Set;

/**
 * Checks a bearer token: the bootstrap admin token from configuration ({@code QITDB_ADMIN_TOKEN}), else an issued
 * token found by the hash of its secret. Tokens
 * are compared by their SHA-256 digests with a constant-time comparison, never character by character.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final int MAX_TOKEN_LENGTH = 512;

    @Inject
    AdminToken adminToken;

    @Inject
    TokenService tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (adminToken.matches(token)) {
            return Uni.createFrom().item(identity(new Caller(AdminToken.NAME, true, Set.of())));
        }
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown token"));
        }
        return context.runBlocking(() -> tokens.authenticate(token).map(TokenIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired token")));
    }

    private static SecurityIdentity identity(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name()))
                .addRole(caller.admin() ? Caller.ADMIN_ROLE : Caller.EDITOR_ROLE)
                .addAttribute(CurrentCaller.ORGANIZATIONS_ATTRIBUTE, caller.organizations())
                .build();
    }
}
