package org.craftrank.common;

/** The request needs a signed-in caller and has none (or its credentials were refused): 401. */
public class AuthenticationRequiredException extends RuntimeException {

    public AuthenticationRequiredException(String message) {
        super(message);
    }
}
