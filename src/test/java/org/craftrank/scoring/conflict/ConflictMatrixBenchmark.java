package org.craftrank.scoring.conflict;

import org.craftrank.campaign.ConflictRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The conflict matrix of a 300-expert × 10,000-candidate campaign: one reused {@link ConflictCheck} (normal forms
 * remembered) against the rules applied afresh per pair, which is what planning did before. Run with
 * {@code bench/conflicts/run.sh [runs]}; not part of the test suite.
 */
public final class ConflictMatrixBenchmark {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ConflictWorkload workload = new ConflictWorkload(11, 300, 10_000);
        List<Long> afresh = new ArrayList<>();
        List<Long> reused = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long[] a = time(() -> perPair(workload));
            long[] b = time(() -> oneCheck(workload));
            if (a[1] != b[1]) {
                throw new IllegalStateException("different verdicts: " + a[1] + " vs " + b[1]);
            }
            if (run > 0) { // run 0 warms the JIT up
                afresh.add(a[0]);
                reused.add(b[0]);
                System.out.printf("run %d: afresh %d ms, reused check %d ms, %d conflicted pairs%n",
                        run, a[0], b[0], a[1]);
            }
        }
        long medianAfresh = median(afresh);
        long medianReused = median(reused);
        System.out.printf("median of %d: afresh %d ms, reused check %d ms, ratio %.2f%n", runs, medianAfresh,
                medianReused, (double) medianReused / medianAfresh);
    }

    private static long perPair(ConflictWorkload w) {
        long conflicted = 0;
        for (ConflictFacts.Expert e : w.experts) {
            for (ConflictFacts.Candidate c : w.candidates) {
                conflicted += ConflictCheckTest.reference(e, c).isEmpty() ? 0 : 1;
            }
        }
        return conflicted;
    }

    private static long oneCheck(ConflictWorkload w) {
        ConflictCheck check = new ConflictCheck(Set.of(ConflictRule.SAME_RECOMMENDING_UNIT));
        long conflicted = 0;
        for (ConflictFacts.Expert e : w.experts) {
            for (ConflictFacts.Candidate c : w.candidates) {
                conflicted += check.conflicts(e, c, null).isEmpty() ? 0 : 1;
            }
        }
        return conflicted;
    }

    private static long[] time(java.util.function.LongSupplier work) {
        long start = System.nanoTime();
        long result = work.getAsLong();
        return new long[]{(System.nanoTime() - start) / 1_000_000, result};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
