package org.craftrank.shortlist.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A campaign-sized instance, 270 candidates for 200 places, checked against a different formulation: with caps per
 * unit and per industry only, a list is an integral flow source → unit → (candidate) → industry → sink, and the
 * maximum total score is a min-cost flow of 200 units. The two methods share nothing but the input.
 */
class MediumInstanceTest {

    private static final int N = 270;
    private static final int PLACES = 200;
    private static final int UNITS = 40;
    private static final int INDUSTRIES = 9;

    @BeforeAll
    static void loadNatives() {
        Loader.loadNativeLibraries();
    }

    private static List<ShortlistCandidate> campaign(long seed) {
        // scores 60.00 .. 99.99 in steps of 0.01 with a bias so some ties occur
        return RandomInstances.candidates(new Random(seed), N, 4000, "0.01", UNITS, INDUSTRIES, 11, 0.02)
                .stream().map(c -> c.score() == null ? c : new ShortlistCandidate(c.code(), c.rank(),
                        c.score().add(new BigDecimal("59.5")), c.unitKey(), c.industryKey(), c.groupKey(),
                        c.woman(), c.young())).toList();
    }

    @Test
    void unitAndIndustryCapsGiveTheMinCostFlowOptimum() {
        for (long seed = 1; seed <= 3; seed++) {
            List<ShortlistCandidate> candidates = campaign(seed);
            CapRule perUnit = CapRule.everyKey(6).with("U1", 3).with("U2", 4);
            CapRule perIndustry = CapRule.everyKey(26);
            ShortlistConstraints constraints = ShortlistConstraints.none().withUnitCap(perUnit)
                    .withIndustryCap(perIndustry);

            Shortlist list = new ShortlistSolver().solve(new ShortlistRequest(candidates, PLACES, constraints));

            assertEquals(Optimality.PROVEN_OPTIMAL, list.optimality());
            assertEquals(PLACES, list.selected().size());
            assertTrue(list.constraints().stream().anyMatch(ConstraintStatus::binding), "the caps must bind");
            assertEquals(0, maxScoreByMinCostFlow(candidates, perUnit, perIndustry).compareTo(list.totalScore()),
                    "seed " + seed);
            assertRespects(list, candidates, constraints);
        }
    }

    @Test
    void everyConstraintKindTogetherOnACampaignSizedInstance() {
        List<ShortlistCandidate> candidates = campaign(7);
        Set<String> fixedIn = Set.of(candidates.get(260).code(), candidates.get(250).code());
        Set<String> fixedOut = Set.of(candidates.get(0).code(), candidates.get(5).code());
        ShortlistConstraints constraints = new ShortlistConstraints(CapRule.everyKey(6).with("U3", 2),
                CapRule.everyKey(27), CapRule.everyKey(22), Minimum.percent(30), Minimum.percent(25), fixedIn, fixedOut);
        ShortlistRequest request = new ShortlistRequest(candidates, PLACES, constraints);

        Shortlist list = new ShortlistSolver().solve(request);

        assertEquals(Optimality.PROVEN_OPTIMAL, list.optimality());
        assertRespects(list, candidates, constraints);
        assertTrue(list.selectedCodes().containsAll(fixedIn));
        assertTrue(list.selected().stream().anyMatch(e -> e.hasReason(ReasonKind.WOMEN_MINIMUM))
                        || list.constraints().stream().noneMatch(s -> s.kind() == ConstraintKind.WOMEN_MINIMUM && s.binding()),
                "a binding women minimum shows in the reasons");
        // every eligible candidate off the list at or above the cut is explained by something other than rank
        list.notSelected().stream().filter(NonSelectedEntry::aboveCut)
                .forEach(e -> assertTrue(e.reasons().stream().noneMatch(r -> r.kind() == ReasonKind.OUTRANKED),
                        e.toString()));

        // the same list from the input in another order
        List<ShortlistCandidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(99));
        assertEquals(list, new ShortlistSolver().solve(new ShortlistRequest(shuffled, PLACES, constraints)));
    }

    /** The list meets every constraint, checked here from scratch. */
    private static void assertRespects(Shortlist list, List<ShortlistCandidate> candidates,
                                       ShortlistConstraints constraints) {
        Map<String, ShortlistCandidate> byCode = new HashMap<>();
        candidates.forEach(c -> byCode.put(c.code(), c));
        List<ShortlistCandidate> chosen = list.selected().stream().map(e -> byCode.get(e.code())).toList();
        assertEquals(PLACES, chosen.size());
        assertCaps(chosen, constraints.perUnit(), ShortlistCandidate::unitKey);
        assertCaps(chosen, constraints.perIndustry(), ShortlistCandidate::industryKey);
        assertCaps(chosen, constraints.perGroup(), ShortlistCandidate::groupKey);
        if (constraints.women() != null) {
            assertTrue(chosen.stream().filter(ShortlistCandidate::countsAsWoman).count()
                    >= constraints.women().requiredFor(PLACES));
        }
        if (constraints.young() != null) {
            assertTrue(chosen.stream().filter(ShortlistCandidate::countsAsYoung).count()
                    >= constraints.young().requiredFor(PLACES));
        }
        assertTrue(chosen.stream().noneMatch(c -> constraints.fixedExclusions().contains(c.code())));
        assertTrue(chosen.stream().allMatch(ShortlistCandidate::hasScore));
    }

    private static void assertCaps(List<ShortlistCandidate> chosen, CapRule rule,
                                   java.util.function.Function<ShortlistCandidate, String> key) {
        if (rule == null) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        chosen.forEach(c -> {
            if (key.apply(c) != null) {
                counts.merge(key.apply(c), 1, Integer::sum);
            }
        });
        counts.forEach((k, count) -> {
            Integer cap = rule.capFor(k);
            assertTrue(cap == null || count <= cap, k + " has " + count);
        });
    }

    /**
     * Max total score of PLACES candidates under unit and industry caps, as a min-cost flow: source → unit (cap),
     * unit → industry one arc per candidate (capacity 1, cost −score in hundredths), industry → sink (cap).
     * A missing key gets its own uncapped node.
     */
    private static BigDecimal maxScoreByMinCostFlow(List<ShortlistCandidate> candidates, CapRule perUnit,
                                                    CapRule perIndustry) {
        Map<String, Integer> unitNode = new TreeMap<>();
        Map<String, Integer> industryNode = new TreeMap<>();
        for (ShortlistCandidate c : candidates) {
            unitNode.putIfAbsent(String.valueOf(c.unitKey()), 0);
            industryNode.putIfAbsent(String.valueOf(c.industryKey()), 0);
        }
        int next = 1;
        for (String key : unitNode.keySet()) {
            unitNode.put(key, next++);
        }
        for (String key : industryNode.keySet()) {
            industryNode.put(key, next++);
        }
        int source = 0;
        int sink = next;
        MinCostFlow flow = new MinCostFlow();
        unitNode.forEach((key, node) -> flow.addArcWithCapacityAndUnitCost(source, node,
                capacity(perUnit, key), 0));
        industryNode.forEach((key, node) -> flow.addArcWithCapacityAndUnitCost(node, sink,
                capacity(perIndustry, key), 0));
        for (ShortlistCandidate c : candidates) {
            if (c.hasScore()) {
                long hundredths = c.score().movePointRight(2).longValueExact();
                flow.addArcWithCapacityAndUnitCost(unitNode.get(String.valueOf(c.unitKey())),
                        industryNode.get(String.valueOf(c.industryKey())), 1, -hundredths);
            }
        }
        flow.setNodeSupply(source, PLACES);
        flow.setNodeSupply(sink, -PLACES);
        assertEquals(MinCostFlowBase.Status.OPTIMAL, flow.solve());
        return BigDecimal.valueOf(-flow.getOptimalCost()).movePointLeft(2);
    }

    private static long capacity(CapRule rule, String key) {
        Integer cap = "null".equals(key) ? null : rule.capFor(key);
        return cap == null ? N : cap;
    }
}
