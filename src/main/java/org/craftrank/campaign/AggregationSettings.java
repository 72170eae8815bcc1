package org.craftrank.campaign;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a campaign aggregates experts' totals, set per campaign.
 *
 * @param method        MEAN by default
 * @param trimCount     k for TRIMMED_MEAN (drop the k highest and k lowest); 0 otherwise
 * @param tieBreakOrder steps tried in order when aggregated scores tie
 * @param disagreementThreshold a candidate whose experts' totals have a larger sample standard deviation (in
 *                      points of the total) is flagged for disagreement in the ranking diagnostics
 */
@Schema(name = "AggregationSettings")
public record AggregationSettings(
        AggregationMethod method,
        @Min(0) @Max(10) Integer trimCount,
        @Schema(description = "tie-break steps in order: CAPABILITY:<code> (higher capability score first), "
                + "MEDIAN (higher median first), HIGHER_RANKED_COUNT (more experts ranking the candidate higher)",
                examples = "[\"CAPABILITY:PRAC\", \"MEDIAN\", \"HIGHER_RANKED_COUNT\"]")
        @Size(max = 10) List<String> tieBreakOrder,
        @Schema(description = "flag a candidate whose experts' totals have a larger sample standard deviation "
                + "(points of the total); default 10", examples = "8")
        @DecimalMin("0") @Digits(integer = 6, fraction = 4) BigDecimal disagreementThreshold) {

    public static final String CAPABILITY_STEP = "CAPABILITY:";
    public static final List<String> PLAIN_STEPS = List.of("MEDIAN", "HIGHER_RANKED_COUNT");

    public static final BigDecimal DEFAULT_DISAGREEMENT_THRESHOLD = BigDecimal.TEN;

    public static AggregationSettings defaults() {
        return new AggregationSettings(AggregationMethod.MEAN, 0, List.of("MEDIAN", "HIGHER_RANKED_COUNT"),
                DEFAULT_DISAGREEMENT_THRESHOLD);
    }
}
