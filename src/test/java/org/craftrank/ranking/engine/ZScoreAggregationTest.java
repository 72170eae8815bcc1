package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.craftrank.ranking.engine.Sheets.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZScoreAggregationTest {

    /**
     * Three experts with different personal scales score A, B, C. Every candidate's mean is 76.67 — MEAN sees a
     * three-way tie — but two of the three experts put A first and C last.
     * <pre>
     *            A    B    C    expert mean   expert SD   z(A) z(B) z(C)
     *   E1      80   70   60        70           10         1    0   −1
     *   E2      90   85   80        85            5         1    0   −1
     *   E3      60   75   90        75           15        −1    0    1
     *   mean z                                            1/3    0  −1/3
     * </pre>
     * Panel: the nine totals have mean 690/9 = 76.6666… and sample SD √(1050/8) = √131.25 = 11.4564392374.
     * Scores: 76.6666… + 11.4564392374 × (1/3, 0, −1/3) = 80.485479746, 76.666666667, 72.847853588.
     */
    private static final List<SheetScore> THREE_SCALES = List.of(
            sheet("E1", "A", "80"), sheet("E1", "B", "70"), sheet("E1", "C", "60"),
            sheet("E2", "A", "90"), sheet("E2", "B", "85"), sheet("E2", "C", "80"),
            sheet("E3", "A", "60"), sheet("E3", "B", "75"), sheet("E3", "C", "90"));

    @Test
    void eachExpertsScaleIsRemovedAndTheMeanZIsPutBackOnThePanelScale() {
        Ranking ranking = RankingEngine.rank(THREE_SCALES, RankingRequest.of(AggregationMethod.Z_SCORE));

        assertEquals(new BigDecimal("80.4854797460"), ranking.entry("A").score());
        assertEquals(new BigDecimal("76.6666666670"), ranking.entry("B").score());
        assertEquals(new BigDecimal("72.8478535880"), ranking.entry("C").score());
        assertEquals(List.of("A", "B", "C"), ranking.entries().stream().map(RankingEntry::candidateId).toList());
        assertTrue(ranking.excludedExperts().isEmpty());
    }

    @Test
    void expertsWithoutAUsableScaleAreExcludedAndNamed() {
        // E4 scored only two candidates; E5 gave everyone 70. Neither is standardised. The panel scale now has
        // 14 totals: mean 77.6428571429, sample SD 11.7578591907, so A, B, C get
        // 77.6428571429 + 11.7578591907 × (1/3, 0, −1/3) = 81.562143540, 77.642857143, 73.723570746.
        // D was scored only by E4: its exact raw mean, 88, stands in.
        List<SheetScore> sheets = new ArrayList<>(THREE_SCALES);
        sheets.addAll(List.of(sheet("E4", "A", "99"), sheet("E4", "D", "88"),
                sheet("E5", "A", "70"), sheet("E5", "B", "70"), sheet("E5", "C", "70")));

        Ranking ranking = RankingEngine.rank(sheets, RankingRequest.of(AggregationMethod.Z_SCORE));

        assertEquals(List.of(new ExpertExclusion("E4", "TOTAL", "fewer than 3 sheets (2)"),
                new ExpertExclusion("E5", "TOTAL", "no spread: every value is 70")), ranking.excludedExperts());
        assertEquals(new BigDecimal("81.5621435400"), ranking.entry("A").score());
        assertEquals(new BigDecimal("77.6428571430"), ranking.entry("B").score());
        assertEquals(new BigDecimal("73.7235707460"), ranking.entry("C").score());
        assertEquals(List.of("expert E4's TOTAL left out of the z-score average: fewer than 3 sheets (2)",
                "expert E5's TOTAL left out of the z-score average: no spread: every value is 70"),
                ranking.entry("A").explanation().notes());

        RankingEntry d = ranking.entry("D");
        assertEquals(new BigDecimal("88.0000000000"), d.score());
        assertTrue(d.flags().contains(EntryFlag.RAW_SCORE_FALLBACK));
        assertEquals(1, d.rank());
    }

    @Test
    void rescalingOneExpertLeavesTheRankingUnchanged() {
        Random random = new Random(7);
        for (int trial = 0; trial < 10; trial++) {
            List<SheetScore> sheets = Sheets.randomCampaign(random, 40, 7, 4);
            String rescaledExpert = "E" + (1 + random.nextInt(7));
            BigDecimal a = BigDecimal.valueOf(0.2 + random.nextDouble() * 3).setScale(3, java.math.RoundingMode.HALF_EVEN);
            BigDecimal b = BigDecimal.valueOf(random.nextGaussian() * 20).setScale(2, java.math.RoundingMode.HALF_EVEN);
            List<SheetScore> rescaled = sheets.stream().map(s -> !s.expertId().equals(rescaledExpert) ? s
                    : new SheetScore(s.expertId(), s.candidateId(), s.total().multiply(Decimals.exact(a)).add(Decimals.exact(b)),
                    s.capabilityTotals())).toList();

            Ranking before = RankingEngine.rank(sheets, RankingRequest.of(AggregationMethod.Z_SCORE));
            Ranking after = RankingEngine.rank(rescaled, RankingRequest.of(AggregationMethod.Z_SCORE));

            assertEquals(ranks(before), ranks(after), "x → " + a + "·x + " + b + " for " + rescaledExpert);
            // The displayed scores follow the panel's raw mean and SD, which include the rescaled expert's raw
            // totals, so they move — but all by one common affine map.
            double x1 = before.entries().get(0).score().doubleValue();
            double x2 = before.entries().get(before.entries().size() - 1).score().doubleValue();
            double y1 = after.entries().get(0).score().doubleValue();
            double y2 = after.entries().get(after.entries().size() - 1).score().doubleValue();
            double slope = (y2 - y1) / (x2 - x1);
            for (int i = 0; i < before.entries().size(); i++) {
                double expected = y1 + slope * (before.entries().get(i).score().doubleValue() - x1);
                assertEquals(expected, after.entries().get(i).score().doubleValue(), 1e-6);
            }
        }
    }

    private static List<String> ranks(Ranking ranking) {
        return ranking.entries().stream().map(e -> e.candidateId() + "#" + e.rank()).toList();
    }
}
