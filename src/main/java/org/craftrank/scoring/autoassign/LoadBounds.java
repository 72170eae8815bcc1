package org.craftrank.scoring.autoassign;

/**
 * How many candidates an expert reviews in total, kept assignments included. A null side is free: the solver
 * then only keeps loads as even as possible.
 */
public record LoadBounds(Integer min, Integer max) {

    public static final LoadBounds FREE = new LoadBounds(null, null);

    public LoadBounds {
        if (min != null && min < 0 || max != null && max < 0) {
            throw new IllegalArgumentException("load bounds must not be negative: " + min + ".." + max);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("lower load bound " + min + " exceeds upper bound " + max);
        }
    }
}
