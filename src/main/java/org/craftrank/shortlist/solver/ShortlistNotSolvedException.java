package org.craftrank.shortlist.solver;

/**
 * The solver found no list at all within its time limit, without proving that none exists. Never an answer to
 * "are the constraints feasible": that is {@link ShortlistInfeasibleException}.
 */
public final class ShortlistNotSolvedException extends RuntimeException {

    public ShortlistNotSolvedException(String message) {
        super(message);
    }
}
