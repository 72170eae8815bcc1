package org.craftrank.ranking.engine;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import java.util.ArrayList;
import java.util.Arrays;
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
 *       {@code p < }{@value #LENIENCY_P_THRESHOLD} <em>and</em> the mean deviation exceeds the campaign's practical
 *       margin (default half a scale step): with a few hundred sheets an offset of 0.23 points has p &lt; 0.001, yet
 *       it changes no decision, so significance alone flags nearly everyone. When all m ≥ 3 deviations are
 *       identical and beyond the margin, t is unbounded; it is reported as null and the expert flagged.</li>
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
 * @param notes           why a statistic is missing or a flag withheld, in English for API clients
 * @param noteCodes       the same as codes, for a page to word in the reader's language
 */
public record ExpertDiagnostics(String expertId, int sheetCount, int comparedSheets, Double leniency,
                                Double leniencyT, Double leniencyPValue, Double consistency, Set<ExpertFlag> flags,
                                List<String> notes, List<Note> noteCodes) {

    /** Why a statistic is missing or a flag withheld. */
    public enum Note {
        NO_SHARED_CANDIDATES, TOO_FEW_FOR_T_TEST, CONSTANT_DEVIATION, WITHIN_PRACTICAL_MARGIN,
        TOO_FEW_FOR_CONSISTENCY, NO_SPREAD_FOR_CONSISTENCY
    }

    public static final double LENIENCY_T_THRESHOLD = 2.0;
    public static final double LENIENCY_P_THRESHOLD = 0.05;
    public static final double CONSISTENCY_THRESHOLD = 0.3;
    static final int MINIMUM_FOR_CONSISTENCY = 3;

    public ExpertDiagnostics {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        notes = List.copyOf(notes);
        noteCodes = List.copyOf(noteCodes);
    }

    /**
     * @param sheets         the expert's sheets
     * @param totalOfAll     per candidate, the exact sum of every expert's total, in the table's units
     * @param sheetsOfAll    per candidate, the number of sheets
     * @param margin         smallest |mean deviation|, in points, that is flagged
     */
    static ExpertDiagnostics of(ScoreTable table, String expertId, List<Observation> sheets,
                                Map<String, Long> totalOfAll, Map<String, Integer> sheetsOfAll, double margin) {
        double[] own = new double[sheets.size()];
        double[] consensus = new double[sheets.size()];
        int m = 0;
        for (Observation sheet : sheets) {
            int others = sheetsOfAll.get(sheet.candidateId()) - 1;
            if (others < 1) {
                continue;
            }
            own[m] = sheet.points();
            // Exact until the one division (two whole numbers far below 2^53, so the quotient is the correctly
            // rounded value of the exact fraction): candidates whose other experts agree get identical consensus
            // values, without a fraction object per sheet.
            long othersTotal = totalOfAll.get(sheet.candidateId()) - sheet.units();
            consensus[m] = (double) othersTotal / ((double) others * table.denominator());
            m++;
        }
        own = Arrays.copyOf(own, m);
        consensus = Arrays.copyOf(consensus, m);
        Set<ExpertFlag> flags = EnumSet.noneOf(ExpertFlag.class);
        List<String> notes = new ArrayList<>();
        List<Note> codes = new ArrayList<>();
        if (m == 0) {
            notes.add("no candidate of this expert was scored by another expert");
            codes.add(Note.NO_SHARED_CANDIDATES);
            return new ExpertDiagnostics(expertId, sheets.size(), 0, null, null, null, null, flags, notes, codes);
        }
        double[] deviations = new double[m];
        for (int i = 0; i < m; i++) {
            deviations[i] = own[i] - consensus[i];
        }
        double leniency = new Mean().evaluate(deviations);
        Double t = null;
        Double p = null;
        boolean beyondMargin = Math.abs(leniency) > margin;
        if (m < 2) {
            notes.add("leniency t test needs at least 2 compared sheets, has 1");
            codes.add(Note.TOO_FEW_FOR_T_TEST);
        } else {
            double sd = new StandardDeviation().evaluate(deviations);
            boolean significant;
            if (sd > 0) {
                t = leniency / (sd / Math.sqrt(m));
                p = 2 * new TDistribution(m - 1).cumulativeProbability(-Math.abs(t));
                significant = Math.abs(t) > LENIENCY_T_THRESHOLD && p < LENIENCY_P_THRESHOLD;
            } else {
                notes.add("every deviation from the consensus is the same; the t statistic is undefined");
                codes.add(Note.CONSTANT_DEVIATION);
                significant = m >= 3 && leniency != 0;
            }
            if (significant && beyondMargin) {
                flags.add(leniency > 0 ? ExpertFlag.LENIENT : ExpertFlag.SEVERE);
            } else if (significant) {
                notes.add(String.format("the mean deviation %.2f is significant but within the practical margin of"
                        + " %s points; not flagged", leniency, Double.toString(margin)));
                codes.add(Note.WITHIN_PRACTICAL_MARGIN);
            }
        }
        Double consistency = consistency(own, consensus, notes, codes);
        if (consistency != null && consistency < CONSISTENCY_THRESHOLD) {
            flags.add(ExpertFlag.INCONSISTENT);
        }
        return new ExpertDiagnostics(expertId, sheets.size(), m, leniency, t, p, consistency, flags, notes, codes);
    }

    private static Double consistency(double[] own, double[] consensus, List<String> notes, List<Note> codes) {
        if (own.length < MINIMUM_FOR_CONSISTENCY) {
            notes.add("consistency needs at least " + MINIMUM_FOR_CONSISTENCY + " compared sheets, has "
                    + own.length);
            codes.add(Note.TOO_FEW_FOR_CONSISTENCY);
            return null;
        }
        if (allEqual(own) || allEqual(consensus)) {
            notes.add("consistency is undefined: no spread in the totals being correlated");
            codes.add(Note.NO_SPREAD_FOR_CONSISTENCY);
            return null;
        }
        return pearson(averageRanks(own), averageRanks(consensus));
    }

    /**
     * Spearman's rank correlation is Pearson's on the ranks; ties get the mean of the ranks they span (as
     * commons-math's {@code NaturalRanking} with {@code TiesStrategy.AVERAGE}). Written out here because the
     * library's version builds a matrix per call, and an expert of a 10,000-candidate panel has hundreds of sheets.
     */
    static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * Pearson's r accumulated exactly as commons-math's {@code PearsonsCorrelation} does (its
     * {@code SimpleRegression}: running means and centred sums updated point by point, r from the regression's
     * R²), so the figures match the library's to the last digit.
     */
    private static double pearson(double[] x, double[] y) {
        double meanX = x[0];
        double meanY = y[0];
        double sumXX = 0;
        double sumYY = 0;
        double sumXY = 0;
        for (int n = 1; n < x.length; n++) {
            double fact1 = 1.0 + n;
            double fact2 = n / (1.0 + n);
            double dx = x[n] - meanX;
            double dy = y[n] - meanY;
            sumXX += dx * dx * fact2;
            sumYY += dy * dy * fact2;
            sumXY += dx * dy * fact2;
            meanX += dx / fact1;
            meanY += dy / fact1;
        }
        double slope = Math.abs(sumXX) < 10 * Double.MIN_VALUE ? Double.NaN : sumXY / sumXX;
        double squaredErrors = Math.max(0d, sumYY - sumXY * sumXY / sumXX);
        double r = Math.sqrt((sumYY - squaredErrors) / sumYY);
        return slope < 0 ? -r : r;
    }

    private static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
