package org.craftrank.common;

/** An object the caller asked for does not exist (or, later, may not be known to the caller): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
