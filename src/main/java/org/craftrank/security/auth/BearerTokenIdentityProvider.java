package org.craftrank.security.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.security.token.ApiTokenService;

/** Looks the bearer token's hash up in the database. */
@ApplicationScoped
public class BearerTokenIdentityProvider implements IdentityProvider<BearerTokenRequest> {

    private final ApiTokenService tokens;

    public BearerTokenIdentityProvider(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<BearerTokenRequest> getRequestType() {
        return BearerTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.resolve(request.token())
                .map(CallerIdentities::of)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, expired or revoked token")));
    }
}
