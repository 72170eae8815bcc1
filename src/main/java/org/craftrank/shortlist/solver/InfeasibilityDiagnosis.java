package org.craftrank.shortlist.solver;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the constraints behind an infeasibility the counting checks did not catch, and the shortfall.
 *
 * <p>First a deletion filter over constraint <em>kinds</em>: starting from all of them, each kind is dropped in
 * turn and stays dropped if the rest is still infeasible. What remains is a minimal conflicting set: infeasible
 * together, feasible without any one of them. Then the shortfall: when the set holds a minimum, the most qualifying
 * candidates the other constraints allow; otherwise the most places they allow. Both are exact CP-SAT optima, so
 * "at most 41 women" is a proven number, not an estimate.
 */
final class InfeasibilityDiagnosis {

    /** Kinds tried first are dropped first when they are not needed; the minima are tried last. */
    private static final List<ConstraintKind> DELETION_ORDER = List.of(ConstraintKind.KEPT_ON_LIST,
            ConstraintKind.FIXED_INCLUSION, ConstraintKind.GROUP_CAP, ConstraintKind.INDUSTRY_CAP,
            ConstraintKind.UNIT_CAP, ConstraintKind.YOUNG_MINIMUM, ConstraintKind.WOMEN_MINIMUM);

    private InfeasibilityDiagnosis() {
    }

    static Infeasibility diagnose(SelectionProblem problem, SolverSettings settings) {
        Set<ConstraintKind> conflicting = withPlaces(problem.presentKinds());
        boolean exact = true;
        for (ConstraintKind kind : DELETION_ORDER) {
            if (!conflicting.contains(kind)) {
                continue;
            }
            Set<ConstraintKind> without = EnumSet.copyOf(conflicting);
            without.remove(kind);
            CpSatRun.Outcome outcome = CpSatRun.solve(problem, CpSatRun.Spec.feasibility(without), settings);
            if (outcome.infeasible()) {
                conflicting = without;
            } else if (!outcome.hasSolution()) {
                exact = false; // unknown within the time limit: keep the kind, the set may not be minimal
            }
        }
        conflicting.remove(ConstraintKind.PLACES);
        List<ConstraintKind> kinds = List.copyOf(conflicting);
        String together = kinds.stream().map(ConstraintKind::label).collect(Collectors.joining(" and "));
        Infeasibility quantified = exact ? quantify(problem, kinds, together, settings) : null;
        if (quantified != null) {
            return quantified;
        }
        return new Infeasibility(InfeasibilityKind.TOGETHER, kinds, null, null, null, problem.places, null, null,
                together + " cannot be met together with " + problem.places + " places");
    }

    private static Infeasibility quantify(SelectionProblem problem, List<ConstraintKind> kinds, String together,
                                          SolverSettings settings) {
        for (ConstraintKind minimum : ConstraintKind.MINIMA) {
            if (kinds.contains(minimum)) {
                Set<ConstraintKind> others = withPlaces(kinds);
                others.remove(minimum);
                long[] qualifying = new long[problem.size()];
                for (int i = 0; i < qualifying.length; i++) {
                    qualifying[i] = problem.qualifies(minimum, i) ? 1 : 0;
                }
                CpSatRun.Outcome best = CpSatRun.solve(problem,
                        new CpSatRun.Spec(others, true, null, Map.of(), qualifying, null), settings);
                if (!best.proven()) {
                    return null;
                }
                long reachable = count(best.chosen(), qualifying);
                long required = problem.required(minimum);
                String by = others.size() == 1 ? "the " + problem.places + " places"
                        : others.stream().filter(k -> k != ConstraintKind.PLACES).map(ConstraintKind::label)
                        .collect(Collectors.joining(" and "));
                return new Infeasibility(InfeasibilityKind.TOGETHER_MINIMUM, kinds, null, required, reachable,
                        problem.places, null, null,
                        together + " cannot be met together: " + by + " allow at most " + reachable + " "
                                + minimum.qualifyingNoun() + " on a list of " + problem.places + "; at least "
                                + required + " required (short by " + (required - reachable) + ")");
            }
        }
        long[] ones = new long[problem.size()];
        java.util.Arrays.fill(ones, 1);
        CpSatRun.Outcome best = CpSatRun.solve(problem,
                new CpSatRun.Spec(withPlaces(kinds), false, null, Map.of(), ones, null), settings);
        if (!best.proven()) {
            return null;
        }
        long reachable = count(best.chosen(), ones);
        return new Infeasibility(InfeasibilityKind.TOGETHER_PLACES, kinds, null, (long) problem.places, reachable,
                problem.places, null, null,
                together + " cannot be met together: they allow at most " + reachable + " of the "
                        + problem.places + " places (short by " + (problem.places - reachable) + ")");
    }

    private static Set<ConstraintKind> withPlaces(java.util.Collection<ConstraintKind> kinds) {
        Set<ConstraintKind> set = EnumSet.of(ConstraintKind.PLACES);
        set.addAll(kinds);
        return set;
    }

    private static long count(boolean[] chosen, long[] weights) {
        long total = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                total += weights[i];
            }
        }
        return total;
    }
}
