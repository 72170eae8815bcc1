package org.craftrank.ranking.engine;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one expert scores compared with the rest of the panel. The yardstick for each of the expert's sheets is the
 * leave-one-out consensus: the mean of the <em>other</em> experts' totals for the same candidate (the expert's own
 * total would pull the yardstick towards itself). Sheets for candidates nobody else scored are not compared.
 * <ul>
 *   <li><b>Leniency</b>: the mean of (own total − consensus), with a one-sample t test against 0
 *       ({@code t = mean / (sd / √m)}, m − 1 degrees of freedom, two-sided p from commons-math's t distribution).
 *       Flagged LENIENT / SEVERE when {@code |t| > }{@value #LENIENCY_T_THRESHOLD} <em>and</em>
 *       {@code p < }{@value #LENIENCY_P_THRESHOLD}: the p-value guards small samples where |t| &gt; 2 means little,
 *       the t threshold guards large samples where a trivial offset becomes "significant". When all m ≥ 3
 *       deviations are identical and non-zero, t is unbounded; it is reported as null and the expert flagged.</li>
 *   <li><b>Consistency</b>: Spearman's rank correlation (average ranks for ties) between own totals and the
 *       consensus over the compared candidates; needs at least 3 and some spread on both sides. Flagged
 *       INCONSISTENT below {@value #CONSISTENCY_THRESHOLD}: the expert orders candidates barely like the
 *       others.</li>
 * </ul>
 *
 * @param expertId        the expert
 * @param sheetCount      sheets submitted
 * @param comparedSheets  sheets for candidates that at least one other expert scored
 * @param leniency        mean deviation from the consensus in points; null when nothing was compared
 * @param leniencyT       one-sample t statistic; null when undefined (fewer than 2 compared, or no variation)
 * @param leniencyPValue  two-sided p-value of {@code leniencyT}
 * @param consistency     Spearman correlation with the consensus; null when undefined
 * @param flags           see {@link ExpertFlag}
 * @param notes           why a statistic is missing, for a reader
 */
public record ExpertDiagnostics(String expertId, int sheetCount, int comparedSheets, Double leniency,
                                Double leniencyT, Double leniencyPValue, Double consistency, Set<ExpertFlag> flags,
                                List<String> notes) {

    public static final double LENIENCY_T_THRESHOLD = 2.0;
    public static final double LENIENCY_P_THRESHOLD = 0.05;
    public static final double CONSISTENCY_THRESHOLD = 0.3;
    static final int MINIMUM_FOR_CONSISTENCY = 3;

    public ExpertDiagnostics {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        notes = List.copyOf(notes);
    }

    /**
     * @param sheets         the expert's sheets
     * @param totalOfAll     per candidate, the exact sum of every expert's total, in the table's units
     * @param sheetsOfAll    per candidate, the number of sheets
     */
    static ExpertDiagnostics of(ScoreTable table, String expertId, List<Observation> sheets,
                                Map<String, Long> totalOfAll, Map<String, Integer> sheetsOfAll) {
        List<Double> own = new ArrayList<>();
        List<Double> consensus = new ArrayList<>();
        for (Observation sheet : sheets) {
            int others = sheetsOfAll.get(sheet.candidateId()) - 1;
            if (others < 1) {
                continue;
            }
            own.add(sheet.points());
            // Exact until the division, so candidates whose other experts agree get identical consensus values.
            long othersTotal = totalOfAll.get(sheet.candidateId()) - sheet.units();
            consensus.add(table.exact(othersTotal, others).doubleValue());
        }
        int m = own.size();
        Set<ExpertFlag> flags = EnumSet.noneOf(ExpertFlag.class);
        List<String> notes = new ArrayList<>();
        if (m == 0) {
            notes.add("no candidate of this expert was scored by another expert");
            return new ExpertDiagnostics(expertId, sheets.size(), 0, null, null, null, null, flags, notes);
        }
        double[] deviations = new double[m];
        for (int i = 0; i < m; i++) {
            deviations[i] = own.get(i) - consensus.get(i);
        }
        double leniency = new Mean().evaluate(deviations);
        Double t = null;
        Double p = null;
        if (m < 2) {
            notes.add("leniency t test needs at least 2 compared sheets, has 1");
        } else {
            double sd = new StandardDeviation().evaluate(deviations);
            if (sd > 0) {
                t = leniency / (sd / Math.sqrt(m));
                p = 2 * new TDistribution(m - 1).cumulativeProbability(-Math.abs(t));
                if (Math.abs(t) > LENIENCY_T_THRESHOLD && p < LENIENCY_P_THRESHOLD) {
                    flags.add(t > 0 ? ExpertFlag.LENIENT : ExpertFlag.SEVERE);
                }
            } else {
                notes.add("every deviation from the consensus is the same; the t statistic is undefined");
                if (m >= 3 && leniency != 0) {
                    flags.add(leniency > 0 ? ExpertFlag.LENIENT : ExpertFlag.SEVERE);
                }
            }
        }
        Double consistency = consistency(own, consensus, notes);
        if (consistency != null && consistency < CONSISTENCY_THRESHOLD) {
            flags.add(ExpertFlag.INCONSISTENT);
        }
        return new ExpertDiagnostics(expertId, sheets.size(), m, leniency, t, p, consistency, flags, notes);
    }

    private static Double consistency(List<Double> own, List<Double> consensus, List<String> notes) {
        if (own.size() < MINIMUM_FOR_CONSISTENCY) {
            notes.add("consistency needs at least " + MINIMUM_FOR_CONSISTENCY + " compared sheets, has "
                    + own.size());
            return null;
        }
        if (allEqual(own) || allEqual(consensus)) {
            notes.add("consistency is undefined: no spread in the totals being correlated");
            return null;
        }
        SpearmansCorrelation spearman =
                new SpearmansCorrelation(new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE));
        return spearman.correlation(own.stream().mapToDouble(Double::doubleValue).toArray(),
                consensus.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static boolean allEqual(List<Double> values) {
        return values.stream().distinct().count() == 1;
    }
}
