package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.craftrank.ranking.engine.Sheets.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TieBreakTest {

    private static RankingRequest meanWith(TieBreakStep... steps) {
        return new RankingRequest(AggregationMethod.MEAN, 0, List.of(steps));
    }

    private static List<String> order(Ranking ranking) {
        return ranking.entries().stream().map(RankingEntry::candidateId).toList();
    }

    private static List<Integer> ranks(Ranking ranking) {
        return ranking.entries().stream().map(RankingEntry::rank).toList();
    }

    @Test
    void aHigherCapabilityScoreBreaksATie() {
        // Both means are 80; PRAC means are 16 for A and 18 for B.
        List<SheetScore> sheets = List.of(
                sheet("E1", "A", "80", "PRAC", "16"), sheet("E2", "A", "80", "PRAC", "16"),
                sheet("E1", "B", "80", "PRAC", "18"), sheet("E2", "B", "80", "PRAC", "18"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.capability("PRAC"), TieBreakStep.MEDIAN));

        assertEquals(List.of("B", "A"), order(ranking));
        assertEquals(List.of(1, 2), ranks(ranking));
        TieBreakDecision bAgainstA = ranking.entry("B").explanation().againstNext();
        assertEquals(new TieBreakDecision("A", TieBreakStep.capability("PRAC"), "CAPABILITY:PRAC: 18 vs 16"),
                bAgainstA);
        assertEquals(new TieBreakDecision("B", TieBreakStep.capability("PRAC"), "CAPABILITY:PRAC: 16 vs 18"),
                ranking.entry("A").explanation().againstPrevious());
        assertNull(ranking.entry("B").explanation().againstPrevious());
        assertEquals(Set.of(EntryFlag.ORDERED_BY_TIE_BREAK), ranking.entry("A").flags());
    }

    @Test
    void theFirstStepThatTellsCandidatesApartDecides() {
        // Equal PRAC (15) so the capability step passes; medians 80 (A: 70, 80, 90) and 85 (B: 60, 85, 95).
        List<SheetScore> sheets = List.of(
                sheet("E1", "A", "70", "PRAC", "15"), sheet("E2", "A", "80", "PRAC", "15"),
                sheet("E3", "A", "90", "PRAC", "15"),
                sheet("E1", "B", "60", "PRAC", "15"), sheet("E2", "B", "85", "PRAC", "15"),
                sheet("E3", "B", "95", "PRAC", "15"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.capability("PRAC"), TieBreakStep.MEDIAN,
                TieBreakStep.HIGHER_RANKED_COUNT));

        assertEquals(List.of("B", "A"), order(ranking));
        assertEquals(new TieBreakDecision("A", TieBreakStep.MEDIAN, "MEDIAN: 85 vs 80"),
                ranking.entry("B").explanation().againstNext());
    }

    @Test
    void withTwoTiedCandidatesTheOneMoreExpertsScoredHigherGoesFirst() {
        // Both sum to 240. E1 and E2 score A higher (71 > 70, 81 > 80); E3 scores B higher (90 > 88).
        List<SheetScore> sheets = List.of(
                sheet("E1", "A", "71"), sheet("E2", "A", "81"), sheet("E3", "A", "88"),
                sheet("E1", "B", "70"), sheet("E2", "B", "80"), sheet("E3", "B", "90"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.HIGHER_RANKED_COUNT));

        assertEquals(List.of("A", "B"), order(ranking));
        assertEquals("HIGHER_RANKED_COUNT: 2 vs 1 head-to-head wins",
                ranking.entry("A").explanation().againstNext().description());
    }

    @Test
    void onlyExpertsWhoScoredBothCandidatesCount() {
        // A: 90 + 70 + 75 + 75 = 310, B: 85 + 75 + 70 + 80 = 310; both means 77.5. E3 scored only B and E5 only A,
        // so they do not count. Shared: E1 prefers A (90 > 85), E2 and E4 prefer B (75 > 70, 80 > 75): B wins 2 to 1.
        List<SheetScore> sheets = List.of(
                sheet("E1", "A", "90"), sheet("E2", "A", "70"), sheet("E4", "A", "75"), sheet("E5", "A", "75"),
                sheet("E1", "B", "85"), sheet("E2", "B", "75"), sheet("E3", "B", "70"), sheet("E4", "B", "80"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.HIGHER_RANKED_COUNT));

        assertEquals(List.of("B", "A"), order(ranking));
        assertEquals("HIGHER_RANKED_COUNT: 2 vs 1 head-to-head wins",
                ranking.entry("B").explanation().againstNext().description());
    }

    @Test
    void withThreeTiedCandidatesWinsAreCountedAgainstEachOfTheOthers() {
        // Each sums to 240. Per expert, wins over the other two:
        //   E1: A 90 > B 80 > C 70 → A 2, B 1, C 0
        //   E2: B 81 > A 80 > C 79 → B 2, A 1, C 0
        //   E3: C 91 > B 79 > A 70 → C 2, B 1, A 0
        // Totals: B 4, A 3, C 2.
        List<SheetScore> sheets = List.of(
                sheet("E1", "A", "90"), sheet("E2", "A", "80"), sheet("E3", "A", "70"),
                sheet("E1", "B", "80"), sheet("E2", "B", "81"), sheet("E3", "B", "79"),
                sheet("E1", "C", "70"), sheet("E2", "C", "79"), sheet("E3", "C", "91"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.HIGHER_RANKED_COUNT));

        assertEquals(List.of("B", "A", "C"), order(ranking));
        assertEquals(List.of(1, 2, 3), ranks(ranking));
        assertEquals("HIGHER_RANKED_COUNT: 3 vs 4 head-to-head wins",
                ranking.entry("A").explanation().againstPrevious().description());
        assertEquals("HIGHER_RANKED_COUNT: 3 vs 2 head-to-head wins",
                ranking.entry("A").explanation().againstNext().description());
    }

    @Test
    void candidatesStillTiedAfterTheCascadeShareARankForTheCommittee() {
        // X leads on score. A, B, C form a cycle (each beats each other once, so each has 3 wins), equal medians
        // (80). D trails. Competition ranking: 1, 2, 2, 2, 5.
        List<SheetScore> sheets = List.of(
                sheet("E1", "X", "95"), sheet("E2", "X", "95"), sheet("E3", "X", "95"),
                sheet("E1", "A", "90"), sheet("E2", "A", "70"), sheet("E3", "A", "80"),
                sheet("E1", "B", "80"), sheet("E2", "B", "90"), sheet("E3", "B", "70"),
                sheet("E1", "C", "70"), sheet("E2", "C", "80"), sheet("E3", "C", "90"),
                sheet("E1", "D", "60"), sheet("E2", "D", "60"), sheet("E3", "D", "60"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.MEDIAN, TieBreakStep.HIGHER_RANKED_COUNT));

        assertEquals(List.of("X", "A", "B", "C", "D"), order(ranking), "tied candidates are listed by id");
        assertEquals(List.of(1, 2, 2, 2, 5), ranks(ranking));
        for (String tied : List.of("A", "B", "C")) {
            assertTrue(ranking.entry(tied).tiedForCommitteeDecision(), tied);
            assertFalse(ranking.entry(tied).flags().contains(EntryFlag.ORDERED_BY_TIE_BREAK), tied);
        }
        assertFalse(ranking.entry("X").tiedForCommitteeDecision());
        assertFalse(ranking.entry("D").tiedForCommitteeDecision());
        TieBreakDecision bAgainstA = ranking.entry("B").explanation().againstPrevious();
        assertEquals("A", bAgainstA.neighbourCandidateId());
        assertFalse(bAgainstA.decided());
        assertEquals("equal score and equal on every tie-break step (MEDIAN, HIGHER_RANKED_COUNT): the committee "
                + "decides", bAgainstA.description());
        assertNull(ranking.entry("A").explanation().againstPrevious(), "X's score is higher: no tie-break needed");
    }

    @Test
    void withoutTieBreakStepsEqualScoresAreTiedForTheCommittee() {
        List<SheetScore> sheets = List.of(sheet("E1", "A", "80"), sheet("E1", "B", "80"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith());

        assertEquals(List.of(1, 1), ranks(ranking));
        assertTrue(ranking.entry("B").tiedForCommitteeDecision());
        assertEquals("equal score and no tie-break steps configured: the committee decides",
                ranking.entry("A").explanation().againstNext().description());
    }

    @Test
    void aCandidateWithoutTheCapabilityComesAfterThoseWithIt() {
        List<SheetScore> sheets = List.of(sheet("E1", "A", "80"), sheet("E1", "B", "80", "PRAC", "1"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith(TieBreakStep.capability("PRAC")));

        assertEquals(List.of("B", "A"), order(ranking));
        assertEquals("CAPABILITY:PRAC: none vs 1", ranking.entry("A").explanation().againstPrevious().description());
    }

    @Test
    void numericCandidateIdsAreListedAsNumbersWithinATie() {
        List<SheetScore> sheets = List.of(sheet("E1", "10", "80"), sheet("E1", "9", "80"), sheet("E1", "100", "80"));

        Ranking ranking = RankingEngine.rank(sheets, meanWith());

        assertEquals(List.of("9", "10", "100"), order(ranking));
    }
}
