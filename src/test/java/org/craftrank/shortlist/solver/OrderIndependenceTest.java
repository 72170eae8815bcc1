package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The same input in any order gives the same result, reasons and ties included. */
class OrderIndependenceTest {

    @Test
    void shufflingTheCandidatesChangesNothing() {
        Random random = new Random(4242);
        // coarse scores (many ties), every kind of constraint
        List<ShortlistCandidate> candidates = RandomInstances.candidates(random, 90, 12, "0.5", 12, 5, 4, 0.05);
        ShortlistConstraints constraints = new ShortlistConstraints(CapRule.everyKey(6), CapRule.everyKey(14),
                CapRule.everyKey(17).with("G1", 12), Minimum.percent(35), Minimum.atLeast(15),
                Set.of(candidates.get(80).code()), Set.of(candidates.get(2).code()));
        ShortlistSolver solver = new ShortlistSolver();
        Shortlist reference = solver.solve(new ShortlistRequest(candidates, 60, constraints));
        assertFalse(reference.ties().isEmpty(), "the instance should have ties, or the test proves less");

        for (int round = 0; round < 5; round++) {
            List<ShortlistCandidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, random);
            assertEquals(reference, solver.solve(new ShortlistRequest(shuffled, 60, constraints)), "round " + round);
        }
    }
}
