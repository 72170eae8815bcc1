package org.craftrank.ranking.view;

import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.ranking.engine.CandidateDiagnostics;
import org.craftrank.ranking.engine.ExpertDiagnostics;
import org.craftrank.ranking.engine.ExpertFlag;
import org.craftrank.ranking.engine.PanelAgreement;
import org.craftrank.ranking.engine.PanelDiagnostics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Diagnostics beside the ranking, anonymised like it: candidates by code, experts by pseudonym.
 *
 * @param disagreementThreshold       the campaign's threshold for a candidate's disagreement flag, as a share of
 *                                    the scale's range
 * @param disagreementThresholdPoints the same in points of the total (share × range)
 * @param leniencyMargin              smallest mean deviation, in points, for which an expert is flagged
 * @param agreement                   Kendall's W, the six ICC forms and Krippendorff's alpha for the panel
 */
@Schema(name = "RankingDiagnostics")
public record DiagnosticsView(long campaignId, CampaignPhase phase, BigDecimal disagreementThreshold,
                              BigDecimal disagreementThresholdPoints, BigDecimal leniencyMargin,
                              List<CandidateView> candidates, List<ExpertView> experts, PanelAgreement agreement) {

    /** @param outliers totals with |modified z| &gt; 3.5 against the candidate's median and MAD */
    @Schema(name = "CandidateDiagnostics")
    public record CandidateView(String code, int sheetCount, Double standardDeviation, double range, double median,
                                List<Outlier> outliers, boolean spreadAboveThreshold, boolean disagreement,
                                List<String> reasons) {
    }

    @Schema(name = "OutlierScore")
    public record Outlier(String expert, double total, double modifiedZ) {
    }

    /**
     * @param leniency    mean deviation from the leave-one-out consensus, in points
     * @param consistency Spearman correlation with the leave-one-out consensus
     */
    @Schema(name = "ExpertDiagnostics")
    public record ExpertView(String expert, int sheetCount, int comparedSheets, Double leniency, Double leniencyT,
                             Double leniencyPValue, Double consistency, Set<ExpertFlag> flags, List<String> notes,
                             List<ExpertDiagnostics.Note> noteCodes) {
    }

    public static DiagnosticsView of(long campaignId, CampaignPhase phase, BigDecimal threshold,
                                     BigDecimal thresholdPoints, BigDecimal leniencyMargin,
                                     PanelDiagnostics diagnostics) {
        return new DiagnosticsView(campaignId, phase, threshold, thresholdPoints, leniencyMargin,
                diagnostics.candidates().stream().map(DiagnosticsView::candidate).toList(),
                diagnostics.experts().stream().map(DiagnosticsView::expert).toList(), diagnostics.agreement());
    }

    private static CandidateView candidate(CandidateDiagnostics c) {
        return new CandidateView(c.candidateId(), c.sheetCount(), c.standardDeviation(), c.range(), c.median(),
                c.outliers().stream().map(o -> new Outlier(o.expertId(), o.total(), o.modifiedZ())).toList(),
                c.spreadAboveThreshold(), c.disagreement(), c.reasons());
    }

    private static ExpertView expert(ExpertDiagnostics e) {
        return new ExpertView(e.expertId(), e.sheetCount(), e.comparedSheets(), e.leniency(), e.leniencyT(),
                e.leniencyPValue(), e.consistency(), e.flags(), e.notes(), e.noteCodes());
    }
}
