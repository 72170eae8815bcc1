package org.craftrank.scoring.autoassign;

/** How many experts review each candidate: exactly R, or every eligible (conflict-free, same-group) expert. */
public sealed interface Coverage {

    static Coverage exactly(int reviews) {
        return new Exactly(reviews);
    }

    static Coverage allEligible() {
        return new AllEligible();
    }

    /** R experts per candidate, kept assignments included. */
    record Exactly(int reviews) implements Coverage {
        public Exactly {
            if (reviews < 1) {
                throw new IllegalArgumentException("reviews per candidate must be at least 1: " + reviews);
            }
        }
    }

    /** Every conflict-free expert of the candidate's group. */
    record AllEligible() implements Coverage {
    }
}
