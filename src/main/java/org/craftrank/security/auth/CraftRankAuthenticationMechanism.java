package org.craftrank.security.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.security.token.ApiTokenService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * The one way in: an {@code Authorization: Bearer} API token, else the session cookie. With OIDC on, a bearer
 * token that is not an API token ({@code crk_…}) is left to the OIDC mechanism ({@link OidcAccountAugmentor}). A bad bearer token is
 * refused outright (the client asked for that identity); a dead session cookie just leaves the caller
 * anonymous, so the login page still opens with a stale cookie in the browser.
 */
@ApplicationScoped
public class CraftRankAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final boolean oidcEnabled;

    public CraftRankAuthenticationMechanism(
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean oidcEnabled) {
        this.oidcEnabled = oidcEnabled;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            if (oidcEnabled && !token.startsWith(ApiTokenService.TOKEN_PREFIX)) {
                return Uni.createFrom().nullItem(); // not one of ours: the OIDC mechanism verifies it
            }
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                    new BearerTokenRequest(token), context));
        }
        Cookie session = context.request().getCookie(SessionCookie.NAME);
        if (session != null && !session.getValue().isEmpty()) {
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                            new SessionCookieRequest(session.getValue()), context))
                    .onFailure(AuthenticationFailedException.class).recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    /**
     * Before the OIDC mechanism (when it is on): it would try to verify an API token or a request with only a
     * session cookie as a JWT and fail the request, while this one steps aside for tokens it does not own.
     */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"craftrank\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerTokenRequest.class, SessionCookieRequest.class);
    }
}
