package org.craftrank.scoring.autoassign;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks a plan against its problem from first principles, independent of the solver's internals. */
final class PlanChecks {

    private PlanChecks() {
    }

    static AssignmentPlan solved(AssignmentProblem problem) {
        AssignmentOutcome outcome = new AutoAssigner().solve(problem);
        if (outcome instanceof Infeasible i) {
            throw new AssertionError("expected a plan, got: " + i.message());
        }
        return assertInstanceOf(AssignmentPlan.class, outcome);
    }

    static Infeasible infeasible(AssignmentProblem problem) {
        return assertInstanceOf(Infeasible.class, new AutoAssigner().solve(problem));
    }

    /** Every hard rule: no forbidden or cross-group pair, no duplicate, exact coverage, bounds, fixed kept. */
    static void assertValid(AssignmentProblem problem, AssignmentPlan plan) {
        Map<Long, CandidateSlot> candidates = problem.candidates().stream()
                .collect(Collectors.toMap(CandidateSlot::id, c -> c));
        Map<Long, ExpertSlot> experts = problem.experts().stream().collect(Collectors.toMap(ExpertSlot::id, e -> e));
        Set<ReviewPair> all = new HashSet<>();
        for (AssignmentPlan.ProposedPair p : plan.proposed()) {
            ReviewPair pair = new ReviewPair(p.expertId(), p.candidateId());
            assertFalse(problem.forbidden().contains(pair), "forbidden pair assigned: " + pair);
            assertFalse(problem.fixed().contains(pair), "fixed pair proposed again: " + pair);
            assertEquals(candidates.get(p.candidateId()).group(), experts.get(p.expertId()).group(),
                    "pair across groups: " + pair);
            assertTrue(all.add(pair), "pair proposed twice: " + pair);
        }
        Set<ReviewPair> keptValid = problem.fixed().stream().filter(p -> !problem.forbidden().contains(p))
                .collect(Collectors.toSet());
        assertEquals(keptValid, Set.copyOf(plan.kept()), "every conflict-free fixed pair is kept");
        Map<Long, Integer> coverage = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        for (ReviewPair p : keptValid) {
            coverage.merge(p.candidateId(), 1, Integer::sum);
            load.merge(p.expertId(), 1, Integer::sum);
        }
        for (AssignmentPlan.ProposedPair p : plan.proposed()) {
            coverage.merge(p.candidateId(), 1, Integer::sum);
            load.merge(p.expertId(), 1, Integer::sum);
        }
        for (CandidateSlot c : problem.candidates()) {
            int kept = (int) keptValid.stream().filter(p -> p.candidateId() == c.id()).count();
            int required = required(problem, c);
            assertEquals(Math.max(required, kept), coverage.getOrDefault(c.id(), 0),
                    "coverage of candidate " + c.code());
        }
        for (ExpertSlot e : problem.experts()) {
            int total = load.getOrDefault(e.id(), 0);
            int kept = (int) keptValid.stream().filter(p -> p.expertId() == e.id()).count();
            if (e.bounds().min() != null) {
                assertTrue(total >= e.bounds().min(), "expert " + e.label() + " below its lower bound");
            }
            if (e.bounds().max() != null) {
                assertTrue(total <= Math.max(e.bounds().max(), kept), "expert " + e.label() + " above its upper bound");
            }
        }
        for (AssignmentPlan.ExpertLoad l : plan.loads()) {
            assertEquals(load.getOrDefault(l.expertId(), 0), l.total(), "reported load of expert " + l.expertId());
        }
    }

    static int required(AssignmentProblem problem, CandidateSlot c) {
        if (problem.coverage() instanceof Coverage.Exactly exactly) {
            return exactly.reviews();
        }
        int eligible = 0;
        for (ExpertSlot e : problem.experts()) {
            ReviewPair pair = new ReviewPair(e.id(), c.id());
            boolean fixedValid = problem.fixed().contains(pair) && !problem.forbidden().contains(pair);
            boolean allowed = Objects.equals(e.group(), c.group()) && !problem.forbidden().contains(pair);
            if (fixedValid || allowed) {
                eligible++;
            }
        }
        return eligible;
    }

    /** Σ ℓ(ℓ−1)/2 over total loads: what balance minimises. */
    static long balanceCost(AssignmentPlan plan) {
        return plan.loads().stream().mapToLong(l -> (long) l.total() * (l.total() - 1) / 2).sum();
    }

    static List<Integer> sortedLoads(AssignmentPlan plan) {
        return plan.loads().stream().map(AssignmentPlan.ExpertLoad::total).sorted().toList();
    }

    static Set<ReviewPair> proposedPairs(AssignmentPlan plan) {
        return plan.proposed().stream().map(p -> new ReviewPair(p.expertId(), p.candidateId()))
                .collect(Collectors.toSet());
    }
}
