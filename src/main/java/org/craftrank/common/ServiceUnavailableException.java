package org.craftrank.common;

/**
 * Something the request needs (e.g. the file store) cannot be used just now: 503 with the rule and a
 * {@code Retry-After}, and nothing was stored. The message names what failed, never a secret or a key.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String rule;

    public ServiceUnavailableException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
