package org.craftrank.security.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request authenticated by an {@code Authorization: Bearer} API token. */
public class BearerTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public BearerTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
