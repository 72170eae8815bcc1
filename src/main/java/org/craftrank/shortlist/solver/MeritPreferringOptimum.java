package org.craftrank.shortlist.solver;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the list: the highest total score, and among lists with that score the one that is lexicographically
 * best in merit order.
 *
 * <p><b>Phase 1</b> maximises the total score (in {@link ScaledScores} units) under every constraint; call the
 * optimum S*.
 *
 * <p><b>Phase 2</b> adds "score ≥ S*" (so only optimal lists remain) and decides the candidates in merit order,
 * in windows of {@value #WINDOW} at a time: with every earlier decision fixed, it maximises
 * Σ 2^(W−1−j)·x_j over the window's positions j = 0…W−1 and fixes the window's values to the optimum.
 *
 * <p><b>Why this is exactly the lexicographic optimum.</b> Let x* be the lexicographically greatest 0/1 vector
 * (in merit order) among the optimal lists, and suppose the windows before the current one were fixed to x*'s
 * values. Then x* is feasible for the window's model, and any feasible vector differs from x* only from this
 * window on. Within the window the weight of position j, 2^(W−1−j), exceeds the sum of all later weights in the
 * window (2^(W−1−j) − 1), so the weighted sum orders the window's vectors exactly as the lexicographic order
 * does;
 * its maximum is therefore reached exactly by the vectors whose window part equals the lexicographic maximum of
 * the window part among feasible completions, which is x*'s window part (a vector with a greater window part
 * would be a lexicographically greater optimal list than x*). Fixing it keeps x* feasible for the next window.
 * By induction every window is fixed to x*. Weights stay below 2^W, far from any overflow.
 *
 * <p>The lexicographic optimum is unique, so the result does not depend on the solver's search either: only a
 * run that hits a time limit could differ, and that is reported as {@link Optimality}, never hidden.
 */
final class MeritPreferringOptimum {

    /** Window size: weights up to 2^29, and a few windows for a few hundred candidates. */
    static final int WINDOW = 30;

    record Result(boolean[] chosen, Optimality optimality) {
    }

    private MeritPreferringOptimum() {
    }

    static Result find(SelectionProblem problem, SolverSettings settings) {
        Set<ConstraintKind> all = EnumSet.of(ConstraintKind.PLACES);
        all.addAll(problem.presentKinds());
        int n = problem.size();

        CpSatRun.Outcome best = CpSatRun.solve(problem,
                new CpSatRun.Spec(all, true, null, Map.of(), problem.scores.units(), null), settings);
        if (best.infeasible()) {
            throw new ShortlistInfeasibleException(java.util.List.of(
                    InfeasibilityDiagnosis.diagnose(problem, settings)));
        }
        if (!best.hasSolution()) {
            throw new ShortlistNotSolvedException("the solver found no shortlist within its time limit of "
                    + settings.describeLimits() + ", and did not prove that none exists");
        }
        if (!best.proven()) {
            return new Result(best.chosen(), Optimality.SCORE_NOT_PROVEN);
        }
        long optimum = problem.scores.total(best.chosen());

        boolean[] witness = best.chosen();
        Map<Integer, Boolean> decided = new HashMap<>();
        boolean proven = true;
        int selectedSoFar = 0;
        for (int start = 0; start < n; start += WINDOW) {
            int end = Math.min(n, start + WINDOW);
            if (selectedSoFar == problem.places) {
                break; // the list is full: everyone after is out in every optimal list with this prefix
            }
            if (!allSelected(witness, start, end)) {
                long[] weights = new long[n];
                for (int j = start; j < end; j++) {
                    weights[j] = 1L << (end - 1 - j);
                }
                CpSatRun.Outcome window = CpSatRun.solve(problem,
                        new CpSatRun.Spec(all, true, optimum, Map.copyOf(decided), weights, witness), settings);
                if (window.hasSolution()) {
                    proven &= window.proven();
                    witness = window.chosen();
                } else {
                    // The witness is feasible for this model, so only a time limit can get here: keep it.
                    proven = false;
                }
            }
            for (int j = start; j < end; j++) {
                decided.put(j, witness[j]);
                if (witness[j]) {
                    selectedSoFar++;
                }
            }
        }
        return new Result(witness, proven ? Optimality.PROVEN_OPTIMAL : Optimality.MERIT_ORDER_NOT_PROVEN);
    }

    /** All 1 in the window: the weighted maximum is reached already, no call needed. */
    private static boolean allSelected(boolean[] witness, int start, int end) {
        for (int j = start; j < end; j++) {
            if (!witness[j]) {
                return false;
            }
        }
        return true;
    }
}
