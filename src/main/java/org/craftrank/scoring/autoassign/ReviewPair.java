package org.craftrank.scoring.autoassign;

/** An expert reviewing a candidate. */
public record ReviewPair(long expertId, long candidateId) {
}
