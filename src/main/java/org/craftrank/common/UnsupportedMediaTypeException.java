package org.craftrank.common;

/** A state-changing request whose Content-Type the route does not take (415, rule media-type). */
public class UnsupportedMediaTypeException extends RuntimeException {

    public UnsupportedMediaTypeException(String message) {
        super(message);
    }
}
