package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random rankings and constraints from a seeded {@link Random}, for cross-checks. */
final class RandomInstances {

    private RandomInstances() {
    }

    /**
     * Candidates with scores on a coarse grid (so ties are common), competition ranks, the given numbers of units,
     * industries and groups (a few keys missing), and some unknown genders and ages.
     */
    static List<ShortlistCandidate> candidates(Random random, int n, int scoreSteps, String scoreStep, int units,
                                               int industries, int groups, double noScore) {
        List<ShortlistCandidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String score = random.nextDouble() < noScore ? null
                    : new BigDecimal(scoreStep).multiply(BigDecimal.valueOf(50 + random.nextInt(scoreSteps))).toPlainString();
            list.add(Fixtures.candidate(String.format("K%03d", i), null, score,
                    key(random, "U", units), key(random, "I", industries), key(random, "G", groups),
                    flag(random, 0.35), flag(random, 0.3)));
        }
        list.sort(Comparator.comparing(ShortlistCandidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ShortlistCandidate::code));
        return Fixtures.withCompetitionRanks(list);
    }

    private static String key(Random random, String prefix, int count) {
        return random.nextDouble() < 0.08 ? null : prefix + (1 + random.nextInt(count));
    }

    private static Boolean flag(Random random, double probability) {
        double r = random.nextDouble();
        return r < 0.07 ? null : r < 0.07 + probability;
    }

    static CapRule capRule(Random random, String prefix, int keys, int lowest, int highest) {
        if (random.nextDouble() < 0.4) {
            return null;
        }
        Integer defaultCap = random.nextDouble() < 0.8 ? lowest + random.nextInt(highest - lowest + 1) : null;
        Map<String, Integer> perKey = new HashMap<>();
        if (random.nextDouble() < 0.3) {
            perKey.put(prefix + (1 + random.nextInt(keys)), lowest + random.nextInt(highest - lowest + 1));
        }
        return new CapRule(defaultCap, perKey);
    }

    static Minimum minimum(Random random, double probability, int maxCount) {
        if (random.nextDouble() >= probability) {
            return null;
        }
        return random.nextBoolean() ? Minimum.atLeast(random.nextInt(maxCount + 1))
                : Minimum.percent(5 * (1 + random.nextInt(10)));
    }

    static Set<String> someCodes(Random random, List<ShortlistCandidate> candidates, double probability, int max) {
        Set<String> codes = new HashSet<>();
        if (random.nextDouble() < probability) {
            int count = 1 + random.nextInt(max);
            for (int i = 0; i < count; i++) {
                codes.add(candidates.get(random.nextInt(candidates.size())).code());
            }
        }
        return codes;
    }
}
