package org.craftrank.shortlist.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Selects a shortlist (建议名单) from an anonymised ranking, exactly, with OR-Tools CP-SAT.
 *
 * <ul>
 *   <li>Maximises the total aggregated score under the constraints; among lists with that total, prefers merit
 *       order lexicographically: the best-ranked candidate who is on any optimal list is on it, then the next...
 *       ({@link MeritPreferringOptimum} has the argument).</li>
 *   <li>Scores are exact decimals scaled to integers without rounding ({@link ScaledScores}).</li>
 *   <li>The result does not depend on the order of the input: candidates are put in merit order first, CP-SAT runs
 *       with one worker and a fixed seed, and the lexicographic optimum is unique anyway.</li>
 *   <li>With fewer eligible candidates than places, every eligible candidate is selected (the list is shorter and
 *       says so); the constraints still apply, so e.g. a cap can make that infeasible.</li>
 *   <li>Infeasible constraints throw {@link ShortlistInfeasibleException} naming the constraint and the shortfall:
 *       first by counting ({@link CountingChecks}), then by a CP-SAT deletion filter
 *       ({@link InfeasibilityDiagnosis}).</li>
 * </ul>
 *
 * <p>Thread-safe: it holds only its settings.
 */
public final class ShortlistSolver {

    private final SolverSettings settings;

    public ShortlistSolver() {
        this(SolverSettings.DEFAULT);
    }

    public ShortlistSolver(SolverSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Solves the shortlist.
     *
     * @throws InvalidShortlistRequestException a malformed request (duplicate or unknown code, ranks against scores)
     * @throws ShortlistInfeasibleException     the constraints cannot be met together
     * @throws ShortlistNotSolvedException      no list found within the time limit, and no proof that none exists
     */
    public Shortlist solve(ShortlistRequest request) {
        SelectionProblem problem = SelectionProblem.of(request);
        List<Infeasibility> counted = CountingChecks.of(problem);
        if (!counted.isEmpty()) {
            throw new ShortlistInfeasibleException(counted);
        }
        if (problem.size() == 0) {
            return ShortlistExplainer.explain(problem, new boolean[0], Optimality.PROVEN_OPTIMAL, settings);
        }
        MeritPreferringOptimum.Result result = MeritPreferringOptimum.find(problem, settings);
        return ShortlistExplainer.explain(problem, result.chosen(), result.optimality(), settings);
    }

    /**
     * Re-solves after a candidate on the list withdraws, under the same constraints.
     *
     * <p>With {@link WithdrawalMode#KEEP_OTHERS} everyone else on {@code previousSelection} is fixed ("kept on the
     * list") and the solver fills the freed place. Because it solves rather than taking "the next in rank", a binding
     * constraint is respected: a withdrawn woman under a binding women minimum is replaced by the best woman whose
     * unit still has room, not by the next man. When no single replacement can meet the constraints, the
     * {@link ShortlistInfeasibleException} names them (with {@link ConstraintKind#KEPT_ON_LIST} among them); the
     * caller may then re-solve with {@link WithdrawalMode#RESOLVE_ALL}, which may also move others out.
     *
     * @param previousRequest   the request that produced the current list
     * @param previousSelection the codes on the current list (e.g. the adopted list as stored)
     * @param withdrawnCode     the candidate withdrawing; must be on the list
     */
    public Withdrawal withdraw(ShortlistRequest previousRequest, Collection<String> previousSelection,
                               String withdrawnCode, WithdrawalMode mode) {
        Objects.requireNonNull(mode, "mode");
        Set<String> before = new LinkedHashSet<>(previousSelection);
        if (!before.contains(withdrawnCode)) {
            throw new InvalidShortlistRequestException("withdrawnCode", withdrawnCode + " is not on the list");
        }
        Set<String> fixed = new HashSet<>(previousRequest.constraints().fixedInclusions());
        fixed.remove(withdrawnCode);
        Set<String> kept = new HashSet<>();
        if (mode == WithdrawalMode.KEEP_OTHERS) {
            kept.addAll(before);
            kept.remove(withdrawnCode);
            kept.removeAll(fixed);
        }
        ShortlistRequest request = new ShortlistRequest(previousRequest.candidates(), previousRequest.places(),
                previousRequest.constraints().withFixedInclusions(fixed), kept, previousRequest.withdrawn())
                .withWithdrawn(withdrawnCode);
        Shortlist after = solve(request);
        List<SelectedEntry> movedIn = after.selected().stream().filter(e -> !before.contains(e.code())).toList();
        Set<String> now = after.selectedCodes();
        List<String> movedOut = new ArrayList<>();
        for (String code : before) {
            if (!code.equals(withdrawnCode) && !now.contains(code)) {
                movedOut.add(code);
            }
        }
        return new Withdrawal(withdrawnCode, mode, request, after, movedIn, movedOut);
    }

    /** {@link #withdraw(ShortlistRequest, Collection, String, WithdrawalMode)} with the list as solved before. */
    public Withdrawal withdraw(ShortlistRequest previousRequest, Shortlist previous, String withdrawnCode,
                               WithdrawalMode mode) {
        return withdraw(previousRequest, previous.selectedCodes(), withdrawnCode, mode);
    }
}
