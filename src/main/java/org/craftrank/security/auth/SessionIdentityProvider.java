package org.craftrank.security.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.security.session.SessionStore;

/** Looks the session cookie up in the database (on a worker thread: it is blocking I/O). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionCookieRequest> {

    private final SessionStore sessions;

    public SessionIdentityProvider(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionCookieRequest> getRequestType() {
        return SessionCookieRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionCookieRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.sessionId())
                .map(CallerIdentities::of)
                .orElseThrow(() -> new AuthenticationFailedException("session ended")));
    }
}
