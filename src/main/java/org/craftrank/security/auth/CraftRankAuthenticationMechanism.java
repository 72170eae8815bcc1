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

import java.util.Set;

/**
 * The one way in: an {@code Authorization: Bearer} API token, else the session cookie. A bad bearer token is
 * refused outright (the client asked for that identity); a dead session cookie just leaves the caller
 * anonymous, so the login page still opens with a stale cookie in the browser.
 */
@ApplicationScoped
public class CraftRankAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
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

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"craftrank\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerTokenRequest.class, SessionCookieRequest.class);
    }
}
