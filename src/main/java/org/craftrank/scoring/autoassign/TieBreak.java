package org.craftrank.scoring.autoassign;

/**
 * Seeded pseudo-random numbers for breaking ties: SplitMix64 (Steele, Lea and Flood 2014), written out so the
 * same seed gives the same plan on every JVM. Not for secrets: it only has to keep anyone without the seed from
 * predicting who reviews whom.
 */
final class TieBreak {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private TieBreak() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A value in [0, range) that depends on the seed and the pair only. */
    static long value(long seed, long expertId, long candidateId, long range) {
        if (range <= 1) {
            return 0;
        }
        long h = mix(mix(mix(seed + GOLDEN_GAMMA) + expertId * GOLDEN_GAMMA) + candidateId);
        return Long.remainderUnsigned(h, range);
    }

    /** A permutation of 0..n-1 drawn from the seed (Fisher-Yates); {@code salt} separates independent uses. */
    static int[] permutation(int n, long seed, long salt) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        long state = mix(seed ^ mix(salt));
        for (int i = n - 1; i > 0; i--) {
            state += GOLDEN_GAMMA;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
