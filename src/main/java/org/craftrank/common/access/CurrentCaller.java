package org.craftrank.common.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.craftrank.common.AuthenticationRequiredException;

import java.util.Optional;

/** The signed-in caller of the current request. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Caller> find() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(Caller.ATTRIBUTE));
    }

    public Caller get() {
        return find().orElseThrow(() -> new AuthenticationRequiredException("sign in or send a valid bearer token"));
    }
}
