package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One candidate's line in a ranking. Numbers are rounded by the one display rule ({@link #DISPLAY_SCALE} places,
 * half-even), only here at the output; the ordering itself was decided on the exact values (MEAN, TRIMMED_MEAN,
 * MEDIAN) or on values rounded past floating-point noise (Z_SCORE, BIAS_MODEL, to 9 places), and
 * {@code exactScore} carries the value the order was decided on.
 *
 * @param candidateId             the candidate
 * @param rank                    competition rank (1, 2, 2, 4); null when there is no score
 * @param score                   the aggregated total, rounded for display; null when it cannot be computed
 * @param exactScore              the value the ranking compared: exact for MEAN, TRIMMED_MEAN and MEDIAN; for
 *                                Z_SCORE and BIAS_MODEL the floating-point result rounded to 9 places
 * @param scoreUnavailableReason  why there is no score, e.g. too few sheets to trim; null when there is one
 * @param capabilityScores        each capability's score aggregated by the same method (null where unavailable)
 * @param sheetCount              number of submitted sheets
 * @param assignedSheets          number of experts assigned to the candidate; null when not known
 * @param standardDeviation       sample standard deviation of the raw totals; null for fewer than two sheets
 * @param range                   highest minus lowest raw total
 * @param flags                   see {@link EntryFlag}
 * @param explanation             how the score and the position came about
 */
public record RankingEntry(String candidateId, Integer rank, BigDecimal score, BigFraction exactScore,
                           String scoreUnavailableReason,
                           Map<String, BigDecimal> capabilityScores, int sheetCount, Integer assignedSheets,
                           BigDecimal standardDeviation,
                           BigDecimal range, Set<EntryFlag> flags, EntryExplanation explanation) {

    /** Decimal places of every number shown, in every output (JSON, CSV, XLSX, pages). */
    public static final int DISPLAY_SCALE = Decimals.SCORE_SCALE;

    public RankingEntry {
        // TreeMap rather than Map.copyOf: an unavailable capability score is an explicit null.
        capabilityScores = Collections.unmodifiableMap(new TreeMap<>(capabilityScores));
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** Still tied after the whole cascade: the committee decides the order. */
    public boolean tiedForCommitteeDecision() {
        return flags.contains(EntryFlag.TIED_FOR_COMMITTEE_DECISION);
    }
}
