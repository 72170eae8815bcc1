package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The same sheets ranked under every method.
 *
 * @param candidates per candidate its rank under each method, largest rank change first (then by MEAN rank)
 * @param rankings   the full ranking under each method, with its warnings
 */
public record MethodComparison(List<CandidateMethodRanks> candidates, Map<AggregationMethod, Ranking> rankings) {

    public MethodComparison {
        candidates = List.copyOf(candidates);
        EnumMap<AggregationMethod, Ranking> copy = new EnumMap<>(AggregationMethod.class);
        copy.putAll(rankings);
        rankings = Collections.unmodifiableMap(copy);
    }
}
