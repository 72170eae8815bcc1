package org.craftrank.scoring.autoassign;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the solver is asked.
 *
 * @param forbidden   pairs that must never be assigned (conflicts of interest, found by the caller's rules)
 * @param fixed       pairs that exist already (manual assignments, pairs with a sheet); never removed. A fixed
 *                    pair that is also forbidden is kept but counts for nothing: its expert cannot score it.
 * @param useAffinity prefer experts whose specialty matches the candidate's industry or trade
 * @param seed        when set, ties among equally good plans are broken pseudo-randomly from it; null = canonical
 */
public record AssignmentProblem(List<CandidateSlot> candidates, List<ExpertSlot> experts, Set<ReviewPair> forbidden,
                                Set<ReviewPair> fixed, Coverage coverage, boolean useAffinity, Long seed) {

    public AssignmentProblem {
        candidates = List.copyOf(candidates);
        experts = List.copyOf(experts);
        forbidden = Set.copyOf(forbidden);
        fixed = Set.copyOf(fixed);
        Objects.requireNonNull(coverage, "coverage");
        Set<Long> candidateIds = new HashSet<>();
        for (CandidateSlot c : candidates) {
            if (!candidateIds.add(c.id())) {
                throw new IllegalArgumentException("candidate " + c.id() + " appears twice");
            }
        }
        Set<Long> expertIds = new HashSet<>();
        for (ExpertSlot e : experts) {
            if (!expertIds.add(e.id())) {
                throw new IllegalArgumentException("expert " + e.id() + " appears twice");
            }
        }
        for (Set<ReviewPair> pairs : List.of(forbidden, fixed)) {
            for (ReviewPair p : pairs) {
                if (!expertIds.contains(p.expertId()) || !candidateIds.contains(p.candidateId())) {
                    throw new IllegalArgumentException("pair " + p + " names an unknown expert or candidate");
                }
            }
        }
    }
}
