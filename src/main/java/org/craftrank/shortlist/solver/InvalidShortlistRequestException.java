package org.craftrank.shortlist.solver;

/**
 * The request itself is malformed (a duplicate or unknown code, a negative cap, ranks that contradict the scores):
 * a 400 naming {@link #field()}, as opposed to well-formed constraints that cannot be met together
 * ({@link ShortlistInfeasibleException}, a 422).
 */
public final class InvalidShortlistRequestException extends IllegalArgumentException {

    private final String field;

    public InvalidShortlistRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field of the request, e.g. {@code constraints.fixedInclusions}. */
    public String field() {
        return field;
    }
}
