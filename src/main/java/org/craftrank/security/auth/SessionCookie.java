package org.craftrank.security.auth;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

import java.time.Duration;

/** The session cookie: HttpOnly, SameSite=Strict, Secure whenever the request came over https. */
public final class SessionCookie {

    public static final String NAME = "craftrank_session";

    private SessionCookie() {
    }

    public static NewCookie issue(String rawSessionId, UriInfo uri, Duration maxAge) {
        return builder(rawSessionId, uri).maxAge((int) maxAge.toSeconds()).build();
    }

    public static NewCookie clear(UriInfo uri) {
        return builder("", uri).maxAge(0).build();
    }

    private static NewCookie.Builder builder(String value, UriInfo uri) {
        // Behind a TLS-terminating proxy the scheme is right only with quarkus.http.proxy forwarding enabled.
        boolean https = "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
