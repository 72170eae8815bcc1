package org.craftrank.security.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request authenticated by the session cookie's raw id. */
public class SessionCookieRequest extends BaseAuthenticationRequest {

    private final String sessionId;

    public SessionCookieRequest(String sessionId) {
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
