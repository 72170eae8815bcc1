package org.craftrank.shortlist.solver;

/**
 * CP-SAT settings. The solver always runs with one worker, so that the same model gives the same search: with
 * several workers the racing threads make the outcome depend on timing.
 *
 * @param maxSecondsPerSolve wall-clock limit for each CP-SAT call (a solve makes a handful of calls); when it is hit
 *                           the result says so in {@link Shortlist#optimality()}
 * @param randomSeed         CP-SAT's random seed
 */
public record SolverSettings(double maxSecondsPerSolve, int randomSeed) {

    /** 60 s per call: a campaign of a few hundred candidates solves in well under a second per call. */
    public static final SolverSettings DEFAULT = new SolverSettings(60.0, 0);

    public SolverSettings {
        if (!(maxSecondsPerSolve > 0)) {
            throw new IllegalArgumentException("maxSecondsPerSolve must be positive, was " + maxSecondsPerSolve);
        }
    }
}
