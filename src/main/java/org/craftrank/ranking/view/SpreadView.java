package org.craftrank.ranking.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Each candidate's submitted totals, lowest first, without saying whose: how far the panel's scores of one
 * candidate lie apart (the spread chart of the ranking page).
 */
@Schema(name = "RankingSpread")
public record SpreadView(long campaignId, List<Row> candidates) {

    @Schema(name = "RankingSpreadRow")
    public record Row(String code, List<BigDecimal> totals) {
    }
}
