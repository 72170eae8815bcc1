package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // Dense indices first (one hash lookup per id per sheet), then every ordering on ints: the ids are sorted
        // once each (IdOrder), not once per comparison of two sheets.
        Map<String, Integer> expertIndex = new HashMap<>();
        Map<String, Integer> candidateIndex = new HashMap<>();
        java.util.HashSet<String> codes = new java.util.HashSet<>();
        Set<String> lastCodes = null;
        long lcm = 1;
        SheetScore[] all = sheets.toArray(new SheetScore[0]);
        int[] expertOf = new int[all.length];
        int[] candidateOf = new int[all.length];
        for (int s = 0; s < all.length; s++) {
            SheetScore sheet = all[s];
            Set<String> keys = sheet.capabilityTotals().keySet();
            if (keys != lastCodes) {
                codes.addAll(keys);
                lastCodes = keys;
            }
            lcm = lcm(lcm, sheet.total().getDenominator());
            for (BigFraction value : sheet.capabilityTotals().values()) {
                lcm = lcm(lcm, value.getDenominator());
            }
            expertOf[s] = expertIndex.computeIfAbsent(sheet.expertId(), id -> expertIndex.size());
            candidateOf[s] = candidateIndex.computeIfAbsent(sheet.candidateId(), id -> candidateIndex.size());
        }
        long denominator = lcm;
        List<String> capabilityCodes = codes.stream().sorted().toList();
        String[] expertIds = ordered(expertIndex);
        String[] candidateIds = ordered(candidateIndex);
        int[] expertRank = ranks(expertIndex, expertIds);
        int[] candidateRank = ranks(candidateIndex, candidateIds);

        long[][] units = new long[all.length][];
        for (int s = 0; s < all.length; s++) {
            SheetScore sheet = all[s];
            long[] ofSheet = new long[1 + capabilityCodes.size()];
            Arrays.fill(ofSheet, MISSING);
            ofSheet[0] = units(sheet.total(), denominator);
            int i = 0;
            // Both in code order, so one walk pairs them without a lookup per code.
            for (Map.Entry<String, BigFraction> capability : sheet.capabilityTotals().entrySet()) {
                while (!capabilityCodes.get(i).equals(capability.getKey())) {
                    i++;
                }
                ofSheet[1 + i] = units(capability.getValue(), denominator);
            }
            units[s] = ofSheet;
        }
        return build(expertIds, candidateIds, expertRank, candidateRank, expertOf, candidateOf, units,
                capabilityCodes, denominator);
    }

    /** The same table from columns: no fraction objects, every value brought to the common unit in longs. */
    static ScoreTable of(ExactSheets sheets) {
        int n = sheets.size();
        int capabilities = sheets.capabilityCodes().size();
        long lcm = 1;
        for (int i = 0; i < n; i++) {
            lcm = lcm(lcm, sheets.totalDenominators()[i]);
        }
        for (int k = 0; k < capabilities; k++) {
            long[] dens = sheets.capabilityDenominators()[k];
            for (int i = 0; i < n; i++) {
                if (dens[i] != 0) {
                    lcm = lcm(lcm, dens[i]);
                }
            }
        }
        long denominator = lcm;
        long[][] units = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] ofSheet = new long[1 + capabilities];
            ofSheet[0] = units(sheets.totalNumerators()[i], sheets.totalDenominators()[i], denominator);
            for (int k = 0; k < capabilities; k++) {
                long den = sheets.capabilityDenominators()[k][i];
                ofSheet[1 + k] = den == 0 ? MISSING : units(sheets.capabilityNumerators()[k][i], den, denominator);
            }
            units[i] = ofSheet;
        }
        Map<String, Integer> expertIndex = index(sheets.expertIds());
        Map<String, Integer> candidateIndex = index(sheets.candidateIds());
        String[] expertIds = ordered(expertIndex);
        String[] candidateIds = ordered(candidateIndex);
        return build(expertIds, candidateIds, ranks(expertIndex, expertIds), ranks(candidateIndex, candidateIds),
                sheets.expert(), sheets.candidate(), units, sheets.capabilityCodes(), denominator);
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (index.put(ids[i], i) != null) {
                throw new IllegalArgumentException("id " + ids[i] + " is listed twice");
            }
        }
        return index;
    }

    private static long lcm(long lcm, long den) {
        if (den <= 0) {
            throw new IllegalArgumentException("a denominator must be positive, was " + den);
        }
        return lcm % den == 0 ? lcm : lcm(lcm, BigInteger.valueOf(den));
    }

    /** {@code numerator / den} in units of {@code 1/denominator}; {@code den} divides {@code denominator}. */
    private static long units(long numerator, long den, long denominator) {
        return Math.multiplyExact(numerator, denominator / den);
    }

    private static ScoreTable build(String[] expertIds, String[] candidateIds, int[] expertRank, int[] candidateRank,
                                    int[] expertOf, int[] candidateOf, long[][] units, List<String> capabilityCodes,
                                    long denominator) {
        Row[] rows = new Row[units.length];
        Integer[] order = new Integer[units.length];
        for (int s = 0; s < units.length; s++) {
            rows[s] = new Row(expertIds[expertRank[expertOf[s]]], candidateIds[candidateRank[candidateOf[s]]],
                    units[s]);
            order[s] = s;
        }
        // By candidate, then expert: the candidate index in id order, each list in expert id order.
        Arrays.sort(order, (a, b) -> {
            int byCandidate = Integer.compare(candidateRank[candidateOf[a]], candidateRank[candidateOf[b]]);
            return byCandidate != 0 ? byCandidate : Integer.compare(expertRank[expertOf[a]], expertRank[expertOf[b]]);
        });
        Map<String, List<Row>> candidates = new LinkedHashMap<>();
        for (int k = 0; k < order.length; ) {
            int first = k;
            int candidate = candidateRank[candidateOf[order[k]]];
            List<Row> list = new ArrayList<>(16);
            while (k < order.length && candidateRank[candidateOf[order[k]]] == candidate) {
                int s = order[k];
                if (k > first && expertRank[expertOf[s]] == expertRank[expertOf[order[k - 1]]]) {
                    throw new IllegalArgumentException("expert " + rows[s].expertId()
                            + " has more than one sheet for candidate " + rows[s].candidateId());
                }
                list.add(rows[s]);
                k++;
            }
            candidates.put(candidateIds[candidate], Collections.unmodifiableList(list));
        }
        Arrays.sort(order, (a, b) -> {
            int byExpert = Integer.compare(expertRank[expertOf[a]], expertRank[expertOf[b]]);
            return byExpert != 0 ? byExpert : Integer.compare(candidateRank[candidateOf[a]],
                    candidateRank[candidateOf[b]]);
        });
        Map<String, List<Row>> experts = new LinkedHashMap<>();
        for (int k = 0; k < order.length; ) {
            int expert = expertRank[expertOf[order[k]]];
            List<Row> list = new ArrayList<>();
            while (k < order.length && expertRank[expertOf[order[k]]] == expert) {
                list.add(rows[order[k]]);
                k++;
            }
            experts.put(expertIds[expert], Collections.unmodifiableList(list));
        }
        return new ScoreTable(candidates, experts, capabilityCodes, denominator);
    }

    /** The ids of an index in {@link IdOrder#NATURAL}. */
    private static String[] ordered(Map<String, Integer> index) {
        String[] ids = index.keySet().toArray(new String[0]);
        Arrays.sort(ids, IdOrder.NATURAL);
        return ids;
    }

    /** For each dense index, the position of its id in {@code ordered}. */
    private static int[] ranks(Map<String, Integer> index, String[] ordered) {
        int[] ranks = new int[ordered.length];
        for (int r = 0; r < ordered.length; r++) {
            ranks[index.get(ordered[r])] = r;
        }
        return ranks;
    }

    /**
     * The least common multiple; a model has a handful of denominators, each dividing the running lcm after its
     * first sheet, so nearly every call is one remainder of two longs.
     */
    private static long lcm(long lcm, BigInteger d) {
        if (d.bitLength() < 63) {
            long den = d.longValue();
            if (lcm % den == 0) {
                return lcm;
            }
            BigInteger wide = BigInteger.valueOf(lcm);
            return fitting(wide.divide(wide.gcd(d)).multiply(d), "the common denominator of the totals");
        }
        throw new ArithmeticException("the common denominator of the totals is too large for exact integer "
                + "arithmetic: " + d);
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

    /**
     * The candidate's values for one measure in units, in expert id order, read straight from its sheets: for
     * the callers that need the numbers only (a mean, a median, a spread), without an observation object per
     * value or the per-measure index {@link #observationsOfCandidate} builds.
     */
    long[] unitsOfCandidate(String candidateId, Measure measure) {
        List<Row> sheets = sheetsByCandidate.get(candidateId);
        int column = column(measure);
        if (sheets == null || column < 0) {
            return new long[0];
        }
        long[] units = new long[sheets.size()];
        int count = 0;
        for (Row sheet : sheets) {
            long value = sheet.units()[column];
            if (value != MISSING) {
                units[count++] = value;
            }
        }
        return count == units.length ? units : Arrays.copyOf(units, count);
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
