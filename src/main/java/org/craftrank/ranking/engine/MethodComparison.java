package org.craftrank.ranking.engine;

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
public record MethodComparison(List<CandidateMethodRanks> candidates, Map<Aggregation, Ranking> rankings) {

    public MethodComparison {
        candidates = List.copyOf(candidates);
        EnumMap<Aggregation, Ranking> copy = new EnumMap<>(Aggregation.class);
        copy.putAll(rankings);
        rankings = Collections.unmodifiableMap(copy);
    }
}
