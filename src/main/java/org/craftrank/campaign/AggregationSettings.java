package org.craftrank.campaign;

import org.craftrank.model.definition.AggregationMethod;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.craftrank.model.definition.ScoreScale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a campaign aggregates experts' totals, set per campaign. On create and update a client may send only some
 * fields: every field left out (null) keeps its current value, or its default on create ({@link #over}).
 *
 * @param method                MEAN by default
 * @param trimCount             k for TRIMMED_MEAN (drop the k highest and k lowest); 0 otherwise
 * @param tieBreakOrder         steps tried in order when aggregated scores tie; an empty list means none
 * @param disagreementThreshold a candidate whose experts' totals have a larger sample standard deviation than this
 *                              share of the scale's range (max − min) is flagged for disagreement
 * @param leniencyMargin        an expert is flagged lenient or severe only when the mean deviation from the
 *                              consensus is significant and larger than this, in points of the total
 */
@Schema(name = "AggregationSettings", description = "fields left out keep their current value (on create: the default)")
public record AggregationSettings(
        AggregationMethod method,
        @Min(0) @Max(10) Integer trimCount,
        @Schema(description = "tie-break steps in order: CAPABILITY:<code> (higher capability score first), "
                + "MEDIAN (higher median first), HIGHER_RANKED_COUNT (more experts ranking the candidate higher); "
                + "default [MEDIAN, HIGHER_RANKED_COUNT]",
                examples = "[\"CAPABILITY:PRAC\", \"MEDIAN\", \"HIGHER_RANKED_COUNT\"]")
        @Size(max = 10) List<String> tieBreakOrder,
        @Schema(description = "flag a candidate whose experts' totals have a larger sample standard deviation than "
                + "this share of the scale's range (0.2 on a 0–10 scale: 2 points); default 0.2", examples = "0.2")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 2, fraction = 4)
        BigDecimal disagreementThreshold,
        @Schema(description = "smallest mean deviation from the consensus, in points of the total, for which a "
                + "significant leniency or severity is flagged; default half a step of the model's scale",
                examples = "0.25")
        @DecimalMin("0") @Digits(integer = 6, fraction = 4) BigDecimal leniencyMargin) {

    public static final String CAPABILITY_STEP = "CAPABILITY:";
    public static final List<String> PLAIN_STEPS = List.of("MEDIAN", "HIGHER_RANKED_COUNT");

    /**
     * A fifth of the range: on 0–10 an SD above 2 points. Experts scoring at random over the whole scale would show
     * about 0.29 of the range (uniform: 1/√12), so 0.2 is two thirds of "no agreement at all" (README).
     */
    public static final BigDecimal DEFAULT_DISAGREEMENT_THRESHOLD = new BigDecimal("0.2");

    /** The defaults for a campaign on a model with this scale. */
    public static AggregationSettings defaults(ScoreScale scale) {
        return new AggregationSettings(AggregationMethod.MEAN, 0, List.of("MEDIAN", "HIGHER_RANKED_COUNT"),
                DEFAULT_DISAGREEMENT_THRESHOLD, halfStep(scale));
    }

    /** Half a step of the scale (0.25 for steps of 0.5): a difference smaller than any one score can express. */
    public static BigDecimal halfStep(ScoreScale scale) {
        return scale.step().divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /**
     * These settings where given, {@code base}'s where left out. k without a value follows the method: the base's
     * k while the method is TRIMMED_MEAN (a base that was not trimming has 0, which is refused as
     * {@code trim-count-needed}: the committee states k), 0 for every other method — so sending
     * {@code {"method": "MEAN"}} to a trimming campaign is not refused for a k it never sent.
     */
    public AggregationSettings over(AggregationSettings base) {
        AggregationMethod m = method != null ? method : base.method();
        Integer k = trimCount != null ? trimCount
                : m == AggregationMethod.TRIMMED_MEAN ? base.trimCount() : Integer.valueOf(0);
        return new AggregationSettings(m, k, tieBreakOrder != null ? tieBreakOrder : base.tieBreakOrder(),
                disagreementThreshold != null ? disagreementThreshold : base.disagreementThreshold(),
                leniencyMargin != null ? leniencyMargin : base.leniencyMargin());
    }
}
