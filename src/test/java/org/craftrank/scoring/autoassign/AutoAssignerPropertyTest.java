package org.craftrank.scoring.autoassign;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import static org.craftrank.scoring.autoassign.PlanChecks.assertValid;
import static org.craftrank.scoring.autoassign.PlanChecks.balanceCost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Many random instances from fixed seeds. Tiny ones are compared with exhaustive search (feasibility, then the
 * best balance, then the most affinity matches); medium ones are checked against the optimality certificate of
 * {@link CostTiers}: no exchange path lets a busier expert hand a review to one with two fewer.
 */
class AutoAssignerPropertyTest {

    private static final String[] SPECIALTIES = {"电焊", "数控", "钳工"};
    private static final String[] TRADES = {"电焊工", "数控车工", "钳工", "电工"};

    @Test
    void tinyInstancesMatchExhaustiveSearch() {
        Random random = new Random(20250101);
        int feasible = 0;
        int infeasible = 0;
        int widened = 0;
        for (int run = 0; run < 600; run++) {
            AssignmentProblem problem = randomProblem(random, 1 + random.nextInt(4), 1 + random.nextInt(5), true);
            Brute best = Brute.search(problem);
            if (best == null) {
                continue;   // too many combinations to enumerate
            }
            AssignmentOutcome outcome = new AutoAssigner().solve(problem);
            String context = "run " + run + ": " + problem;
            if (!best.feasible) {
                Infeasible why = assertInstanceOf(Infeasible.class, outcome, context);
                assertTrue(!why.message().isBlank(), context);
                infeasible++;
                continue;
            }
            AssignmentPlan plan = assertInstanceOf(AssignmentPlan.class, outcome, context);
            assertValid(problem, plan);
            assertEquals(best.balance, balanceCost(plan), "balance, " + context);
            if (problem.useAffinity()) {
                assertEquals(best.matches, plan.affinityMatches(), "affinity matches, " + context);
            }
            // The same optimum when every load window starts at a single value and must be widened.
            AssignmentPlan narrow = assertInstanceOf(AssignmentPlan.class, new AutoAssigner(0).solve(problem));
            assertEquals(best.balance, balanceCost(narrow), "balance from narrow windows, " + context);
            if (problem.useAffinity()) {
                assertEquals(best.matches, narrow.affinityMatches(), "affinity from narrow windows, " + context);
            }
            widened += narrow.stats().flowSolves() > 1 ? 1 : 0;
            feasible++;
        }
        // Non-vacuity: both kinds of instance were really compared.
        assertTrue(feasible >= 150, "feasible instances compared: " + feasible);
        assertTrue(infeasible >= 50, "infeasible instances compared: " + infeasible);
        assertTrue(widened >= 15, "plans whose load windows were widened: " + widened);
    }

    @Test
    void mediumInstancesHaveNoImprovingExchange() {
        Random random = new Random(77);
        int checked = 0;
        int imbalanced = 0;
        for (int run = 0; run < 120; run++) {
            AssignmentProblem problem = randomProblem(random, 3 + random.nextInt(10), 5 + random.nextInt(45), false);
            AssignmentOutcome outcome = new AutoAssigner().solve(problem);
            if (outcome instanceof Infeasible why) {
                assertCertificateHolds(problem, why);
                continue;
            }
            AssignmentPlan plan = (AssignmentPlan) outcome;
            assertValid(problem, plan);
            imbalanced += plan.maxLoad() - plan.minLoad() > 1 ? 1 : 0;
            assertNoImprovingExchange(problem, plan, "run " + run);
            checked++;
        }
        assertTrue(checked >= 60, "plans checked: " + checked);
        assertTrue(imbalanced >= 5, "plans where something else binds: " + imbalanced);
    }

    @Test
    void withoutConflictsGroupsBoundsOrKeptPairsLoadsDifferByAtMostOne() {
        Random random = new Random(3);
        for (int run = 0; run < 60; run++) {
            int experts = 2 + random.nextInt(25);
            int candidates = 1 + random.nextInt(120);
            int r = 1 + random.nextInt(Math.min(experts, 9));
            Problems p = Problems.of(experts, candidates).reviews(r).affinity(random.nextBoolean())
                    .seed(random.nextBoolean() ? random.nextLong() : null);
            AssignmentPlan plan = PlanChecks.solved(p.build());
            assertTrue(plan.maxLoad() - plan.minLoad() <= 1, "run " + run + ": loads " + plan.minLoad() + ".."
                    + plan.maxLoad());
            assertEquals((long) candidates * r, plan.proposed().size());
        }
    }

    @Test
    void differentSeedsGiveEquallyGoodPlans() {
        Random random = new Random(11);
        int differed = 0;
        for (int run = 0; run < 30; run++) {
            AssignmentProblem base = randomProblem(random, 4 + random.nextInt(8), 10 + random.nextInt(30), false);
            if (!(new AutoAssigner().solve(base) instanceof AssignmentPlan canonical)) {
                continue;
            }
            for (long seed = 1; seed <= 3; seed++) {
                AssignmentProblem seeded = new AssignmentProblem(base.candidates(), base.experts(), base.forbidden(),
                        base.fixed(), base.coverage(), base.useAffinity(), seed);
                AssignmentPlan plan = PlanChecks.solved(seeded);
                assertValid(seeded, plan);
                assertEquals(balanceCost(canonical), balanceCost(plan), "run " + run + " seed " + seed);
                if (base.useAffinity()) {
                    assertEquals(canonical.affinityMatches(), plan.affinityMatches(), "run " + run + " seed " + seed);
                }
                differed += PlanChecks.proposedPairs(plan).equals(PlanChecks.proposedPairs(canonical)) ? 0 : 1;
            }
        }
        assertTrue(differed >= 20, "seeded plans that differ from the canonical one: " + differed);
    }

    static AssignmentProblem randomProblem(Random random, int expertCount, int candidateCount, boolean tiny) {
        boolean grouped = random.nextInt(10) < 3;
        List<ExpertSlot> experts = new ArrayList<>();
        for (int e = 1; e <= expertCount; e++) {
            LoadBounds bounds = LoadBounds.FREE;
            if (random.nextInt(10) < 4) {
                int scale = tiny ? 3 : Math.max(2, candidateCount * 3 / expertCount);
                Integer min = random.nextBoolean() ? random.nextInt(scale + 1) : null;
                Integer max = random.nextBoolean() ? (min == null ? 0 : min) + random.nextInt(scale + 2) : null;
                bounds = new LoadBounds(min, max);
            }
            experts.add(new ExpertSlot(e, "专家" + e, grouped ? (random.nextBoolean() ? "甲" : "乙") : null, bounds,
                    Affinity.keys(SPECIALTIES[random.nextInt(SPECIALTIES.length)])));
        }
        List<CandidateSlot> candidates = new ArrayList<>();
        for (int c = 1; c <= candidateCount; c++) {
            candidates.add(new CandidateSlot(c, String.format("%04d", c),
                    grouped ? (random.nextBoolean() ? "甲" : "乙") : null,
                    Affinity.keys(TRADES[random.nextInt(TRADES.length)])));
        }
        Set<ReviewPair> forbidden = new HashSet<>();
        Set<ReviewPair> fixed = new HashSet<>();
        double conflictRate = tiny ? 0.2 : 0.1;
        double fixedRate = tiny ? 0.1 : 0.03;
        for (int e = 1; e <= expertCount; e++) {
            for (int c = 1; c <= candidateCount; c++) {
                if (random.nextDouble() < conflictRate) {
                    forbidden.add(new ReviewPair(e, c));
                }
                if (random.nextDouble() < fixedRate) {
                    fixed.add(new ReviewPair(e, c));
                }
            }
        }
        Coverage coverage = random.nextInt(10) < 1 ? Coverage.allEligible()
                : Coverage.exactly(1 + random.nextInt(tiny ? 3 : Math.min(5, expertCount)));
        return new AssignmentProblem(candidates, experts, forbidden, fixed, coverage, random.nextBoolean(),
                random.nextBoolean() ? random.nextLong() : null);
    }

    /**
     * Fails if some expert a with load ≥ load(b) + 2 could hand one new review to b along an alternating path
     * (b takes c₁ from e₁, e₁ takes c₂ from e₂, …, from a) while a stays at or above its lower bound and b at or
     * below its upper bound: such a path would lower the balance cost, so the plan would not be optimal.
     */
    static void assertNoImprovingExchange(AssignmentProblem problem, AssignmentPlan plan, String context) {
        Map<Long, Integer> load = new HashMap<>();
        plan.loads().forEach(l -> load.put(l.expertId(), l.total()));
        Map<Long, Set<Long>> newOf = new HashMap<>();
        Map<Long, Set<Long>> newReviewersOf = new HashMap<>();
        for (AssignmentPlan.ProposedPair p : plan.proposed()) {
            newOf.computeIfAbsent(p.expertId(), k -> new HashSet<>()).add(p.candidateId());
            newReviewersOf.computeIfAbsent(p.candidateId(), k -> new HashSet<>()).add(p.expertId());
        }
        Set<ReviewPair> taken = new HashSet<>(problem.fixed());
        plan.proposed().forEach(p -> taken.add(new ReviewPair(p.expertId(), p.candidateId())));
        for (ExpertSlot b : problem.experts()) {
            if (b.bounds().max() != null && load.get(b.id()) + 1 > b.bounds().max()) {
                continue;
            }
            // experts reachable as "the next one to give a review up" starting from b taking one
            Set<Long> seen = new HashSet<>(Set.of(b.id()));
            Deque<Long> takers = new ArrayDeque<>(List.of(b.id()));
            while (!takers.isEmpty()) {
                ExpertSlot u = expert(problem, takers.poll());
                for (CandidateSlot c : problem.candidates()) {
                    ReviewPair pair = new ReviewPair(u.id(), c.id());
                    if (!Objects.equals(u.group(), c.group()) || problem.forbidden().contains(pair)
                            || taken.contains(pair)) {
                        continue;
                    }
                    for (long giver : newReviewersOf.getOrDefault(c.id(), Set.of())) {
                        if (!seen.add(giver)) {
                            continue;
                        }
                        ExpertSlot a = expert(problem, giver);
                        boolean aMayGive = a.bounds().min() == null || load.get(giver) - 1 >= a.bounds().min();
                        if (aMayGive && load.get(giver) >= load.get(b.id()) + 2) {
                            fail(context + ": expert " + giver + " (load " + load.get(giver) + ") could hand a "
                                    + "review to expert " + b.id() + " (load " + load.get(b.id()) + ")");
                        }
                        takers.add(giver);
                    }
                }
            }
        }
    }

    /** For a cut-based answer, the named candidates really need more than any plan can give them. */
    static void assertCertificateHolds(AssignmentProblem problem, Infeasible why) {
        if (!why.rule().equals("saturated-candidates")) {
            return;
        }
        Set<Long> x = new HashSet<>(why.candidateIds());
        Set<ReviewPair> validFixed = new HashSet<>(problem.fixed());
        validFixed.removeAll(problem.forbidden());
        long need = 0;
        for (CandidateSlot c : problem.candidates()) {
            if (x.contains(c.id())) {
                long kept = validFixed.stream().filter(p -> p.candidateId() == c.id()).count();
                need += Math.max(0, PlanChecks.required(problem, c) - kept);
            }
        }
        long supply = 0;
        for (ExpertSlot e : problem.experts()) {
            long kept = validFixed.stream().filter(p -> p.expertId() == e.id()).count();
            long room = e.bounds().max() == null ? Long.MAX_VALUE : Math.max(0, e.bounds().max() - kept);
            long neighbours = problem.candidates().stream().filter(c -> x.contains(c.id()))
                    .filter(c -> Objects.equals(c.group(), e.group()))
                    .filter(c -> !problem.forbidden().contains(new ReviewPair(e.id(), c.id())))
                    .filter(c -> !problem.fixed().contains(new ReviewPair(e.id(), c.id()))).count();
            supply += Math.min(room, neighbours);
        }
        assertTrue(need > supply, "certificate: " + why.message() + " (need " + need + ", supply " + supply + ")");
    }

    private static ExpertSlot expert(AssignmentProblem problem, long id) {
        return problem.experts().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** Exhaustive search: every way to give each candidate its new reviews. */
    static final class Brute {
        private static final long LIMIT = 300_000;
        boolean feasible;
        long balance = Long.MAX_VALUE;
        int matches = -1;

        static Brute search(AssignmentProblem problem) {
            List<ExpertSlot> experts = problem.experts();
            List<CandidateSlot> candidates = problem.candidates();
            Set<ReviewPair> validFixed = new HashSet<>(problem.fixed());
            validFixed.removeAll(problem.forbidden());
            int[] kept = new int[experts.size()];
            List<List<int[]>> options = new ArrayList<>();
            long combinations = 1;
            for (CandidateSlot c : candidates) {
                List<Integer> allowed = new ArrayList<>();
                int keptHere = 0;
                for (int i = 0; i < experts.size(); i++) {
                    ExpertSlot e = experts.get(i);
                    ReviewPair pair = new ReviewPair(e.id(), c.id());
                    if (validFixed.contains(pair)) {
                        kept[i]++;
                        keptHere++;
                    } else if (Objects.equals(e.group(), c.group()) && !problem.forbidden().contains(pair)
                            && !problem.fixed().contains(pair)) {
                        allowed.add(i);
                    }
                }
                int need = Math.max(0, PlanChecks.required(problem, c) - keptHere);
                List<int[]> subsets = new ArrayList<>();
                subsets(allowed, need, 0, new int[need], 0, subsets);
                options.add(subsets);
                combinations *= Math.max(1, subsets.size());
                if (combinations > LIMIT) {
                    return null;
                }
            }
            Brute best = new Brute();
            best.walk(problem, options, 0, kept.clone(), 0);
            return best;
        }

        private static void subsets(List<Integer> from, int size, int start, int[] chosen, int depth,
                                    List<int[]> out) {
            if (depth == size) {
                out.add(chosen.clone());
                return;
            }
            for (int i = start; i < from.size(); i++) {
                chosen[depth] = from.get(i);
                subsets(from, size, i + 1, chosen, depth + 1, out);
            }
        }

        private void walk(AssignmentProblem problem, List<List<int[]>> options, int candidate, int[] load,
                          int matchesSoFar) {
            if (candidate == options.size()) {
                consider(problem, load, matchesSoFar);
                return;
            }
            CandidateSlot c = problem.candidates().get(candidate);
            for (int[] subset : options.get(candidate)) {
                int m = 0;
                for (int e : subset) {
                    load[e]++;
                    m += Affinity.matches(problem.experts().get(e).affinityKeys(), c.affinityKeys()) ? 1 : 0;
                }
                walk(problem, options, candidate + 1, load, matchesSoFar + m);
                for (int e : subset) {
                    load[e]--;
                }
            }
        }

        private void consider(AssignmentProblem problem, int[] load, int m) {
            long g = 0;
            for (int i = 0; i < load.length; i++) {
                LoadBounds b = problem.experts().get(i).bounds();
                int kept = keptOf(problem, i);
                if (b.min() != null && load[i] < b.min()) {
                    return;
                }
                if (b.max() != null && load[i] > Math.max(b.max(), kept)) {
                    return;
                }
                g += (long) load[i] * (load[i] - 1) / 2;
            }
            feasible = true;
            if (g < balance || g == balance && m > matches) {
                balance = g;
                matches = m;
            }
        }

        private int[] keptLoads;

        private int keptOf(AssignmentProblem problem, int expert) {
            if (keptLoads == null) {
                keptLoads = new int[problem.experts().size()];
                for (ReviewPair p : problem.fixed()) {
                    if (!problem.forbidden().contains(p)) {
                        for (int i = 0; i < keptLoads.length; i++) {
                            if (problem.experts().get(i).id() == p.expertId()) {
                                keptLoads[i]++;
                            }
                        }
                    }
                }
            }
            return keptLoads[expert];
        }
    }
}
