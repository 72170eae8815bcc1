package org.craftrank.ranking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How far the panel as a whole agrees. Kendall's W and the intraclass correlations need complete blocks — every
 * expert scored every candidate — and are reported "not applicable" otherwise; Krippendorff's alpha (interval)
 * handles missing sheets and is reported for any design with something to compare.
 *
 * @param expertCount                             experts with at least one sheet
 * @param candidateCount                          candidates with at least one sheet
 * @param completeDesign                          every expert scored every candidate
 * @param kendallsW                               agreement on the order of candidates; null when not applicable
 * @param kendallsWUnavailableReason              why {@code kendallsW} is null
 * @param intraclassCorrelations                  the six forms of Shrout &amp; Fleiss; empty when not applicable
 * @param intraclassCorrelationsUnavailableReason why they are empty
 * @param krippendorffAlpha                       interval alpha; null when undefined
 * @param krippendorffAlphaUnavailableReason      why {@code krippendorffAlpha} is null
 * @param kendallsWUnavailable                    the same reason as a code, for a page to word
 * @param intraclassCorrelationsUnavailable       the same
 * @param krippendorffAlphaUnavailable            the same
 */
public record PanelAgreement(int expertCount, int candidateCount, boolean completeDesign, KendallsW kendallsW,
                             String kendallsWUnavailableReason, List<IntraclassCorrelation> intraclassCorrelations,
                             String intraclassCorrelationsUnavailableReason, Double krippendorffAlpha,
                             String krippendorffAlphaUnavailableReason, Unavailable kendallsWUnavailable,
                             Unavailable intraclassCorrelationsUnavailable, Unavailable krippendorffAlphaUnavailable) {

    public PanelAgreement {
        intraclassCorrelations = List.copyOf(intraclassCorrelations);
    }

    static PanelAgreement of(ScoreTable table) {
        int experts = table.expertIds().size();
        int candidates = table.candidateIds().size();
        int sheets = table.sheetCount();
        boolean complete = sheets == experts * candidates;

        List<double[]> units = new ArrayList<>();
        int pairableUnits = 0;
        for (String candidateId : table.candidateIds()) {
            double[] values = table.observationsOfCandidate(candidateId, Measure.TOTAL).stream()
                    .mapToDouble(Observation::points).toArray();
            units.add(values);
            pairableUnits += values.length >= 2 ? 1 : 0;
        }
        // With a single candidate the expected disagreement is the observed one and alpha is 0 up to rounding
        // (−2.2e-16): a number that measures nothing, so it is not reported.
        OptionalDouble alpha = pairableUnits < 2 ? OptionalDouble.empty() : KrippendorffAlpha.interval(units);
        Unavailable alphaCode = alpha.isPresent() ? null
                : pairableUnits < 2 ? Unavailable.TOO_FEW_CANDIDATES : Unavailable.NO_VARIATION;
        String alphaReason = alphaCode == null ? null : alphaCode == Unavailable.TOO_FEW_CANDIDATES
                ? "not defined: needs at least 2 candidates with two or more sheets each, has " + pairableUnits
                : "not defined: every comparable total is equal";

        Unavailable blocksCode = completeBlocksCode(experts, candidates, complete);
        if (blocksCode != null) {
            String blocksReason = "not applicable: " + completeBlocksReason(experts, candidates, sheets, complete);
            return new PanelAgreement(experts, candidates, complete, null, blocksReason, List.of(), blocksReason,
                    boxed(alpha), alphaReason, blocksCode, blocksCode, alphaCode);
        }
        // Rows in candidate order, columns in expert order: both fixed by id, not by input order.
        double[][] byCandidate = new double[candidates][experts];
        double[][] byExpert = new double[experts][candidates];
        for (int c = 0; c < candidates; c++) {
            List<Observation> sheetsOfCandidate =
                    table.observationsOfCandidate(table.candidateIds().get(c), Measure.TOTAL);
            for (int e = 0; e < experts; e++) {
                double total = sheetsOfCandidate.get(e).points();
                byCandidate[c][e] = total;
                byExpert[e][c] = total;
            }
        }
        var w = KendallsW.compute(byExpert);
        List<IntraclassCorrelation> iccs = IntraclassCorrelations.compute(byCandidate);
        boolean iccsDefined = iccs.stream().anyMatch(icc -> icc.value() != null);
        return new PanelAgreement(experts, candidates, true, w.orElse(null),
                w.isPresent() ? null : "not defined: every expert gave every candidate the same total",
                iccsDefined ? iccs : List.of(), iccsDefined ? null : "not defined: the totals do not vary",
                boxed(alpha), alphaReason, w.isPresent() ? null : Unavailable.NO_VARIATION,
                iccsDefined ? null : Unavailable.NO_VARIATION, alphaCode);
    }

    private static Unavailable completeBlocksCode(int experts, int candidates, boolean complete) {
        return experts < 2 ? Unavailable.TOO_FEW_EXPERTS : candidates < 2 ? Unavailable.TOO_FEW_CANDIDATES
                : !complete ? Unavailable.INCOMPLETE_DESIGN : null;
    }

    private static String completeBlocksReason(int experts, int candidates, int sheets, boolean complete) {
        if (experts < 2) {
            return "needs at least 2 experts, has " + experts;
        }
        if (candidates < 2) {
            return "needs at least 2 candidates, has " + candidates;
        }
        if (!complete) {
            return "incomplete design: " + (experts * candidates - sheets) + " of " + experts * candidates
                    + " expert–candidate pairs have no sheet; needs every expert to score every candidate";
        }
        return null;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
