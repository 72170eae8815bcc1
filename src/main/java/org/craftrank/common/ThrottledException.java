package org.craftrank.common;

/** Too many attempts in too short a time: 429 with a Retry-After header. */
public class ThrottledException extends RuntimeException {

    private final long retryAfterSeconds;

    public ThrottledException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
