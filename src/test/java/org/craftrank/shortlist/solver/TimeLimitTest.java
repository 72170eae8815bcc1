package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A solver stopped by its limit never passes its list off as optimal. The limits here are CP-SAT's deterministic
 * time (counted work, not seconds), so the outcome is the same on every run and machine: nothing here is timed.
 */
class TimeLimitTest {

    private static final List<ShortlistCandidate> CANDIDATES =
            RandomInstances.candidates(new Random(7), 270, 4000, "0.01", 40, 9, 11, 0.02);
    private static final ShortlistConstraints CONSTRAINTS = new ShortlistConstraints(CapRule.everyKey(6).with("U3", 2),
            CapRule.everyKey(27), CapRule.everyKey(22), Minimum.percent(30), Minimum.percent(25), Set.of(), Set.of());

    @Test
    void aListFoundUnderATightLimitIsReportedAsNotProvenAndAnOptimalOneIsTheOptimum() {
        ShortlistRequest request = new ShortlistRequest(CANDIDATES, 200, CONSTRAINTS);
        Shortlist optimum = new ShortlistSolver().solve(request);
        assertEquals(Optimality.PROVEN_OPTIMAL, optimum.optimality());

        int notProven = 0;
        int notSolved = 0;
        for (double limit : new double[]{0.001, 0.0105, 0.012, 0.015, 0.02, 0.05}) {
            ShortlistSolver limited = new ShortlistSolver(new SolverSettings(limit, 120, 0));
            try {
                Shortlist list = limited.solve(request);
                if (list.optimality() == Optimality.PROVEN_OPTIMAL) {
                    assertEquals(optimum, list, "limit " + limit);
                } else {
                    notProven++;
                    assertTrue(list.totalScore().compareTo(optimum.totalScore()) <= 0);
                    assertTrue(list.notes().stream().anyMatch(n -> n.contains("time limit")), list.notes().toString());
                    // the same limit gives the same list again: deterministic time, one worker
                    assertEquals(list, limited.solve(request), "limit " + limit);
                }
            } catch (ShortlistNotSolvedException e) {
                notSolved++;
                assertTrue(e.getMessage().contains("did not prove that none exists"));
            }
        }
        assertTrue(notProven > 0, "some limit should stop the solver with a list it has not proven");
        assertTrue(notSolved > 0, "some limit should stop the solver before it finds any list");
    }
}
