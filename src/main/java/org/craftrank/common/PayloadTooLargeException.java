package org.craftrank.common;

/** A request body over the size the endpoint accepts: 413, naming the limit. */
public class PayloadTooLargeException extends RuntimeException {

    private final String rule;

    public PayloadTooLargeException(String message) {
        this("max-size", message);
    }

    /** @param rule which limit, e.g. {@code file-size} or {@code candidate-total} */
    public PayloadTooLargeException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
