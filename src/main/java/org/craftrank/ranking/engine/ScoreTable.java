package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sheets indexed by candidate and by expert, each list in id order. Everything downstream reads the sheets
 * through this table, which is why no result depends on the order the sheets were given in.
 * <p>
 * Every exact value is also written as an integer number of one common unit, {@code 1/denominator}, where the
 * denominator is the least common multiple of all the values' denominators (for a model with weights 1/5 and 1/3
 * on a 0.5 step it is at most 30). Sums, medians, trimming and comparisons are then {@code long} arithmetic — exact,
 * and an order of magnitude cheaper than adding fractions one by one; a fraction is formed once per result.
 */
final class ScoreTable {

    private final List<String> candidateIds;
    private final List<String> expertIds;
    private final Map<String, List<SheetTotals>> sheetsByCandidate;
    private final Map<String, List<SheetTotals>> sheetsByExpert;
    private final List<String> capabilityCodes;
    private final long denominator;
    /** Per measure, per candidate (resp. expert), the observations in expert (resp. candidate) id order. */
    private final Map<Measure, Map<String, List<Observation>>> byCandidate = new HashMap<>();
    private final Map<Measure, Map<String, List<Observation>>> byExpert = new HashMap<>();

    private ScoreTable(Map<String, List<SheetTotals>> sheetsByCandidate, Map<String, List<SheetTotals>> sheetsByExpert,
                       List<String> capabilityCodes, long denominator) {
        this.sheetsByCandidate = sheetsByCandidate;
        this.sheetsByExpert = sheetsByExpert;
        this.candidateIds = List.copyOf(sheetsByCandidate.keySet());
        this.expertIds = List.copyOf(sheetsByExpert.keySet());
        this.capabilityCodes = capabilityCodes;
        this.denominator = denominator;
    }

    /**
     * @throws IllegalArgumentException when an expert has two sheets for the same candidate
     */
    static ScoreTable of(Collection<SheetTotals> sheets) {
        Map<String, List<SheetTotals>> byCandidate = new HashMap<>();
        Map<String, List<SheetTotals>> byExpert = new HashMap<>();
        TreeSet<String> codes = new TreeSet<>();
        BigInteger lcm = BigInteger.ONE;
        for (SheetTotals sheet : sheets) {
            byCandidate.computeIfAbsent(sheet.candidateId(), id -> new ArrayList<>()).add(sheet);
            byExpert.computeIfAbsent(sheet.expertId(), id -> new ArrayList<>()).add(sheet);
            codes.addAll(sheet.capabilityTotals().keySet());
            lcm = lcm(lcm, sheet.total().getDenominator());
            for (BigFraction value : sheet.capabilityTotals().values()) {
                lcm = lcm(lcm, value.getDenominator());
            }
        }
        Comparator<SheetTotals> byExpertId = Comparator.comparing(SheetTotals::expertId, IdOrder.NATURAL);
        Comparator<SheetTotals> byCandidateId = Comparator.comparing(SheetTotals::candidateId, IdOrder.NATURAL);
        Map<String, List<SheetTotals>> candidates = sortedIndex(byCandidate, byExpertId);
        candidates.forEach(ScoreTable::refuseDuplicateSheets);
        return new ScoreTable(candidates, sortedIndex(byExpert, byCandidateId), List.copyOf(codes),
                fitting(lcm, "the common denominator of the totals"));
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.equals(b) || b.equals(BigInteger.ONE) ? a : a.divide(a.gcd(b)).multiply(b);
    }

    /**
     * Values must fit a long; sums use {@link Math#addExact}, so an overflow throws rather than wraps. Sheets of a
     * validated model have denominators of a few dozen and need a handful of bits; this guards against a
     * pathological input, never a real campaign.
     */
    private static long fitting(BigInteger value, String what) {
        if (value.bitLength() > 62) {
            throw new ArithmeticException(what + " is too large for exact integer arithmetic: " + value);
        }
        return value.longValueExact();
    }

    /** The common unit is {@code 1/denominator()}; every exact value is a whole number of units. */
    long denominator() {
        return denominator;
    }

    /** {@code units / denominator()}, exact. */
    BigFraction exact(long units) {
        return BigFraction.of(units, denominator);
    }

    /** {@code units / (count · denominator())}, exact: the mean of values that sum to {@code units}. */
    BigFraction exact(long units, int count) {
        return BigFraction.of(BigInteger.valueOf(units), BigInteger.valueOf(denominator).multiply(BigInteger.valueOf(count)));
    }

    private long units(BigFraction value) {
        BigInteger scaled = value.getNumerator().multiply(BigInteger.valueOf(denominator))
                .divide(value.getDenominator());
        return fitting(scaled.abs(), "a value in units of 1/" + denominator) * scaled.signum();
    }

    private static Map<String, List<SheetTotals>> sortedIndex(Map<String, List<SheetTotals>> index,
                                                              Comparator<SheetTotals> within) {
        Map<String, List<SheetTotals>> sorted = new LinkedHashMap<>();
        index.keySet().stream().sorted(IdOrder.NATURAL).forEach(id -> {
            List<SheetTotals> list = index.get(id);
            list.sort(within);
            sorted.put(id, Collections.unmodifiableList(list));
        });
        return sorted;
    }

    private static void refuseDuplicateSheets(String candidateId, List<SheetTotals> sheetsInExpertOrder) {
        for (int i = 1; i < sheetsInExpertOrder.size(); i++) {
            if (sheetsInExpertOrder.get(i).expertId().equals(sheetsInExpertOrder.get(i - 1).expertId())) {
                throw new IllegalArgumentException("expert " + sheetsInExpertOrder.get(i).expertId()
                        + " has more than one sheet for candidate " + candidateId);
            }
        }
    }

    List<String> candidateIds() {
        return candidateIds;
    }

    List<String> expertIds() {
        return expertIds;
    }

    List<String> capabilityCodes() {
        return capabilityCodes;
    }

    int sheetCount() {
        return sheetsByCandidate.values().stream().mapToInt(List::size).sum();
    }

    /** The candidate's values for one measure, in expert id order; sheets without that measure are skipped. */
    List<Observation> observationsOfCandidate(String candidateId, Measure measure) {
        return byCandidate.computeIfAbsent(measure, m -> index(sheetsByCandidate, m))
                .getOrDefault(candidateId, List.of());
    }

    /** The expert's values for one measure, in candidate id order. */
    List<Observation> observationsOfExpert(String expertId, Measure measure) {
        Map<String, List<Observation>> ofExpert = byExpert.computeIfAbsent(measure, m -> {
            Map<String, List<Observation>> index = new HashMap<>();
            sheetsByExpert.forEach((id, sheets) -> index.put(id, observations(sheets, m)));
            return index;
        });
        return ofExpert.getOrDefault(expertId, List.of());
    }

    private Map<String, List<Observation>> index(Map<String, List<SheetTotals>> sheets, Measure measure) {
        Map<String, List<Observation>> index = new HashMap<>();
        sheets.forEach((id, ofId) -> index.put(id, observations(ofId, measure)));
        return index;
    }

    private List<Observation> observations(List<SheetTotals> sheets, Measure measure) {
        List<Observation> result = new ArrayList<>(sheets.size());
        for (SheetTotals sheet : sheets) {
            BigFraction value = measure.valueOf(sheet);
            if (value != null) {
                long units = units(value);
                result.add(new Observation(sheet.expertId(), sheet.candidateId(), units,
                        (double) units / denominator));
            }
        }
        return Collections.unmodifiableList(result);
    }
}
