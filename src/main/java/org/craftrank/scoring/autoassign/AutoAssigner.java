package org.craftrank.scoring.autoassign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns experts to candidates: every candidate gets exactly its R reviews (kept assignments included), no
 * forbidden pair and no pair across groups is ever created, load bounds hold, loads are as even as possible,
 * then experts fit candidates' industries or trades where they can, then — with a seed — the remaining ties are
 * broken pseudo-randomly. Exact: one min-cost flow (see {@link CostTiers} and {@link BalancedFlow}).
 *
 * <p>Infeasible requests come back as {@link Infeasible} naming the bottleneck: simple counting rules first
 * ({@link FeasibilityRules}), then a minimum cut ({@link Bottleneck}).
 *
 * <p>Stateless and thread-safe; each call builds and frees its own native solver.
 */
public final class AutoAssigner {

    private final int windowMargin;

    public AutoAssigner() {
        this(-1);
    }

    /** For tests: start every load window this narrow (0 = a single load), so widening is exercised. */
    AutoAssigner(int windowMargin) {
        this.windowMargin = windowMargin;
    }

    public AssignmentOutcome solve(AssignmentProblem problem) {
        Instance in = Instance.of(problem);
        Optional<Infeasible> broken = new FeasibilityRules(in).firstBroken();
        if (broken.isPresent()) {
            return broken.get();
        }
        if (in.demand == 0) {
            return plan(in, new BalancedFlow.Solution(new boolean[in.pairExpert.length], 0, 1, 0));
        }
        BalancedFlow.Solution solution = new BalancedFlow(in, windowMargin).solve();
        if (solution == null) {
            return new Bottleneck(in).explain();
        }
        return plan(in, solution);
    }

    private static AssignmentPlan plan(Instance in, BalancedFlow.Solution solution) {
        List<AssignmentPlan.ProposedPair> proposed = new ArrayList<>();
        int[] proposedLoad = new int[in.expertCount()];
        int[] proposedCoverage = new int[in.candidateCount()];
        int matches = 0;
        for (int c = 0; c < in.candidateCount(); c++) {
            List<AssignmentPlan.ProposedPair> mine = new ArrayList<>();
            for (int k = in.pairStart[c]; k < in.pairStart[c + 1]; k++) {
                if (solution.chosen()[k]) {
                    int x = in.pairExpert[k];
                    mine.add(new AssignmentPlan.ProposedPair(in.experts[x].id(), in.candidates[c].id(),
                            in.pairAffinity[k]));
                    proposedLoad[x]++;
                    proposedCoverage[c]++;
                    matches += in.pairAffinity[k] ? 1 : 0;
                }
            }
            mine.sort(Comparator.comparingLong(AssignmentPlan.ProposedPair::expertId));
            proposed.addAll(mine);
        }
        List<AssignmentPlan.ExpertLoad> loads = new ArrayList<>();
        for (int x = 0; x < in.expertCount(); x++) {
            ExpertSlot e = in.experts[x];
            loads.add(new AssignmentPlan.ExpertLoad(e.id(), e.group(), in.keptLoad[x], proposedLoad[x],
                    e.bounds().min(), e.bounds().max()));
        }
        List<AssignmentPlan.CandidateCoverage> coverage = new ArrayList<>();
        for (int c = 0; c < in.candidateCount(); c++) {
            CandidateSlot slot = in.candidates[c];
            coverage.add(new AssignmentPlan.CandidateCoverage(slot.id(), slot.code(), slot.group(), in.required[c],
                    in.keptCoverage[c], proposedCoverage[c]));
        }
        return new AssignmentPlan(proposed, in.kept, in.keptConflicted, loads, coverage, matches, notes(in),
                new AssignmentPlan.SolveStats(solution.solves(), solution.tieBreakRange(), solution.arcs()));
    }

    /** What the secretariat should know even though a plan exists. */
    private static List<String> notes(Instance in) {
        List<String> notes = new ArrayList<>();
        for (ReviewPair p : in.keptConflicted) {
            notes.add("the kept assignment of expert " + label(in, p.expertId()) + " to candidate "
                    + code(in, p.candidateId()) + " breaks a conflict rule and does not count; remove it");
        }
        for (int c = 0; c < in.candidateCount(); c++) {
            if (in.keptCoverage[c] > in.required[c]) {
                notes.add(in.candidateName(c) + " already has " + in.keptCoverage[c] + " reviews, more than the "
                        + in.required[c] + " asked for; nothing was removed");
            }
        }
        for (int x = 0; x < in.expertCount(); x++) {
            Integer max = in.experts[x].bounds().max();
            if (max != null && in.keptLoad[x] > max) {
                notes.add(in.expertName(x) + " already has " + in.keptLoad[x] + " kept assignments, more than "
                        + "the upper load bound " + max + "; nothing was removed");
            }
        }
        boolean groupedCandidates = false;
        for (CandidateSlot c : in.candidates) {
            groupedCandidates |= c.group() != null;
        }
        for (int x = 0; x < in.expertCount() && groupedCandidates; x++) {
            if (in.experts[x].group() == null) {
                notes.add(in.expertName(x) + " has no group, so it reviews none of the grouped candidates");
            }
        }
        return notes;
    }

    private static String label(Instance in, long expertId) {
        for (ExpertSlot e : in.experts) {
            if (e.id() == expertId) {
                return e.label();
            }
        }
        return String.valueOf(expertId);
    }

    private static String code(Instance in, long candidateId) {
        for (CandidateSlot c : in.candidates) {
            if (c.id() == candidateId) {
                return c.code();
            }
        }
        return String.valueOf(candidateId);
    }
}
