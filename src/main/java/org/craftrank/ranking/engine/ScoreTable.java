package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final Map<String, List<Row>> sheetsByCandidate;
    private final Map<String, List<Row>> sheetsByExpert;
    private final List<String> capabilityCodes;
    private final long denominator;
    /** Per measure, per candidate (resp. expert), the observations in expert (resp. candidate) id order. */
    private final Map<Measure, Map<String, List<Observation>>> byCandidate = new HashMap<>();
    private final Map<Measure, Map<String, List<Observation>>> byExpert = new HashMap<>();

    /**
     * A sheet with its values converted to units once: {@code units[0]} the total, {@code units[1 + i]} the
     * capability {@code capabilityCodes[i]}, {@link #MISSING} where the sheet has none.
     */
    private record Row(String expertId, String candidateId, long[] units) {
    }

    private static final long MISSING = Long.MIN_VALUE;

    private ScoreTable(Map<String, List<Row>> sheetsByCandidate, Map<String, List<Row>> sheetsByExpert,
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
    static ScoreTable of(Collection<SheetScore> sheets) {
        TreeSet<String> codes = new TreeSet<>();
        BigInteger lcm = BigInteger.ONE;
        for (SheetScore sheet : sheets) {
            codes.addAll(sheet.capabilityTotals().keySet());
            lcm = lcm(lcm, sheet.total().getDenominator());
            for (BigFraction value : sheet.capabilityTotals().values()) {
                lcm = lcm(lcm, value.getDenominator());
            }
        }
        long denominator = fitting(lcm, "the common denominator of the totals");
        List<String> capabilityCodes = List.copyOf(codes);

        Map<String, List<Row>> byCandidate = new HashMap<>();
        Map<String, List<Row>> byExpert = new HashMap<>();
        for (SheetScore sheet : sheets) {
            long[] units = new long[1 + capabilityCodes.size()];
            Arrays.fill(units, MISSING);
            units[0] = units(sheet.total(), denominator);
            int i = 0;
            // Both in code order, so one walk pairs them without a lookup per code.
            for (Map.Entry<String, BigFraction> capability : sheet.capabilityTotals().entrySet()) {
                while (!capabilityCodes.get(i).equals(capability.getKey())) {
                    i++;
                }
                units[1 + i] = units(capability.getValue(), denominator);
            }
            Row row = new Row(sheet.expertId(), sheet.candidateId(), units);
            byCandidate.computeIfAbsent(sheet.candidateId(), id -> new ArrayList<>(16)).add(row);
            byExpert.computeIfAbsent(sheet.expertId(), id -> new ArrayList<>()).add(row);
        }
        Map<String, List<Row>> candidates = sortedIndex(byCandidate, Comparator.comparing(Row::expertId,
                IdOrder.NATURAL));
        candidates.forEach(ScoreTable::refuseDuplicateSheets);
        return new ScoreTable(candidates, sortedIndex(byExpert, Comparator.comparing(Row::candidateId,
                IdOrder.NATURAL)), capabilityCodes, denominator);
    }

    /**
     * The least common multiple; a model has a handful of denominators, each dividing the running lcm after its
     * first sheet, so nearly every call is one remainder of small numbers.
     */
    private static BigInteger lcm(BigInteger lcm, BigInteger d) {
        return lcm.mod(d).signum() == 0 ? lcm : lcm.divide(lcm.gcd(d)).multiply(d);
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

    private static long units(BigFraction value, long denominator) {
        BigInteger numerator = value.getNumerator();
        BigInteger den = value.getDenominator();
        if (numerator.bitLength() < 63 && den.bitLength() < 63) {
            // The common case, in longs: the value's denominator divides the common one exactly.
            return Math.multiplyExact(numerator.longValue(), denominator / den.longValue());
        }
        BigInteger scaled = numerator.multiply(BigInteger.valueOf(denominator)).divide(den);
        return fitting(scaled.abs(), "a value in units of 1/" + denominator) * scaled.signum();
    }

    private static Map<String, List<Row>> sortedIndex(Map<String, List<Row>> index, Comparator<Row> within) {
        Map<String, List<Row>> sorted = new LinkedHashMap<>();
        index.keySet().stream().sorted(IdOrder.NATURAL).forEach(id -> {
            List<Row> list = index.get(id);
            list.sort(within);
            sorted.put(id, Collections.unmodifiableList(list));
        });
        return sorted;
    }

    private static void refuseDuplicateSheets(String candidateId, List<Row> sheetsInExpertOrder) {
        for (int i = 1; i < sheetsInExpertOrder.size(); i++) {
            if (sheetsInExpertOrder.get(i).expertId().equals(sheetsInExpertOrder.get(i - 1).expertId())) {
                throw new IllegalArgumentException("expert " + sheetsInExpertOrder.get(i).expertId()
                        + " has more than one sheet for candidate " + candidateId);
            }
        }
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
            int column = column(m);
            sheetsByExpert.forEach((id, sheets) -> index.put(id, observations(sheets, column)));
            return index;
        });
        return ofExpert.getOrDefault(expertId, List.of());
    }

    private Map<String, List<Observation>> index(Map<String, List<Row>> sheets, Measure measure) {
        int column = column(measure);
        Map<String, List<Observation>> index = new HashMap<>();
        sheets.forEach((id, ofId) -> index.put(id, observations(ofId, column)));
        return index;
    }

    private int column(Measure measure) {
        if (measure.isTotal()) {
            return 0;
        }
        int i = Collections.binarySearch(capabilityCodes, measure.capabilityCode());
        return i < 0 ? -1 : 1 + i;
    }

    private List<Observation> observations(List<Row> sheets, int column) {
        if (column < 0) {
            return List.of();
        }
        List<Observation> result = new ArrayList<>(sheets.size());
        for (Row sheet : sheets) {
            long units = sheet.units()[column];
            if (units != MISSING) {
                result.add(new Observation(sheet.expertId(), sheet.candidateId(), units,
                        (double) units / denominator));
            }
        }
        return Collections.unmodifiableList(result);
    }
}
