package org.craftrank.ranking.engine;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import java.util.ArrayList;
import java.util.List;

/**
 * How much the experts disagree about one candidate. Statistics, so computed in double.
 *
 * @param candidateId       the candidate
 * @param sheetCount        number of submitted sheets
 * @param standardDeviation sample SD of the totals; null for fewer than two sheets
 * @param range             highest minus lowest total
 * @param median            median total
 * @param outliers          totals with |modified z| &gt; 3.5 (Iglewicz &amp; Hoaglin)
 * @param spreadAboveThreshold the SD exceeds the campaign's threshold (a share of the scale's range, in points)
 * @param disagreement      SD above the campaign's threshold, or any outlier
 * @param reasons           why {@code disagreement} is set, in English for API clients (pages word the two
 *                          fields above)
 */
public record CandidateDiagnostics(String candidateId, int sheetCount, Double standardDeviation, double range,
                                   double median, List<OutlierScore> outliers, boolean spreadAboveThreshold,
                                   boolean disagreement, List<String> reasons) {

    public CandidateDiagnostics {
        outliers = List.copyOf(outliers);
        reasons = List.copyOf(reasons);
    }

    static CandidateDiagnostics of(ScoreTable table, String candidateId, List<Observation> sheets,
                                   double disagreementSdThreshold) {
        double[] totals = sheets.stream().mapToDouble(Observation::points).toArray();
        Double sd = totals.length < 2 ? null : new StandardDeviation().evaluate(totals);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double t : totals) {
            max = Math.max(max, t);
            min = Math.min(min, t);
        }
        double[] modifiedZ = ModifiedZScores.of(totals);
        List<OutlierScore> outliers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        boolean spreadAboveThreshold = sd != null && sd > disagreementSdThreshold;
        if (spreadAboveThreshold) {
            reasons.add(String.format("standard deviation %.2f exceeds the threshold %s", sd,
                    Double.toString(disagreementSdThreshold)));
        }
        for (int i = 0; i < totals.length; i++) {
            if (Math.abs(modifiedZ[i]) > ModifiedZScores.OUTLIER_THRESHOLD) {
                String expertId = sheets.get(i).expertId();
                outliers.add(new OutlierScore(expertId, totals[i], modifiedZ[i]));
                reasons.add(String.format("expert %s's total %s has modified z %.2f (beyond ±%s)", expertId,
                        Decimals.shown(table.exact(sheets.get(i).units())), modifiedZ[i], ModifiedZScores.OUTLIER_THRESHOLD));
            }
        }
        return new CandidateDiagnostics(candidateId, totals.length, sd, max - min,
                ModifiedZScores.median(totals), outliers, spreadAboveThreshold, !reasons.isEmpty(), reasons);
    }
}
