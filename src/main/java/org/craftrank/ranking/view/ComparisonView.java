package org.craftrank.ranking.view;

import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.MethodComparison;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ranks of every candidate under every method, side by side: the candidates whose place depends most on the
 * method come first, so the committee sees how robust the order is.
 *
 * @param campaignMethod the campaign's own method
 * @param trimCount      k used for TRIMMED_MEAN (the campaign's, or 1 — 去掉一个最高分和一个最低分 — when the
 *                       campaign does not trim)
 * @param warnings       per method, what its ranking warns about
 */
@Schema(name = "RankingComparison")
public record ComparisonView(long campaignId, String campaignMethod, int trimCount, List<Row> candidates,
                             Map<AggregationMethod, List<String>> warnings) {

    /** @param ranks rank per method; null where the method gives no score */
    @Schema(name = "RankingComparisonRow")
    public record Row(String code, Map<AggregationMethod, Integer> ranks, int largestRankChange) {
    }

    public static ComparisonView of(long campaignId, String campaignMethod, int trimCount,
                                    MethodComparison comparison) {
        Map<AggregationMethod, List<String>> warnings = new EnumMap<>(AggregationMethod.class);
        comparison.rankings().forEach((method, ranking) -> warnings.put(method, ranking.warnings()));
        return new ComparisonView(campaignId, campaignMethod, trimCount, comparison.candidates().stream()
                .map(c -> new Row(c.candidateId(), c.ranks(), c.largestRankChange())).toList(), warnings);
    }
}
