package org.craftrank.ranking.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test data: sheets written compactly. */
final class Sheets {

    static final List<String> CAPABILITIES = List.of("ART", "INN", "PRAC", "SKILL", "TEACH");

    private Sheets() {
    }

    /** A sheet with a total and no capability totals. */
    static SheetScore sheet(String expertId, String candidateId, String total) {
        return SheetScore.ofDecimals(expertId, candidateId, new BigDecimal(total), Map.of());
    }

    /** A sheet with capability totals given as code, value, code, value, … */
    static SheetScore sheet(String expertId, String candidateId, String total, String... capabilityPairs) {
        Map<String, BigDecimal> capabilities = new LinkedHashMap<>();
        for (int i = 0; i < capabilityPairs.length; i += 2) {
            capabilities.put(capabilityPairs[i], new BigDecimal(capabilityPairs[i + 1]));
        }
        return SheetScore.ofDecimals(expertId, candidateId, new BigDecimal(total), capabilities);
    }

    /**
     * Sheets from a table: {@code rows[i][j]} is expert j's total for candidate i, {@code null} for no sheet.
     * Candidates are named C1, C2, …, experts E1, E2, ….
     */
    static List<SheetScore> table(String[][] rows) {
        List<SheetScore> sheets = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                if (rows[i][j] != null) {
                    sheets.add(sheet("E" + (j + 1), "C" + (i + 1), rows[i][j]));
                }
            }
        }
        return sheets;
    }

    static List<SheetScore> table(double[][] rows) {
        String[][] text = new String[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            text[i] = new String[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                text[i][j] = Double.isNaN(rows[i][j]) ? null : BigDecimal.valueOf(rows[i][j]).toPlainString();
            }
        }
        return table(text);
    }

    /**
     * A random campaign: each candidate scored by {@code perCandidate} of the {@code experts} experts (a rotating
     * window, so the design is connected), totals with two decimals, five capability totals summing to the total.
     * Every expert has a personal offset, so the methods disagree.
     */
    static List<SheetScore> randomCampaign(Random random, int candidates, int experts, int perCandidate) {
        double[] offset = new double[experts];
        for (int e = 0; e < experts; e++) {
            offset[e] = random.nextGaussian() * 4;
        }
        List<SheetScore> sheets = new ArrayList<>(candidates * perCandidate);
        for (int c = 0; c < candidates; c++) {
            double quality = 60 + random.nextDouble() * 35;
            for (int k = 0; k < perCandidate; k++) {
                int e = (c + k) % experts;
                Map<String, BigDecimal> capabilities = new LinkedHashMap<>();
                BigDecimal total = BigDecimal.ZERO;
                for (String code : CAPABILITIES) {
                    double value = Math.max(0, (quality + offset[e]) / 5 + random.nextGaussian());
                    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
                    capabilities.put(code, rounded);
                    total = total.add(rounded);
                }
                sheets.add(SheetScore.ofDecimals("E" + (e + 1), "C" + (c + 1), total, capabilities));
            }
        }
        return sheets;
    }

    static List<SheetScore> shuffled(List<SheetScore> sheets, Random random) {
        List<SheetScore> copy = new ArrayList<>(sheets);
        Collections.shuffle(copy, random);
        return copy;
    }
}
