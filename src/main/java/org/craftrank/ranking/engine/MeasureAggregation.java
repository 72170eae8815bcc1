package org.craftrank.ranking.engine;

import java.util.List;
import java.util.Map;

/**
 * The result of aggregating one measure for every candidate.
 *
 * @param byCandidate every candidate of the table, in candidate id order
 * @param warnings    design-level conditions (e.g. not connected)
 * @param exclusions  Z_SCORE: experts that could not be standardised
 * @param biases      BIAS_MODEL: fitted expert biases
 */
record MeasureAggregation(Map<String, CandidateValue> byCandidate, List<String> warnings,
                          List<ExpertExclusion> exclusions, List<ExpertBias> biases) {

    MeasureAggregation {
        // Not copied: every aggregator hands over a map it built for this; Map.copyOf cost a sixth of a ranking
        // at 10,000 candidates (the copy and its probing lookups).
        byCandidate = java.util.Collections.unmodifiableMap(byCandidate);
        warnings = List.copyOf(warnings);
        exclusions = List.copyOf(exclusions);
        biases = List.copyOf(biases);
    }

    CandidateValue of(String candidateId) {
        return byCandidate.get(candidateId);
    }
}
