package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Submitted sheets column by column, as a database read hands them over: sheet {@code i} is expert
 * {@code expertIds[expert[i]]}'s sheet for candidate {@code candidateIds[candidate[i]]}, its exact total
 * {@code totalNumerators[i] / totalDenominators[i]}, and capability {@code capabilityCodes.get(k)} is
 * {@code capabilityNumerators[k][i] / capabilityDenominators[k][i]} (denominator 0: the sheet has none).
 * <p>
 * The same sheets as a list of {@link SheetScore}, without one object, fraction and map per sheet: the engine
 * turns these arrays into its integer units directly ({@code ScoreTable}), which is what lets a 10,000 × 9
 * campaign rank in a fraction of the time. Results are identical to ranking {@link #toSheetScores()}.
 * The arrays are not copied; callers hand them over and do not change them afterwards.
 */
public record ExactSheets(String[] expertIds, String[] candidateIds, int[] expert, int[] candidate,
                          long[] totalNumerators, long[] totalDenominators, List<String> capabilityCodes,
                          long[][] capabilityNumerators, long[][] capabilityDenominators) {

    public ExactSheets {
        Objects.requireNonNull(expertIds, "expertIds");
        Objects.requireNonNull(candidateIds, "candidateIds");
        int n = expert.length;
        if (candidate.length != n || totalNumerators.length != n || totalDenominators.length != n
                || capabilityNumerators.length != capabilityCodes.size()
                || capabilityDenominators.length != capabilityCodes.size()) {
            throw new IllegalArgumentException("the columns of the sheets differ in length");
        }
        for (int k = 0; k < capabilityCodes.size(); k++) {
            if (capabilityNumerators[k].length != n || capabilityDenominators[k].length != n) {
                throw new IllegalArgumentException("the capability columns differ in length from the sheets");
            }
            if (k > 0 && capabilityCodes.get(k - 1).compareTo(capabilityCodes.get(k)) >= 0) {
                throw new IllegalArgumentException("capability codes must be distinct and in order");
            }
        }
        for (int i = 0; i < n; i++) {
            if (totalDenominators[i] <= 0) {
                throw new IllegalArgumentException("sheet " + i + " has no positive total denominator");
            }
        }
        capabilityCodes = List.copyOf(capabilityCodes);
    }

    public int size() {
        return expert.length;
    }

    /** The same sheets one object each, for the callers that take a list (spread, tests). */
    public List<SheetScore> toSheetScores() {
        List<SheetScore> sheets = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            Map<String, BigFraction> capabilities = new TreeMap<>();
            for (int k = 0; k < capabilityCodes.size(); k++) {
                if (capabilityDenominators[k][i] != 0) {
                    capabilities.put(capabilityCodes.get(k),
                            BigFraction.of(capabilityNumerators[k][i], capabilityDenominators[k][i]));
                }
            }
            sheets.add(new SheetScore(expertIds[expert[i]], candidateIds[candidate[i]],
                    BigFraction.of(totalNumerators[i], totalDenominators[i]), capabilities));
        }
        return sheets;
    }
}
