package org.craftrank.shortlist.solver;

/**
 * The kinds of constraint a shortlist can be under; infeasibilities and reasons name them.
 * {@link #rule()} is a stable slug for problem+json responses.
 */
public enum ConstraintKind {
    /** Exactly K places are filled (or every eligible candidate when there are fewer). */
    PLACES("the number of places", "shortlist-places"),
    UNIT_CAP("the caps per recommending unit", "shortlist-unit-cap"),
    INDUSTRY_CAP("the caps per industry", "shortlist-industry-cap"),
    GROUP_CAP("the caps per group (组别)", "shortlist-group-cap"),
    WOMEN_MINIMUM("the minimum of women", "shortlist-women-minimum"),
    YOUNG_MINIMUM("the minimum of young candidates", "shortlist-young-minimum"),
    FIXED_INCLUSION("the fixed inclusions", "shortlist-fixed-inclusion"),
    FIXED_EXCLUSION("the fixed exclusions", "shortlist-fixed-exclusion"),
    KEPT_ON_LIST("keeping the rest of the list after a withdrawal", "shortlist-kept-on-list"),
    WITHDRAWN("the withdrawals", "shortlist-withdrawn");

    private final String label;
    private final String rule;

    ConstraintKind(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** For messages, e.g. "the caps per recommending unit". */
    public String label() {
        return label;
    }

    public String rule() {
        return rule;
    }

    public boolean isCap() {
        return this == UNIT_CAP || this == INDUSTRY_CAP || this == GROUP_CAP;
    }

    public boolean isMinimum() {
        return this == WOMEN_MINIMUM || this == YOUNG_MINIMUM;
    }

    /** The key a cap kind groups candidates by. */
    String keyOf(ShortlistCandidate candidate) {
        return switch (this) {
            case UNIT_CAP -> candidate.unitKey();
            case INDUSTRY_CAP -> candidate.industryKey();
            case GROUP_CAP -> candidate.groupKey();
            default -> throw new IllegalStateException(this + " is not a cap");
        };
    }

    /** Whether a candidate counts towards a minimum kind. */
    boolean qualifies(ShortlistCandidate candidate) {
        return switch (this) {
            case WOMEN_MINIMUM -> candidate.countsAsWoman();
            case YOUNG_MINIMUM -> candidate.countsAsYoung();
            default -> throw new IllegalStateException(this + " is not a minimum");
        };
    }

    /** "unit", "industry", "group" for a cap kind. */
    String keyNoun() {
        return switch (this) {
            case UNIT_CAP -> "unit";
            case INDUSTRY_CAP -> "industry";
            case GROUP_CAP -> "group";
            default -> throw new IllegalStateException(this + " is not a cap");
        };
    }

    /** "women", "young candidates" for a minimum kind. */
    String qualifyingNoun() {
        return switch (this) {
            case WOMEN_MINIMUM -> "women";
            case YOUNG_MINIMUM -> "young candidates";
            default -> throw new IllegalStateException(this + " is not a minimum");
        };
    }

    /** How many qualify in a minimum kind's sense of unknown values, e.g. "of unknown gender". */
    String unknownNoun() {
        return switch (this) {
            case WOMEN_MINIMUM -> "of unknown gender";
            case YOUNG_MINIMUM -> "of unknown age";
            default -> throw new IllegalStateException(this + " is not a minimum");
        };
    }

    static final ConstraintKind[] CAPS = {UNIT_CAP, INDUSTRY_CAP, GROUP_CAP};
    static final ConstraintKind[] MINIMA = {WOMEN_MINIMUM, YOUNG_MINIMUM};
}
