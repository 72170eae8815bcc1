package org.craftrank.ranking.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics of a campaign's scoring, for the secretariat and the committee: which candidates the experts
 * disagree about, which experts score unlike the rest, and how far the panel agrees overall. Computed on the
 * sheets' overall totals, in double precision (they are statistics, not scores), in id order so the result does
 * not depend on input order.
 *
 * @param candidates per candidate, in candidate id order
 * @param experts    per expert, in expert id order
 * @param agreement  the panel as a whole
 */
public record PanelDiagnostics(List<CandidateDiagnostics> candidates, List<ExpertDiagnostics> experts,
                               PanelAgreement agreement) {

    public PanelDiagnostics {
        candidates = List.copyOf(candidates);
        experts = List.copyOf(experts);
    }

    /**
     * @param disagreementSdThreshold a candidate whose totals have a larger sample SD is flagged (in points of the
     *                                total: the campaign's share of the scale's range times that range)
     * @param leniencyMargin          an expert's significant mean deviation is flagged only beyond this, in points
     * @throws IllegalArgumentException when an expert has two sheets for the same candidate
     */
    public static PanelDiagnostics compute(List<SheetScore> sheets, double disagreementSdThreshold,
                                           double leniencyMargin) {
        check(disagreementSdThreshold, leniencyMargin);
        return compute(ScoreTable.of(sheets), disagreementSdThreshold, leniencyMargin);
    }

    /** As {@link #compute(List, double, double)}, from the sheets' columns (the same result, much less work). */
    public static PanelDiagnostics compute(ExactSheets sheets, double disagreementSdThreshold,
                                           double leniencyMargin) {
        check(disagreementSdThreshold, leniencyMargin);
        return compute(ScoreTable.of(sheets), disagreementSdThreshold, leniencyMargin);
    }

    private static void check(double disagreementSdThreshold, double leniencyMargin) {
        if (!(disagreementSdThreshold >= 0) || !(leniencyMargin >= 0)) {
            throw new IllegalArgumentException("the disagreement threshold and the leniency margin must be"
                    + " non-negative numbers");
        }
    }

    private static PanelDiagnostics compute(ScoreTable table, double disagreementSdThreshold,
                                            double leniencyMargin) {
        List<CandidateDiagnostics> candidates = new ArrayList<>();
        Map<String, Long> totalOfAll = new HashMap<>();
        Map<String, Integer> sheetsOfAll = new HashMap<>();
        for (String candidateId : table.candidateIds()) {
            List<Observation> ofCandidate = table.observationsOfCandidate(candidateId, Measure.TOTAL);
            candidates.add(CandidateDiagnostics.of(table, candidateId, ofCandidate, disagreementSdThreshold));
            long[] units = ExactAverages.units(ofCandidate);
            totalOfAll.put(candidateId, ExactAverages.sum(units, 0, units.length));
            sheetsOfAll.put(candidateId, ofCandidate.size());
        }
        List<ExpertDiagnostics> experts = new ArrayList<>();
        for (String expertId : table.expertIds()) {
            experts.add(ExpertDiagnostics.of(table, expertId, table.observationsOfExpert(expertId, Measure.TOTAL),
                    totalOfAll, sheetsOfAll, leniencyMargin));
        }
        return new PanelDiagnostics(candidates, experts, PanelAgreement.of(table));
    }

    public CandidateDiagnostics candidate(String candidateId) {
        return candidates.stream().filter(c -> c.candidateId().equals(candidateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate " + candidateId));
    }

    public ExpertDiagnostics expert(String expertId) {
        return experts.stream().filter(e -> e.expertId().equals(expertId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no expert " + expertId));
    }
}
