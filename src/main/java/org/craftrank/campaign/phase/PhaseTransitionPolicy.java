package org.craftrank.campaign.phase;

import java.util.Optional;

/**
 * Decides whether a campaign may move from one phase to another. Campaigns move forward one phase at a
 * time; each move may have a guard that the campaign's state must satisfy. One method per guard.
 */
public final class PhaseTransitionPolicy {

    public Optional<TransitionRefusal> check(CampaignPhase current, CampaignPhase requested, CampaignFacts facts) {
        Optional<TransitionRefusal> order = movesOnePhaseForward(current, requested);
        if (order.isPresent()) {
            return order;
        }
        return switch (requested) {
            case NOMINATION -> hasRecommendingUnits(facts);
            case FORMAL_REVIEW -> hasCandidates(facts);
            case SCORING -> hasCandidates(facts).or(() -> hasExperts(facts));
            case DELIBERATION -> hasSubmittedSheets(facts).or(() -> hasShortlistSize(facts));
            case APPROVED -> hasAdoptedShortlist(facts);
            case PUBLISHED -> noticePeriodIsOver(facts).or(() -> hasNoOpenObjections(facts));
            default -> Optional.empty();
        };
    }

    Optional<TransitionRefusal> movesOnePhaseForward(CampaignPhase current, CampaignPhase requested) {
        if (current.next().filter(requested::equals).isPresent()) {
            return Optional.empty();
        }
        String allowed = current.next().map(p -> "the only allowed move is to " + p)
                .orElse("it is the last phase");
        return Optional.of(new TransitionRefusal("phase-order",
                "cannot move from " + current + " to " + requested + ": " + allowed));
    }

    Optional<TransitionRefusal> hasRecommendingUnits(CampaignFacts facts) {
        return facts.unitCount() > 0 ? Optional.empty() : Optional.of(new TransitionRefusal(
                "has-recommending-units", "nomination needs at least one recommending unit"));
    }

    Optional<TransitionRefusal> hasCandidates(CampaignFacts facts) {
        return facts.candidateCount() > 0 ? Optional.empty() : Optional.of(new TransitionRefusal(
                "has-candidates", "the campaign has no candidates yet"));
    }

    /**
     * Deliberation needs something to rank. Unfinished sheets do not block it: an expert who did not submit is
     * absent from the aggregate, never a zero, and the secretariat decides when scoring has gone on long enough.
     */
    Optional<TransitionRefusal> hasSubmittedSheets(CampaignFacts facts) {
        return facts.submittedSheetCount() > 0 ? Optional.empty() : Optional.of(new TransitionRefusal(
                "has-submitted-sheets", "deliberation needs at least one submitted score sheet to rank"));
    }

    /**
     * Deliberation needs to know how many places the shortlist has: the size can no longer be changed from
     * DELIBERATION on (the committee deliberates on a fixed cut), so a campaign entering it without one could
     * never propose a list — a dead end (issue 21).
     */
    Optional<TransitionRefusal> hasShortlistSize(CampaignFacts facts) {
        return facts.shortlistSizeSet() ? Optional.empty() : Optional.of(new TransitionRefusal(
                "has-shortlist-size", "deliberation needs the shortlist size (the number of places of the "
                + "建议名单); set it in the campaign's settings first"));
    }

    /** 审定 is the adoption of a shortlist version; it happens through the adopt route, never on its own. */
    Optional<TransitionRefusal> hasAdoptedShortlist(CampaignFacts facts) {
        return facts.adoptedShortlist() ? Optional.empty() : Optional.of(new TransitionRefusal(
                "has-adopted-shortlist", "approval needs an adopted shortlist: adopt a proposal with POST "
                + ".../shortlist/proposals/{version}/adopt"));
    }

    /** Publishing freezes the list, so every objection from the notice must be decided first. */
    Optional<TransitionRefusal> hasNoOpenObjections(CampaignFacts facts) {
        return facts.openObjections() == 0 ? Optional.empty() : Optional.of(new TransitionRefusal(
                "objections-open", facts.openObjections() + " objection(s) from the public notice are not decided"));
    }

    /** The public notice runs its whole minimum period (公示期) before the list is published (公布). */
    Optional<TransitionRefusal> noticePeriodIsOver(CampaignFacts facts) {
        if (facts.noticeLastDay() == null || facts.today().isAfter(facts.noticeLastDay())) {
            return Optional.empty();
        }
        return Optional.of(new TransitionRefusal("notice-period", "the public notice runs until "
                + facts.noticeLastDay() + " (its minimum period); the list can be published from "
                + facts.noticeLastDay().plusDays(1)));
    }

    Optional<TransitionRefusal> hasExperts(CampaignFacts facts) {
        return facts.expertCount() > 0 ? Optional.empty() : Optional.of(new TransitionRefusal(
                "has-experts", "scoring needs at least one expert"));
    }
}
