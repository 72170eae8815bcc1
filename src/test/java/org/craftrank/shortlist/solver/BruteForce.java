package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shortlist by exhaustive search, for small instances (up to about 20 eligible candidates): every subset of
 * the right size is checked against every constraint; the best total wins, equal totals go to the subset that is
 * lexicographically first in merit order. Written independently of the solver's model so the two can be compared.
 */
final class BruteForce {

    private BruteForce() {
    }

    static Optional<Set<String>> solve(ShortlistRequest request) {
        ShortlistConstraints constraints = request.constraints();
        List<ShortlistCandidate> eligible = new ArrayList<>();
        for (ShortlistCandidate c : request.candidates()) {
            if (c.hasScore() && !constraints.fixedExclusions().contains(c.code())
                    && !request.withdrawn().contains(c.code())) {
                eligible.add(c);
            }
        }
        eligible.sort(Comparator.comparing(ShortlistCandidate::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ShortlistCandidate::score, Comparator.reverseOrder())
                .thenComparing(ShortlistCandidate::code));
        Set<String> forced = new HashSet<>(constraints.fixedInclusions());
        forced.addAll(request.keptOnList());
        Set<String> eligibleCodes = new HashSet<>();
        eligible.forEach(c -> eligibleCodes.add(c.code()));
        if (!eligibleCodes.containsAll(forced)) {
            return Optional.empty();
        }
        int n = eligible.size();
        int places = Math.min(request.places(), n);
        int women = constraints.women() == null ? 0 : constraints.women().requiredFor(places);
        int young = constraints.young() == null ? 0 : constraints.young().requiredFor(places);

        long bestMask = -1;
        BigDecimal bestTotal = null;
        for (long mask = 0; mask < (1L << n); mask++) {
            if (Long.bitCount(mask) != places) {
                continue;
            }
            List<ShortlistCandidate> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1L << i)) != 0) {
                    chosen.add(eligible.get(i));
                }
            }
            if (!feasible(chosen, forced, constraints, women, young)) {
                continue;
            }
            BigDecimal total = chosen.stream().map(ShortlistCandidate::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            int cmp = bestTotal == null ? 1 : total.compareTo(bestTotal);
            if (cmp > 0 || (cmp == 0 && lexicographicallyBetter(mask, bestMask))) {
                bestMask = mask;
                bestTotal = total;
            }
        }
        if (bestTotal == null) {
            return Optional.empty();
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if ((bestMask & (1L << i)) != 0) {
                codes.add(eligible.get(i).code());
            }
        }
        return Optional.of(codes);
    }

    /** Bit i is the i-th in merit order: the first differing position decides. */
    private static boolean lexicographicallyBetter(long a, long b) {
        long differing = a ^ b;
        return (a & Long.lowestOneBit(differing)) != 0;
    }

    private static boolean feasible(List<ShortlistCandidate> chosen, Set<String> forced,
                                    ShortlistConstraints constraints, int women, int young) {
        Set<String> codes = new HashSet<>();
        chosen.forEach(c -> codes.add(c.code()));
        if (!codes.containsAll(forced)) {
            return false;
        }
        if (!withinCaps(chosen, constraints.perUnit(), ShortlistCandidate::unitKey)
                || !withinCaps(chosen, constraints.perIndustry(), ShortlistCandidate::industryKey)
                || !withinCaps(chosen, constraints.perGroup(), ShortlistCandidate::groupKey)) {
            return false;
        }
        return chosen.stream().filter(c -> Boolean.TRUE.equals(c.woman())).count() >= women
                && chosen.stream().filter(c -> Boolean.TRUE.equals(c.young())).count() >= young;
    }

    private static boolean withinCaps(List<ShortlistCandidate> chosen, CapRule rule,
                                      java.util.function.Function<ShortlistCandidate, String> key) {
        if (rule == null) {
            return true;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ShortlistCandidate c : chosen) {
            String k = key.apply(c);
            if (k != null) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            Integer cap = rule.capFor(count.getKey());
            if (cap != null && count.getValue() > cap) {
                return false;
            }
        }
        return true;
    }
}
