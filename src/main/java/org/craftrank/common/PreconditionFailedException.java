package org.craftrank.common;

/** The client wrote against a version that is no longer current (stale If-Match, lost race): 412. */
public class PreconditionFailedException extends RuntimeException {

    private final String rule;

    public PreconditionFailedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
