package org.craftrank.common;

/** Well-formed but cannot be processed, e.g. an Idempotency-Key reused for a different request: 422. */
public class UnprocessableException extends RuntimeException {

    private final String rule;

    public UnprocessableException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
