package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import java.util.List;
import java.util.Objects;

/**
 * What a campaign asks of the ranking.
 *
 * @param aggregation   how each candidate's sheets are combined
 * @param trimCount     k for {@link AggregationMethod#TRIMMED_MEAN}: drop the k highest and k lowest; ignored otherwise
 * @param tieBreakSteps steps tried in order when aggregated scores are equal
 */
public record RankingRequest(AggregationMethod aggregation, int trimCount, List<TieBreakStep> tieBreakSteps) {

    public RankingRequest {
        Objects.requireNonNull(aggregation, "aggregation");
        if (trimCount < 0) {
            throw new IllegalArgumentException("trimCount must not be negative, was " + trimCount);
        }
        tieBreakSteps = List.copyOf(tieBreakSteps);
    }

    /** The given method with no trimming and the usual cascade: MEDIAN, then HIGHER_RANKED_COUNT. */
    public static RankingRequest of(AggregationMethod aggregation) {
        return new RankingRequest(aggregation, 0,
                List.of(TieBreakStep.MEDIAN, TieBreakStep.HIGHER_RANKED_COUNT));
    }

    public RankingRequest withAggregation(AggregationMethod other) {
        return new RankingRequest(other, trimCount, tieBreakSteps);
    }
}
