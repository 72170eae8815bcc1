package org.craftrank.shortlist.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CP-SAT call on a {@link SelectionProblem}: a 0/1 variable per eligible candidate (in merit order), the active
 * constraint kinds, optional decisions fixed by an earlier step, an optional lower bound on the score and an
 * optional objective to maximise. Models are rebuilt for every call; at a few hundred variables that costs nothing.
 */
final class CpSatRun {

    private static boolean nativesLoaded;

    /**
     * What to solve.
     *
     * @param active        constraint kinds to impose (PLACES is always imposed)
     * @param exactSize     exactly {@code places} selected; otherwise at most that many
     * @param minScoreUnits a lower bound on the total score in {@link ScaledScores} units, or null
     * @param decided       variables fixed by an earlier step (index → value)
     * @param objective     coefficients to maximise, or null for a feasibility check
     * @param hint          a known solution to start from, or null
     */
    record Spec(Set<ConstraintKind> active, boolean exactSize, Long minScoreUnits, Map<Integer, Boolean> decided,
                long[] objective, boolean[] hint) {

        static Spec feasibility(Set<ConstraintKind> active) {
            return new Spec(active, true, null, Map.of(), null, null);
        }
    }

    /** The outcome: the status and, when there is one, the best list found (indexed like the eligible candidates). */
    record Outcome(CpSolverStatus status, boolean[] chosen) {

        boolean hasSolution() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }

        boolean proven() {
            return status == CpSolverStatus.OPTIMAL;
        }

        boolean infeasible() {
            return status == CpSolverStatus.INFEASIBLE;
        }
    }

    private CpSatRun() {
    }

    static synchronized void loadNatives() {
        if (!nativesLoaded) {
            Loader.loadNativeLibraries();
            nativesLoaded = true;
        }
    }

    static Outcome solve(SelectionProblem problem, Spec spec, SolverSettings settings) {
        loadNatives();
        int n = problem.size();
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        LinearExpr size = LinearExpr.sum(x);
        if (spec.exactSize()) {
            model.addEquality(size, problem.places);
        } else {
            model.addLessOrEqual(size, problem.places);
        }
        for (ConstraintKind kind : ConstraintKind.CAPS) {
            if (spec.active().contains(kind)) {
                problem.cappedGroups(kind).forEach((key, members) -> {
                    int cap = problem.capForKey(kind, key);
                    if (members.size() > cap) {
                        model.addLessOrEqual(sumOf(x, members), cap);
                    }
                });
            }
        }
        for (ConstraintKind kind : ConstraintKind.MINIMA) {
            int required = problem.required(kind);
            if (spec.active().contains(kind) && required > 0) {
                LinearExprBuilder qualifying = LinearExpr.newBuilder();
                for (int i = 0; i < n; i++) {
                    if (problem.qualifies(kind, i)) {
                        qualifying.add(x[i]);
                    }
                }
                model.addGreaterOrEqual(qualifying, required);
            }
        }
        for (int i = 0; i < n; i++) {
            boolean fix = (spec.active().contains(ConstraintKind.FIXED_INCLUSION) && problem.fixedIn[i])
                    || (spec.active().contains(ConstraintKind.KEPT_ON_LIST) && problem.kept[i]);
            if (fix) {
                model.addEquality(x[i], 1);
            }
        }
        spec.decided().forEach((i, value) -> model.addEquality(x[i], value ? 1 : 0));
        if (spec.minScoreUnits() != null) {
            model.addGreaterOrEqual(LinearExpr.weightedSum(x, problem.scores.units()), spec.minScoreUnits());
        }
        if (spec.objective() != null) {
            model.maximize(LinearExpr.weightedSum(x, spec.objective()));
        }
        if (spec.hint() != null) {
            for (int i = 0; i < n; i++) {
                model.addHint(x[i], spec.hint()[i]);
            }
        }

        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(1)
                .setRandomSeed(settings.randomSeed())
                .setMaxTimeInSeconds(settings.maxSecondsPerSolve())
                .setMaxDeterministicTime(settings.maxDeterministicTimePerSolve())
                .setLogSearchProgress(false);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT rejected the shortlist model: " + model.validate());
        }
        boolean[] chosen = null;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            chosen = new boolean[n];
            for (int i = 0; i < n; i++) {
                chosen[i] = solver.booleanValue(x[i]);
            }
        }
        return new Outcome(status, chosen);
    }

    private static LinearExpr sumOf(BoolVar[] x, List<Integer> members) {
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int i : members) {
            sum.add(x[i]);
        }
        return sum.build();
    }
}
