package org.craftrank.scoring.autoassign;

import java.util.List;

/**
 * The solver's answer: new pairs to create, the pairs kept, and what the result looks like per expert and per
 * candidate.
 *
 * @param proposed        new pairs, ordered by candidate id then expert id
 * @param kept            fixed pairs that count (conflict-free)
 * @param keptConflicted  fixed pairs the conflict rules now forbid: kept (never removed) but counted nowhere
 * @param loads           one per expert, in expert id order
 * @param coverage        one per candidate, in candidate id order
 * @param affinityMatches proposed pairs whose expert's specialty matches the candidate's industry or trade
 * @param notes           things the secretariat should know that do not stop the plan
 */
public record AssignmentPlan(List<ProposedPair> proposed, List<ReviewPair> kept, List<ReviewPair> keptConflicted,
                             List<ExpertLoad> loads, List<CandidateCoverage> coverage, int affinityMatches,
                             List<String> notes, SolveStats stats) implements AssignmentOutcome {

    public AssignmentPlan {
        proposed = List.copyOf(proposed);
        kept = List.copyOf(kept);
        keptConflicted = List.copyOf(keptConflicted);
        loads = List.copyOf(loads);
        coverage = List.copyOf(coverage);
        notes = List.copyOf(notes);
    }

    public record ProposedPair(long expertId, long candidateId, boolean affinityMatch) {
    }

    /** @param min the lower bound, or null; @param max the upper bound, or null */
    public record ExpertLoad(long expertId, String group, int kept, int proposed, Integer min, Integer max) {
        public int total() {
            return kept + proposed;
        }
    }

    public record CandidateCoverage(long candidateId, String code, String group, int required, int kept,
                                    int proposed) {
        public int total() {
            return kept + proposed;
        }
    }

    /**
     * @param flowSolves  min-cost flow runs (more than one when a load window had to be widened)
     * @param tieBreakRange number of distinct pseudo-random tie-break values per pair (1 = no randomisation)
     * @param arcs        arcs of the last flow network
     */
    public record SolveStats(int flowSolves, long tieBreakRange, int arcs) {
    }

    public int minLoad() {
        return loads.stream().mapToInt(ExpertLoad::total).min().orElse(0);
    }

    public int maxLoad() {
        return loads.stream().mapToInt(ExpertLoad::total).max().orElse(0);
    }
}
