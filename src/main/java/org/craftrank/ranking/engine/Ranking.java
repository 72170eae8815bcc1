package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import java.util.List;

/**
 * The outcome of ranking a campaign's sheets under one method.
 *
 * @param aggregation     the method used
 * @param trimCount       k, when the method is {@link AggregationMethod#TRIMMED_MEAN}; otherwise 0
 * @param entries         every candidate, in rank order; candidates without a score come last, by candidate id
 * @param warnings        conditions the committee should know about, e.g. a bias model over a design that is
 *                        not connected
 * @param excludedExperts experts left out of the standardisation under {@link AggregationMethod#Z_SCORE}, with why
 * @param expertBiases    each expert's fitted bias under {@link AggregationMethod#BIAS_MODEL}; empty otherwise
 */
public record Ranking(AggregationMethod aggregation, int trimCount, List<RankingEntry> entries, List<String> warnings,
                      List<ExpertExclusion> excludedExperts, List<ExpertBias> expertBiases) {

    public Ranking {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
        excludedExperts = List.copyOf(excludedExperts);
        expertBiases = List.copyOf(expertBiases);
    }

    /** The entry for one candidate. */
    public RankingEntry entry(String candidateId) {
        return entries.stream().filter(e -> e.candidateId().equals(candidateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate " + candidateId + " in the ranking"));
    }
}
