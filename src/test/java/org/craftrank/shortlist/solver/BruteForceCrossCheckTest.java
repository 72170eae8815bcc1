package org.craftrank.shortlist.solver;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The solver against exhaustive search on random small instances (fixed seed): same list whenever there is one,
 * infeasible whenever there is none, and every infeasibility it names really is infeasible on its own.
 */
class BruteForceCrossCheckTest {

    private static final int INSTANCES = 600;

    @Test
    void theSolverAgreesWithExhaustiveSearch() {
        Random random = new Random(20240611L);
        ShortlistSolver solver = new ShortlistSolver();
        int feasible = 0;
        int infeasible = 0;
        int withConstraintsThatBind = 0;
        for (int instance = 0; instance < INSTANCES; instance++) {
            ShortlistRequest request = randomRequest(random);
            Optional<Set<String>> expected = BruteForce.solve(request);
            String context = "instance " + instance + ": " + request;
            try {
                Shortlist list = solver.solve(request);
                if (expected.isEmpty()) {
                    fail(context + "\nsolver found " + list.selectedCodes() + " but exhaustive search found none");
                }
                assertEquals(expected.get(), Set.copyOf(list.selectedCodes()), context);
                assertEquals(Optimality.PROVEN_OPTIMAL, list.optimality(), context);
                assertExplained(list, context);
                feasible++;
                if (list.constraints().stream().anyMatch(ConstraintStatus::binding)) {
                    withConstraintsThatBind++;
                }
            } catch (ShortlistInfeasibleException e) {
                assertTrue(expected.isEmpty(), context + "\nsolver says infeasible (" + e.getMessage()
                        + ") but exhaustive search found " + expected.orElse(null));
                for (Infeasibility why : e.infeasibilities()) {
                    assertTrue(BruteForce.solve(only(request, why.constraints())).isEmpty(),
                            context + "\n" + why + " is feasible on its own");
                }
                infeasible++;
            }
        }
        // the mix must exercise both outcomes, and constraints that actually change the list
        assertTrue(feasible > INSTANCES / 3, "feasible instances: " + feasible);
        assertTrue(infeasible > INSTANCES / 20, "infeasible instances: " + infeasible);
        assertTrue(withConstraintsThatBind > feasible / 3, "instances with binding constraints: " + withConstraintsThatBind);
    }

    /** Everyone has a reason; nobody at or above the cut is out merely for being outranked. */
    private static void assertExplained(Shortlist list, String context) {
        assertTrue(list.selected().stream().noneMatch(e -> e.reasons().isEmpty()), context);
        for (NonSelectedEntry e : list.notSelected()) {
            assertTrue(!e.reasons().isEmpty(), context + "\n" + e);
            if (e.aboveCut()) {
                assertTrue(e.reasons().stream().noneMatch(r -> r.kind() == ReasonKind.OUTRANKED), context + "\n" + e);
            }
        }
    }

    private static ShortlistRequest randomRequest(Random random) {
        int n = 4 + random.nextInt(11);
        List<ShortlistCandidate> candidates = RandomInstances.candidates(random, n, 8, "1", 3, 3, 2, 0.1);
        int places = 1 + random.nextInt(n);
        ShortlistConstraints constraints = new ShortlistConstraints(
                RandomInstances.capRule(random, "U", 3, 1, 3),
                RandomInstances.capRule(random, "I", 3, 1, 3),
                RandomInstances.capRule(random, "G", 2, 1, 4),
                RandomInstances.minimum(random, 0.5, 3),
                RandomInstances.minimum(random, 0.3, 2),
                RandomInstances.someCodes(random, candidates, 0.2, 2),
                RandomInstances.someCodes(random, candidates, 0.2, 2));
        Set<String> withdrawn = RandomInstances.someCodes(random, candidates, 0.1, 1);
        // shuffle, so that input order is exercised too
        List<ShortlistCandidate> shuffled = new java.util.ArrayList<>(candidates);
        java.util.Collections.shuffle(shuffled, random);
        return new ShortlistRequest(shuffled, places, constraints, Set.of(), withdrawn);
    }

    /** The request with only the named constraint kinds (exclusions and withdrawals always stay). */
    private static ShortlistRequest only(ShortlistRequest request, List<ConstraintKind> kinds) {
        ShortlistConstraints c = request.constraints();
        ShortlistConstraints restricted = new ShortlistConstraints(
                kinds.contains(ConstraintKind.UNIT_CAP) ? c.perUnit() : null,
                kinds.contains(ConstraintKind.INDUSTRY_CAP) ? c.perIndustry() : null,
                kinds.contains(ConstraintKind.GROUP_CAP) ? c.perGroup() : null,
                kinds.contains(ConstraintKind.WOMEN_MINIMUM) ? c.women() : null,
                kinds.contains(ConstraintKind.YOUNG_MINIMUM) ? c.young() : null,
                kinds.contains(ConstraintKind.FIXED_INCLUSION) ? c.fixedInclusions() : Set.of(),
                c.fixedExclusions());
        Set<String> kept = kinds.contains(ConstraintKind.KEPT_ON_LIST) ? request.keptOnList() : new HashSet<>();
        return new ShortlistRequest(request.candidates(), request.places(), restricted, kept, request.withdrawn());
    }
}
