package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate's rank under each method.
 *
 * @param candidateId the candidate
 * @param ranks       rank per method; null where the method gives it no score (e.g. too few sheets to trim)
 */
public record CandidateMethodRanks(String candidateId, Map<AggregationMethod, Integer> ranks) {

    public CandidateMethodRanks {
        // EnumMap rather than Map.copyOf: "no rank" is an explicit null.
        EnumMap<AggregationMethod, Integer> copy = new EnumMap<>(AggregationMethod.class);
        copy.putAll(ranks);
        ranks = Collections.unmodifiableMap(copy);
    }

    /** Worst minus best rank over the methods that rank the candidate; 0 when fewer than two do. */
    public int largestRankChange() {
        int best = ranks.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).min().orElse(0);
        int worst = ranks.values().stream().filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        return worst - best;
    }
}
