package org.craftrank.scoring.autoassign;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.craftrank.scoring.autoassign.PlanChecks.assertValid;
import static org.craftrank.scoring.autoassign.PlanChecks.balanceCost;
import static org.craftrank.scoring.autoassign.PlanChecks.infeasible;
import static org.craftrank.scoring.autoassign.PlanChecks.proposedPairs;
import static org.craftrank.scoring.autoassign.PlanChecks.solved;
import static org.craftrank.scoring.autoassign.PlanChecks.sortedLoads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoAssignerTest {

    @Nested
    class HardRules {

        @Test
        void noConflictedPairIsEverAssigned() {
            Problems p = Problems.of(5, 12).reviews(3);
            // expert 1 conflicts with every odd candidate, expert 2 with candidates 1-6
            for (long c = 1; c <= 12; c += 2) {
                p.forbid(1, c);
            }
            for (long c = 1; c <= 6; c++) {
                p.forbid(2, c);
            }
            AssignmentPlan plan = solved(p.build());

            assertValid(p.build(), plan);
            assertTrue(plan.proposed().stream().noneMatch(x -> p.forbidden.contains(
                    new ReviewPair(x.expertId(), x.candidateId()))));
            assertEquals(36, plan.proposed().size());
        }

        @Test
        void everyCandidateGetsExactlyRReviews() {
            Problems p = Problems.of(6, 10).reviews(4);
            AssignmentPlan plan = solved(p.build());

            assertTrue(plan.coverage().stream().allMatch(c -> c.total() == 4 && c.required() == 4));
            assertEquals(40, plan.proposed().size());
        }

        @Test
        void loadsStayWithinTheirBounds() {
            Problems p = Problems.of(4, 10).reviews(2)
                    .bounds(new LoadBounds(null, 6));
            p.experts.set(0, new ExpertSlot(1, "专家1", null, new LoadBounds(null, 2), Set.of()));
            p.experts.set(1, new ExpertSlot(2, "专家2", null, new LoadBounds(6, 6), Set.of()));
            AssignmentPlan plan = solved(p.build());

            assertValid(p.build(), plan);
            assertEquals(List.of(2, 6, 6, 6), plan.loads().stream().map(AssignmentPlan.ExpertLoad::total).toList());
        }

        @Test
        void expertsOnlyReviewCandidatesOfTheirGroup() {
            Problems p = new Problems().reviews(2);
            for (long e = 1; e <= 6; e++) {
                p.expert(e, e <= 3 ? "土木建筑" : "医药", LoadBounds.FREE);
            }
            for (long c = 1; c <= 9; c++) {
                p.candidate(c, c <= 4 ? "土木建筑" : "医药");
            }
            AssignmentPlan plan = solved(p.build());

            assertValid(p.build(), plan);
            assertEquals(18, plan.proposed().size());
            // 土木建筑: 4 candidates × 2 over 3 experts → loads 3,3,2; 医药: 5 × 2 over 3 → 4,3,3
            assertEquals(List.of(2, 3, 3), plan.loads().subList(0, 3).stream()
                    .map(AssignmentPlan.ExpertLoad::total).sorted().toList());
            assertEquals(List.of(3, 3, 4), plan.loads().subList(3, 6).stream()
                    .map(AssignmentPlan.ExpertLoad::total).sorted().toList());
        }

        @Test
        void allEligibleMeansEveryConflictFreeExpertOfTheGroup() {
            Problems p = Problems.of(4, 3).forbid(1, 1).forbid(2, 2);
            p.coverage = Coverage.allEligible();
            AssignmentPlan plan = solved(p.build());

            assertValid(p.build(), plan);
            assertEquals(List.of(3, 3, 4), plan.coverage().stream().map(AssignmentPlan.CandidateCoverage::total)
                    .toList());
        }
    }

    @Nested
    class Balance {

        @Test
        void loadsDifferByAtMostOneWhenNothingElseBinds() {
            Problems p = Problems.of(7, 20).reviews(3);   // 60 reviews over 7 experts: 8 or 9 each
            AssignmentPlan plan = solved(p.build());

            assertEquals(8, plan.minLoad());
            assertEquals(9, plan.maxLoad());
        }

        @Test
        void keptAssignmentsCountTowardsLoadsSoNewOnesGoElsewhere() {
            Problems p = Problems.of(3, 6).reviews(1).fix(1, 1).fix(1, 2);
            AssignmentPlan plan = solved(p.build());

            assertValid(p.build(), plan);
            assertEquals(List.of(2, 2, 2), plan.loads().stream().map(AssignmentPlan.ExpertLoad::total).toList());
            assertEquals(0, plan.loads().get(0).proposed());
        }

        @Test
        void aConflictThatBindsIsTheOnlyReasonForImbalance() {
            // expert 3 may review only candidate 1, so it cannot catch up with the others
            Problems p = Problems.of(3, 6).reviews(1);
            for (long c = 2; c <= 6; c++) {
                p.forbid(3, c);
            }
            AssignmentPlan plan = solved(p.build());

            assertEquals(List.of(1, 2, 3), sortedLoads(plan));
        }
    }

    @Nested
    class KeptAssignments {

        @Test
        void fixedPairsAreKeptAndCountTowardsCoverage() {
            Problems p = Problems.of(4, 4).reviews(2).fix(1, 1).fix(2, 1).fix(3, 2);
            AssignmentPlan plan = solved(p.build());

            assertValid(p.build(), plan);
            assertEquals(3, plan.kept().size());
            assertEquals(0, plan.coverage().get(0).proposed());
            assertEquals(1, plan.coverage().get(1).proposed());
            assertFalse(proposedPairs(plan).contains(new ReviewPair(3, 2)));
        }

        @Test
        void aFixedPairThatNowConflictsIsKeptButCountsForNothing() {
            Problems p = Problems.of(3, 1).reviews(2).fix(1, 1).forbid(1, 1);
            AssignmentPlan plan = solved(p.build());

            assertEquals(List.of(new ReviewPair(1, 1)), plan.keptConflicted());
            assertEquals(Set.of(new ReviewPair(2, 1), new ReviewPair(3, 1)), proposedPairs(plan));
            assertTrue(plan.notes().get(0).contains("breaks a conflict rule"), plan.notes().toString());
        }

        @Test
        void aCandidateCoveredBeyondRKeepsEveryAssignment() {
            Problems p = Problems.of(3, 2).reviews(1).fix(1, 1).fix(2, 1);
            AssignmentPlan plan = solved(p.build());

            assertEquals(2, plan.coverage().get(0).total());
            assertEquals(Set.of(new ReviewPair(3, 2)), proposedPairs(plan));
            assertTrue(plan.notes().stream().anyMatch(n -> n.contains("already has 2 reviews")), plan.notes().toString());
        }
    }

    @Nested
    class Infeasibility {

        @Test
        void aCandidateWithTooFewConflictFreeExpertsIsNamed() {
            Problems p = new Problems().reviews(5);
            for (long e = 1; e <= 6; e++) {
                p.expert(e, "土木建筑", LoadBounds.FREE);
            }
            p.candidate(42, "土木建筑").candidate(43, "土木建筑").forbid(1, 42).forbid(2, 42).forbid(3, 42);
            Infeasible why = infeasible(p.build());

            assertEquals("candidate 0042 in group 土木建筑 has 3 conflict-free experts, needs 5", why.message());
            assertEquals(List.of(42L), why.candidateIds());
            assertEquals(new Infeasible.Facts("enough-eligible-experts", List.of("0042", "土木建筑", "3", "5", "1")),
                    why.facts(), "the same figures, for a page to word in its language");
        }

        @Test
        void upperBoundsThatCannotHoldTheReviewsAreSummed() {
            Problems p = Problems.of(30, 300).reviews(9).bounds(new LoadBounds(null, 80));
            Infeasible why = infeasible(p.build());

            assertEquals("experts' upper load bounds sum to 2,400 but 2,700 reviews are needed", why.message());
        }

        @Test
        void lowerBoundsAskingForTooManyReviewsAreSummed() {
            Problems p = Problems.of(4, 5).reviews(2).bounds(new LoadBounds(3, null));
            Infeasible why = infeasible(p.build());

            assertEquals("experts' lower load bounds sum to 12 but only 10 reviews are needed", why.message());
        }

        @Test
        void aGroupWhoseExpertsAreFullIsNamed() {
            Problems p = new Problems().reviews(2);
            p.expert(1, "医药", new LoadBounds(null, 2)).expert(2, "医药", new LoadBounds(null, 2));
            p.expert(3, "绿化", new LoadBounds(null, 10)).expert(4, "绿化", new LoadBounds(null, 10));
            p.candidate(1, "医药").candidate(2, "医药").candidate(3, "医药").candidate(4, "绿化");
            Infeasible why = infeasible(p.build());

            assertEquals("group 医药 needs 6 more reviews but the upper load bounds of its experts leave room for only 4",
                    why.message());
        }

        @Test
        void anExpertWhoCannotReachItsLowerBoundIsNamed() {
            Problems p = Problems.of(3, 4).reviews(1);
            p.experts.set(0, new ExpertSlot(1, "王工", null, new LoadBounds(3, null), Set.of()));
            p.forbid(1, 1).forbid(1, 2);
            Infeasible why = infeasible(p.build());

            assertEquals("expert 王工 may review only 2 candidates (conflict-free) but has a lower load bound of 3",
                    why.message());
        }

        @Test
        void candidatesCompetingForTheSameFullExpertsAreFoundFromTheCut() {
            // candidates 1 and 2 may only be reviewed by experts 1 and 2, who take one review each;
            // experts 3 and 4 (unbounded) may review only candidate 3. Every counting rule passes.
            Problems p = new Problems().reviews(2);
            p.expert(1, null, new LoadBounds(null, 1)).expert(2, null, new LoadBounds(null, 1))
                    .expert(3, null, LoadBounds.FREE).expert(4, null, LoadBounds.FREE);
            p.candidate(1, null).candidate(2, null).candidate(3, null);
            p.forbid(3, 1).forbid(4, 1).forbid(3, 2).forbid(4, 2).forbid(1, 3).forbid(2, 3);
            Infeasible why = infeasible(p.build());

            assertEquals("saturated-candidates", why.rule());
            assertEquals("2 candidates (0001, 0002) need 4 more reviews but the 2 conflict-free experts who may "
                    + "review them can take only 2 more: 2 of them are at their upper load bound", why.message());
            assertEquals(List.of(1L, 2L), why.candidateIds());
            assertEquals(List.of(1L, 2L), why.expertIds());
            assertEquals(new Infeasible.Facts("saturated-candidates", List.of("2", "", "0001, 0002", "0", "4", "2",
                    "2", "2")), why.facts());
        }

        @Test
        void oneCandidateShortBecauseItsExpertsAreFullIsNamed() {
            Problems p = new Problems().reviews(2);
            p.expert(1, "仪电", new LoadBounds(null, 1)).expert(2, "仪电", LoadBounds.FREE)
                    .expert(3, "仪电", LoadBounds.FREE);
            p.candidate(7, "仪电").candidate(8, "仪电").forbid(3, 7).fix(1, 8);
            Infeasible why = infeasible(p.build());

            assertEquals("candidate 0007 in group 仪电 needs 2 reviews but can get only 1: 1 of its 2 conflict-free "
                    + "experts are at their upper load bound", why.message());
        }

        @Test
        void lowerBoundsThatCompeteForTheSameCandidatesAreFoundFromTheCut() {
            Problems p = new Problems().reviews(1);
            p.expert(1, null, new LoadBounds(2, null)).expert(2, null, new LoadBounds(2, null))
                    .expert(3, null, LoadBounds.FREE);
            for (long c = 1; c <= 6; c++) {
                p.candidate(c, null);
            }
            for (long c = 3; c <= 6; c++) {
                p.forbid(1, c).forbid(2, c);
            }
            Infeasible why = infeasible(p.build());

            assertEquals("unreachable-lower-bounds", why.rule());
            assertEquals("2 experts (专家1, 专家2) must take at least 4 more reviews together (lower load bounds) "
                    + "but the candidates they may review can give them only 2", why.message());
            assertEquals(new Infeasible.Facts("unreachable-lower-bounds", List.of("2", "专家1, 专家2", "0", "4", "2")),
                    why.facts());
        }
    }

    @Nested
    class AffinityAndSeed {

        @Test
        void expertsGetCandidatesOfTheirTradeWhenBalanceAllows() {
            Problems p = new Problems().affinity(true);
            p.expert(1, null, LoadBounds.FREE, "电焊").expert(2, null, LoadBounds.FREE, "数控、机械");
            p.candidate(1, null, "制造业", "电焊工").candidate(2, null, "制造业", "数控车工")
                    .candidate(3, null, "制造业", "电焊工").candidate(4, null, "制造业", "数控加工");
            AssignmentPlan plan = solved(p.build());

            assertEquals(4, plan.affinityMatches());
            assertEquals(Set.of(new ReviewPair(1, 1), new ReviewPair(1, 3), new ReviewPair(2, 2),
                    new ReviewPair(2, 4)), proposedPairs(plan));
        }

        @Test
        void affinityNeverOutweighsBalance() {
            Problems p = new Problems().affinity(true);
            p.expert(1, null, LoadBounds.FREE, "电焊").expert(2, null, LoadBounds.FREE, "数控");
            for (long c = 1; c <= 4; c++) {
                p.candidate(c, null, "电焊工");
            }
            AssignmentPlan plan = solved(p.build());

            assertEquals(List.of(2, 2), sortedLoads(plan));
            assertEquals(2, plan.affinityMatches());
        }

        @Test
        void aSeedChangesWhoReviewsWhomButNotTheQuality() {
            Problems base = Problems.of(12, 40).reviews(3).affinity(true);
            Random random = new Random(7);
            for (int i = 0; i < 30; i++) {
                base.forbid(1 + random.nextInt(12), 1 + random.nextInt(40));
            }
            AssignmentPlan canonical = solved(base.build());
            AssignmentPlan one = solved(base.seed(1L).build());
            AssignmentPlan two = solved(base.seed(2L).build());

            assertValid(base.build(), one);
            assertValid(base.build(), two);
            assertNotEquals(proposedPairs(one), proposedPairs(two));
            assertNotEquals(proposedPairs(canonical), proposedPairs(one));
            assertEquals(balanceCost(canonical), balanceCost(one));
            assertEquals(balanceCost(canonical), balanceCost(two));
            assertEquals(sortedLoads(canonical), sortedLoads(two));
            assertEquals(canonical.affinityMatches(), one.affinityMatches());
            assertTrue(one.stats().tieBreakRange() > 1);
        }

        @Test
        void theSameSeedGivesTheSamePlanWhateverTheInputOrder() {
            Problems p = Problems.of(9, 30).reviews(4).seed(20240612L);
            AssignmentPlan first = solved(p.build());
            Collections.shuffle(p.candidates, new Random(1));
            Collections.shuffle(p.experts, new Random(2));
            AssignmentPlan again = solved(p.build());

            assertEquals(first.proposed(), again.proposed());
        }

        @Test
        void withoutASeedThePlanIsCanonical() {
            Problems p = Problems.of(5, 8).reviews(2);
            List<ReviewPair> first = new ArrayList<>(proposedPairs(solved(p.build())));
            List<ReviewPair> again = new ArrayList<>(proposedPairs(solved(p.build())));
            assertEquals(Set.copyOf(first), Set.copyOf(again));
            assertEquals(1, solved(p.build()).stats().tieBreakRange());
        }
    }

    @Test
    void nothingToDoWhenEveryCandidateIsCovered() {
        Problems p = Problems.of(2, 2).reviews(1).fix(1, 1).fix(2, 2);
        AssignmentPlan plan = solved(p.build());

        assertTrue(plan.proposed().isEmpty());
        assertEquals(2, plan.kept().size());
    }
}
