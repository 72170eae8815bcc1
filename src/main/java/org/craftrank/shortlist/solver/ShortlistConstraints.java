package org.craftrank.shortlist.solver;

import java.util.Set;

/**
 * The committee's constraints on a shortlist. Any of them may be absent (null or empty).
 *
 * @param perUnit         at most N per recommending unit
 * @param perIndustry     at most N per industry
 * @param perGroup        at most N per group (组别)
 * @param women           at least a count or share of women
 * @param young           at least a count or share of young candidates (the caller applies the age limit)
 * @param fixedInclusions codes the committee puts on the list whatever their score
 * @param fixedExclusions codes the committee keeps off the list
 */
public record ShortlistConstraints(CapRule perUnit, CapRule perIndustry, CapRule perGroup, Minimum women,
                                   Minimum young, Set<String> fixedInclusions, Set<String> fixedExclusions) {

    public static final ShortlistConstraints NONE =
            new ShortlistConstraints(null, null, null, null, null, Set.of(), Set.of());

    public ShortlistConstraints {
        fixedInclusions = fixedInclusions == null ? Set.of() : Set.copyOf(fixedInclusions);
        fixedExclusions = fixedExclusions == null ? Set.of() : Set.copyOf(fixedExclusions);
    }

    public static ShortlistConstraints none() {
        return NONE;
    }

    public ShortlistConstraints withUnitCap(CapRule rule) {
        return new ShortlistConstraints(rule, perIndustry, perGroup, women, young, fixedInclusions, fixedExclusions);
    }

    public ShortlistConstraints withIndustryCap(CapRule rule) {
        return new ShortlistConstraints(perUnit, rule, perGroup, women, young, fixedInclusions, fixedExclusions);
    }

    public ShortlistConstraints withGroupCap(CapRule rule) {
        return new ShortlistConstraints(perUnit, perIndustry, rule, women, young, fixedInclusions, fixedExclusions);
    }

    public ShortlistConstraints withWomen(Minimum minimum) {
        return new ShortlistConstraints(perUnit, perIndustry, perGroup, minimum, young, fixedInclusions,
                fixedExclusions);
    }

    public ShortlistConstraints withYoung(Minimum minimum) {
        return new ShortlistConstraints(perUnit, perIndustry, perGroup, women, minimum, fixedInclusions,
                fixedExclusions);
    }

    public ShortlistConstraints withFixedInclusions(Set<String> codes) {
        return new ShortlistConstraints(perUnit, perIndustry, perGroup, women, young, codes, fixedExclusions);
    }

    public ShortlistConstraints withFixedExclusions(Set<String> codes) {
        return new ShortlistConstraints(perUnit, perIndustry, perGroup, women, young, fixedInclusions, codes);
    }

    CapRule cap(ConstraintKind kind) {
        return switch (kind) {
            case UNIT_CAP -> perUnit;
            case INDUSTRY_CAP -> perIndustry;
            case GROUP_CAP -> perGroup;
            default -> throw new IllegalArgumentException(kind + " is not a cap");
        };
    }

    Minimum minimum(ConstraintKind kind) {
        return switch (kind) {
            case WOMEN_MINIMUM -> women;
            case YOUNG_MINIMUM -> young;
            default -> throw new IllegalArgumentException(kind + " is not a minimum");
        };
    }
}
