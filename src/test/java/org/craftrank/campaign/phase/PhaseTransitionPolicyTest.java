package org.craftrank.campaign.phase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class PhaseTransitionPolicyTest {

    /** A campaign with units, candidates and experts: every guard is satisfied. */
    private static final CampaignFacts READY = new CampaignFacts(2, 5, 3, 12, true, 0);

    private final PhaseTransitionPolicy policy = new PhaseTransitionPolicy();

    // --- movesOnePhaseForward ------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = CampaignPhase.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    void aCampaignMayMoveToItsNextPhaseWhenItsGuardIsSatisfied(CampaignPhase current) {
        CampaignPhase next = current.next().orElseThrow();

        Optional<TransitionRefusal> refusal = policy.check(current, next, READY);

        assertTrue(refusal.isEmpty(), () -> current + " -> " + next + " refused: " + refusal.get());
    }

    @Test
    void theNextPhasesRunInTheOrderOfTheProcedure() {
        CampaignPhase phase = CampaignPhase.DRAFT;
        StringBuilder route = new StringBuilder(phase.name());
        while (phase.next().isPresent()) {
            phase = phase.next().get();
            route.append(" > ").append(phase);
        }
        assertEquals("DRAFT > NOMINATION > FORMAL_REVIEW > SCORING > DELIBERATION > APPROVED > PUBLIC_NOTICE"
                + " > PUBLISHED", route.toString());
    }

    @Test
    void aCampaignCannotSkipAPhase() {
        assertPhaseOrderRefusal(CampaignPhase.DRAFT, CampaignPhase.FORMAL_REVIEW);
        assertPhaseOrderRefusal(CampaignPhase.SCORING, CampaignPhase.PUBLISHED);
    }

    @Test
    void aCampaignCannotMoveToThePhaseItIsIn() {
        for (CampaignPhase phase : CampaignPhase.values()) {
            assertPhaseOrderRefusal(phase, phase);
        }
    }

    @Test
    void aCampaignCannotMoveBack() {
        assertPhaseOrderRefusal(CampaignPhase.NOMINATION, CampaignPhase.DRAFT);
        assertPhaseOrderRefusal(CampaignPhase.PUBLIC_NOTICE, CampaignPhase.SCORING);
    }

    @Test
    void everyMoveOtherThanToTheNextPhaseIsRefused() {
        for (CampaignPhase current : CampaignPhase.values()) {
            for (CampaignPhase requested : CampaignPhase.values()) {
                if (current.next().filter(requested::equals).isEmpty()) {
                    assertPhaseOrderRefusal(current, requested);
                }
            }
        }
    }

    @Test
    void aRefusedMoveNamesTheOnlyAllowedMove() {
        TransitionRefusal refusal = refusal(CampaignPhase.DRAFT, CampaignPhase.SCORING, READY);

        assertTrue(refusal.message().contains("the only allowed move is to NOMINATION"), refusal.message());
    }

    @Test
    void aPublishedCampaignCannotMoveAnywhere() {
        for (CampaignPhase requested : CampaignPhase.values()) {
            TransitionRefusal refusal = assertPhaseOrderRefusal(CampaignPhase.PUBLISHED, requested);
            assertTrue(refusal.message().contains("last phase"), refusal.message());
        }
    }

    @Test
    void thePhaseOrderIsCheckedBeforeAnyGuard() {
        TransitionRefusal refusal = refusal(CampaignPhase.DRAFT, CampaignPhase.SCORING, new CampaignFacts(0, 0, 0, 0));

        assertEquals("phase-order", refusal.rule());
    }

    // --- hasRecommendingUnits ------------------------------------------------------------------------

    @Test
    void nominationCannotOpenWithoutARecommendingUnit() {
        TransitionRefusal refusal = refusal(CampaignPhase.DRAFT, CampaignPhase.NOMINATION, new CampaignFacts(0, 5, 3, 0));

        assertEquals("has-recommending-units", refusal.rule());
    }

    @Test
    void nominationOpensWithOneRecommendingUnit() {
        assertTrue(policy.check(CampaignPhase.DRAFT, CampaignPhase.NOMINATION, new CampaignFacts(1, 0, 0, 0)).isEmpty());
    }

    // --- hasCandidates -------------------------------------------------------------------------------

    @Test
    void formalReviewCannotStartWithoutCandidates() {
        TransitionRefusal refusal = refusal(CampaignPhase.NOMINATION, CampaignPhase.FORMAL_REVIEW,
                new CampaignFacts(2, 0, 3, 0));

        assertEquals("has-candidates", refusal.rule());
    }

    @Test
    void scoringCannotStartWithoutCandidates() {
        TransitionRefusal refusal = refusal(CampaignPhase.FORMAL_REVIEW, CampaignPhase.SCORING,
                new CampaignFacts(2, 0, 3, 0));

        assertEquals("has-candidates", refusal.rule());
    }

    // --- hasExperts ----------------------------------------------------------------------------------

    @Test
    void scoringCannotStartWithoutExperts() {
        TransitionRefusal refusal = refusal(CampaignPhase.FORMAL_REVIEW, CampaignPhase.SCORING,
                new CampaignFacts(2, 5, 0, 0));

        assertEquals("has-experts", refusal.rule());
    }

    @Test
    void scoringStartsWithOneCandidateAndOneExpert() {
        assertTrue(policy.check(CampaignPhase.FORMAL_REVIEW, CampaignPhase.SCORING, new CampaignFacts(0, 1, 1, 0))
                .isEmpty());
    }

    // --- hasSubmittedSheets --------------------------------------------------------------------------

    @Test
    void deliberationCannotStartBeforeAnySheetIsSubmitted() {
        TransitionRefusal refusal = refusal(CampaignPhase.SCORING, CampaignPhase.DELIBERATION,
                new CampaignFacts(2, 5, 3, 0));

        assertEquals("has-submitted-sheets", refusal.rule());
    }

    @Test
    void deliberationStartsWithOneSubmittedSheet() {
        assertTrue(policy.check(CampaignPhase.SCORING, CampaignPhase.DELIBERATION, new CampaignFacts(1, 1, 1, 1))
                .isEmpty());
    }

    // --- hasShortlistSize ----------------------------------------------------------------------------

    @Test
    void deliberationNeedsTheShortlistSize() {
        TransitionRefusal refusal = refusal(CampaignPhase.SCORING, CampaignPhase.DELIBERATION,
                new CampaignFacts(2, 5, 3, 12).withShortlistSize(false));

        assertEquals("has-shortlist-size", refusal.rule());
    }

    @Test
    void deliberationStartsOnceTheShortlistSizeIsSet() {
        assertTrue(policy.check(CampaignPhase.SCORING, CampaignPhase.DELIBERATION,
                new CampaignFacts(2, 5, 3, 12).withShortlistSize(true)).isEmpty());
    }

    // --- hasAdoptedShortlist -------------------------------------------------------------------------

    @Test
    void approvalNeedsAnAdoptedShortlist() {
        assertEquals("has-adopted-shortlist", refusal(CampaignPhase.DELIBERATION, CampaignPhase.APPROVED,
                new CampaignFacts(2, 5, 3, 12, false, 0)).rule());
    }

    // --- hasNoOpenObjections --------------------------------------------------------------------------

    @Test
    void publishingWaitsForEveryObjectionToBeDecided() {
        TransitionRefusal refusal = refusal(CampaignPhase.PUBLIC_NOTICE, CampaignPhase.PUBLISHED,
                new CampaignFacts(2, 5, 3, 12, true, 2));

        assertEquals("objections-open", refusal.rule());
        assertTrue(refusal.message().startsWith("2 objection(s)"), refusal.message());
    }

    // --- noticePeriodIsOver --------------------------------------------------------------------------

    @Test
    void publishingWaitsForTheNoticesWholeMinimumPeriod() {
        java.time.LocalDate lastDay = java.time.LocalDate.of(2026, 10, 10);
        CampaignFacts ready = new CampaignFacts(2, 5, 3, 12, true, 0);
        TransitionRefusal refusal = refusal(CampaignPhase.PUBLIC_NOTICE, CampaignPhase.PUBLISHED,
                ready.withNotice(lastDay, lastDay));
        assertEquals("notice-period", refusal.rule());
        assertTrue(refusal.message().contains("2026-10-10") && refusal.message().contains("2026-10-11"),
                refusal.message());
        assertTrue(policy.check(CampaignPhase.PUBLIC_NOTICE, CampaignPhase.PUBLISHED,
                ready.withNotice(lastDay, lastDay.plusDays(1))).isEmpty(), "the day after the last day");
        // the period first, then the objections: both are said in turn, neither hides the other for good
        assertEquals("notice-period", refusal(CampaignPhase.PUBLIC_NOTICE, CampaignPhase.PUBLISHED,
                new CampaignFacts(2, 5, 3, 12, true, 1).withNotice(lastDay, lastDay)).rule());
    }

    // --- helpers -------------------------------------------------------------------------------------

    private TransitionRefusal refusal(CampaignPhase current, CampaignPhase requested, CampaignFacts facts) {
        return policy.check(current, requested, facts)
                .orElseGet(() -> fail("expected " + current + " -> " + requested + " to be refused"));
    }

    private TransitionRefusal assertPhaseOrderRefusal(CampaignPhase current, CampaignPhase requested) {
        TransitionRefusal refusal = refusal(current, requested, READY);
        assertEquals("phase-order", refusal.rule(), current + " -> " + requested);
        assertTrue(refusal.message().contains(current.name()), refusal.message());
        assertTrue(refusal.message().contains(requested.name()), refusal.message());
        return refusal;
    }
}
