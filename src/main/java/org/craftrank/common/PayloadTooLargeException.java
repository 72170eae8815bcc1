package org.craftrank.common;

/** A request body over the size the endpoint accepts: 413, naming the limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
