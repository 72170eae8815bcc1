package org.craftrank.ranking.view;

import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.ranking.engine.Ranking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A campaign's anonymised ranking under one method, as the committee pulls it.
 *
 * @param preview         true when {@code method} is not the campaign's own (a what-if, not the ranking of record)
 * @param entries         ranked candidates best first, then candidates without a score
 * @param expertCount     experts numbered E01… (every expert with an assignment)
 * @param warnings        conditions the committee should know about the whole ranking
 * @param excludedExperts Z_SCORE: experts left out of the standardisation, and why
 * @param expertBiases    BIAS_MODEL: each expert's fitted bias
 */
@Schema(name = "Ranking")
public record RankingView(long campaignId, String campaignName, CampaignPhase phase, String method, int trimCount,
                          List<String> tieBreakOrder, boolean preview, List<CapabilityLabel> capabilities,
                          int sheetCount, int expertCount, List<RankingEntryView> entries, List<String> warnings,
                          List<ExcludedExpert> excludedExperts, List<ExpertBias> expertBiases) {

    @Schema(name = "ExcludedExpert")
    public record ExcludedExpert(String expert, String measure, String reason) {
    }

    /** @param designGroup biases are comparable only within one connected group of experts and candidates */
    @Schema(name = "ExpertBias")
    public record ExpertBias(String expert, double bias, int sheetCount, int designGroup) {
    }

    /** The facts about the campaign a ranking view repeats, so an export is self-describing. */
    public record Header(long campaignId, String campaignName, CampaignPhase phase, List<String> tieBreakOrder,
                         boolean preview, List<CapabilityLabel> capabilities, int sheetCount, int expertCount) {
    }

    public static RankingView of(Header header, Ranking ranking, Set<String> unscoredCodes) {
        List<RankingEntryView> entries = new ArrayList<>();
        ranking.entries().forEach(e -> entries.add(RankingEntryView.of(e)));
        unscoredCodes.forEach(code -> entries.add(RankingEntryView.unscored(code)));
        return new RankingView(header.campaignId(), header.campaignName(), header.phase(),
                ranking.aggregation().name(), ranking.trimCount(), header.tieBreakOrder(), header.preview(),
                header.capabilities(), header.sheetCount(), header.expertCount(), entries, ranking.warnings(),
                ranking.excludedExperts().stream()
                        .map(x -> new ExcludedExpert(x.expertId(), x.measure(), x.reason())).toList(),
                ranking.expertBiases().stream()
                        .map(b -> new ExpertBias(b.expertId(), b.bias(), b.sheetCount(), b.designGroup())).toList());
    }
}
