package org.craftrank.shortlist.solver;

/**
 * CP-SAT settings. The solver always runs with one worker, so that the same model gives the same search: with
 * several workers the racing threads make the outcome depend on timing.
 *
 * @param maxDeterministicTimePerSolve limit for each CP-SAT call in CP-SAT's deterministic time (work counted in
 *                                     units of roughly a second, the same on every machine and every run): when it
 *                                     is hit, the same input still gives the same, reported, result
 * @param maxSecondsPerSolve           wall-clock limit for each call, a safety net behind the deterministic one
 *                                     (a slow machine could reach it first, and then the result may vary); when
 *                                     either limit is hit the result says so in {@link Shortlist#optimality()}
 * @param randomSeed                   CP-SAT's random seed
 */
public record SolverSettings(double maxDeterministicTimePerSolve, double maxSecondsPerSolve, int randomSeed) {

    /**
     * 30 deterministic units (120 s wall clock) per call; a solve makes a handful of calls. A campaign of a few
     * hundred candidates needs well under one unit per call.
     */
    public static final SolverSettings DEFAULT = new SolverSettings(30.0, 120.0, 0);

    public SolverSettings {
        if (!(maxDeterministicTimePerSolve > 0)) {
            throw new IllegalArgumentException("maxDeterministicTimePerSolve must be positive, was "
                    + maxDeterministicTimePerSolve);
        }
        if (!(maxSecondsPerSolve > 0)) {
            throw new IllegalArgumentException("maxSecondsPerSolve must be positive, was " + maxSecondsPerSolve);
        }
    }

    /** For messages: "30.0 deterministic units (120.0 s) per solver call". */
    String describeLimits() {
        return maxDeterministicTimePerSolve + " deterministic units (" + maxSecondsPerSolve + " s) per solver call";
    }
}
