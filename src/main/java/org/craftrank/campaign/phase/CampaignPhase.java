package org.craftrank.campaign.phase;

/** The phases of a campaign, in the order the seeds' procedure runs them. */
public enum CampaignPhase {
    /** Being set up by the secretariat. */
    DRAFT,
    /** 推荐: units nominate candidates. */
    NOMINATION,
    /** 形式审查: the secretariat checks eligibility. */
    FORMAL_REVIEW,
    /** 逐项打分: experts score. */
    SCORING,
    /** 专家评审会议: the committee studies the ranking and proposes a list (建议名单). */
    DELIBERATION,
    /** 审定: the list is approved. */
    APPROVED,
    /** 公示: the list is shown to the public. */
    PUBLIC_NOTICE,
    /** 公布: the list is published. */
    PUBLISHED;

    /**
     * Whether the committee's ranking (and what is built on it: diagnostics, shortlist, notice) may be seen: from
     * deliberation on; during scoring nobody sees an aggregate, so no score can steer the remaining sheets.
     */
    public boolean rankingOpen() {
        return compareTo(DELIBERATION) >= 0;
    }

    /** The one phase a campaign may move to from this one, if any. */
    public java.util.Optional<CampaignPhase> next() {
        return ordinal() + 1 < values().length ? java.util.Optional.of(values()[ordinal() + 1])
                : java.util.Optional.empty();
    }
}
