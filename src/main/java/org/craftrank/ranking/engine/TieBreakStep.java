package org.craftrank.ranking.engine;

import java.util.List;
import java.util.Objects;

/**
 * One step of a campaign's tie-break cascade, tried in order when candidates have equal aggregated scores.
 * Written in campaign settings as {@code CAPABILITY:<code>}, {@code MEDIAN} or {@code HIGHER_RANKED_COUNT}.
 *
 * @param kind           what the step compares
 * @param capabilityCode the capability compared, only for {@link Kind#CAPABILITY}
 */
public record TieBreakStep(Kind kind, String capabilityCode) {

    public static final String CAPABILITY_PREFIX = "CAPABILITY:";

    public static final TieBreakStep MEDIAN = new TieBreakStep(Kind.MEDIAN, null);
    public static final TieBreakStep HIGHER_RANKED_COUNT = new TieBreakStep(Kind.HIGHER_RANKED_COUNT, null);

    public enum Kind {
        /** Higher aggregated score on one capability first. */
        CAPABILITY,
        /** Higher median of the candidate's totals first. */
        MEDIAN,
        /**
         * More head-to-head wins first: over every expert who scored both, and every other candidate still tied,
         * count the times the expert gave this candidate the higher total. With two tied candidates this is
         * "how many experts ranked A above B".
         */
        HIGHER_RANKED_COUNT
    }

    public TieBreakStep {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CAPABILITY && (capabilityCode == null || capabilityCode.isBlank())) {
            throw new IllegalArgumentException("a CAPABILITY tie-break step needs a capability code");
        }
        if (kind != Kind.CAPABILITY && capabilityCode != null) {
            throw new IllegalArgumentException(kind + " takes no capability code");
        }
    }

    public static TieBreakStep capability(String code) {
        return new TieBreakStep(Kind.CAPABILITY, code);
    }

    /**
     * Reads a step as written in campaign settings.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static TieBreakStep parse(String text) {
        String t = Objects.requireNonNull(text, "tie-break step").strip();
        if (t.startsWith(CAPABILITY_PREFIX)) {
            return capability(t.substring(CAPABILITY_PREFIX.length()).strip());
        }
        return switch (t) {
            case "MEDIAN" -> MEDIAN;
            case "HIGHER_RANKED_COUNT" -> HIGHER_RANKED_COUNT;
            default -> throw new IllegalArgumentException("'" + text
                    + "' is not a tie-break step; use CAPABILITY:<code>, MEDIAN or HIGHER_RANKED_COUNT");
        };
    }

    public static List<TieBreakStep> parseAll(List<String> texts) {
        return texts.stream().map(TieBreakStep::parse).toList();
    }

    /** The step as written in campaign settings. */
    @Override
    public String toString() {
        return kind == Kind.CAPABILITY ? CAPABILITY_PREFIX + capabilityCode : kind.name();
    }
}
