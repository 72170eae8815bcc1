package org.craftrank.common;

/** A campaign-scoped API token called a route that is not bound to its campaign (403, rule token-campaign-scope). */
public class OutOfTokenScopeException extends RuntimeException {

    public OutOfTokenScopeException(String message) {
        super(message);
    }
}
