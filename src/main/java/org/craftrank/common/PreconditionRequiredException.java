package org.craftrank.common;

/** A write that replaces state came without If-Match, so it could silently undo someone else's change: 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
