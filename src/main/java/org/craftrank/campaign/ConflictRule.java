package org.craftrank.campaign;

/**
 * Conflict-of-interest rules (回避规则). The notices require referees and reviewers from outside the candidate's
 * unit, so the first three always apply; the rest are switched on per campaign.
 */
public enum ConflictRule {
    /** The expert works for the candidate's employer (推荐人和评审专家须来自候选人单位以外). */
    SAME_EMPLOYER(true),
    /** The expert is one of the candidate's referees (同行高级专家推荐人). */
    EXPERT_IS_REFEREE(true),
    /** The expert declared a conflict with the candidate, with a reason. */
    DECLARED_CONFLICT(true),
    /** Optional: the expert works for the recommending unit that nominated the candidate. */
    SAME_RECOMMENDING_UNIT(false);

    private final boolean alwaysOn;

    ConflictRule(boolean alwaysOn) {
        this.alwaysOn = alwaysOn;
    }

    public boolean alwaysOn() {
        return alwaysOn;
    }

    /** The rule's name in problem+json {@code rule} fields, e.g. {@code conflict-same-employer}. */
    public String slug() {
        return "conflict-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
