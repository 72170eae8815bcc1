package org.craftrank.scoring.autoassign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problem in indexed form: experts and candidates sorted by id (so the caller's list order never changes the
 * plan), the pairs that may still be created, and what each candidate and expert still needs.
 *
 * <p>Loads count kept (fixed, conflict-free) assignments; "new" quantities count only what the solver adds.
 */
final class Instance {

    final AssignmentProblem problem;
    final ExpertSlot[] experts;
    final CandidateSlot[] candidates;
    /** Conflict-free fixed pairs per expert and per candidate. */
    final int[] keptLoad;
    final int[] keptCoverage;
    /** Reviews each candidate must have in total, and how many of them are new. */
    final int[] required;
    final int[] need;
    /** Pairs that may be created, by candidate: experts pairExpert[pairStart[c] .. pairStart[c+1]). */
    final int[] pairStart;
    final int[] pairExpert;
    final boolean[] pairAffinity;
    /** Per expert: candidates it may newly review, and its bounds on new reviews. */
    final int[] allowedNew;
    final int[] minNew;
    /** {@link Integer#MAX_VALUE} when the expert has no upper bound. */
    final int[] upperNew;
    final long demand;
    final List<ReviewPair> kept;
    final List<ReviewPair> keptConflicted;

    private Instance(AssignmentProblem problem) {
        this.problem = problem;
        experts = problem.experts().stream().sorted(Comparator.comparingLong(ExpertSlot::id))
                .toArray(ExpertSlot[]::new);
        candidates = problem.candidates().stream().sorted(Comparator.comparingLong(CandidateSlot::id))
                .toArray(CandidateSlot[]::new);
        int e = experts.length;
        int c = candidates.length;
        Map<Long, Integer> expertIndex = new HashMap<>();
        for (int i = 0; i < e; i++) {
            expertIndex.put(experts[i].id(), i);
        }
        Map<Long, Integer> candidateIndex = new HashMap<>();
        for (int i = 0; i < c; i++) {
            candidateIndex.put(candidates[i].id(), i);
        }
        int[][] forbiddenBy = byCandidate(problem.forbidden(), expertIndex, candidateIndex, c);
        int[][] fixedBy = byCandidate(problem.fixed(), expertIndex, candidateIndex, c);

        keptLoad = new int[e];
        keptCoverage = new int[c];
        List<ReviewPair> keptPairs = new ArrayList<>();
        List<ReviewPair> conflicted = new ArrayList<>();
        for (int k = 0; k < c; k++) {
            for (int x : fixedBy[k]) {
                ReviewPair pair = new ReviewPair(experts[x].id(), candidates[k].id());
                if (Arrays.binarySearch(forbiddenBy[k], x) >= 0) {
                    conflicted.add(pair);
                } else {
                    keptPairs.add(pair);
                    keptLoad[x]++;
                    keptCoverage[k]++;
                }
            }
        }
        kept = List.copyOf(keptPairs);
        keptConflicted = List.copyOf(conflicted);

        Map<String, List<Integer>> expertsByGroup = new HashMap<>();
        for (int i = 0; i < e; i++) {
            expertsByGroup.computeIfAbsent(experts[i].group(), g -> new ArrayList<>()).add(i);
        }
        AffinityTable affinity = new AffinityTable(experts, candidates);
        pairStart = new int[c + 1];
        int[] pairs = new int[(int) Math.min(Math.max(16L, (long) e * c), 1 << 20)];
        boolean[] matches = new boolean[pairs.length];
        allowedNew = new int[e];
        int n = 0;
        for (int k = 0; k < c; k++) {
            pairStart[k] = n;
            for (int x : expertsByGroup.getOrDefault(candidates[k].group(), List.of())) {
                if (Arrays.binarySearch(forbiddenBy[k], x) >= 0 || Arrays.binarySearch(fixedBy[k], x) >= 0) {
                    continue;
                }
                if (n == pairs.length) {
                    pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    matches = Arrays.copyOf(matches, matches.length * 2);
                }
                pairs[n] = x;
                matches[n] = affinity.matches(x, k);
                allowedNew[x]++;
                n++;
            }
        }
        pairStart[c] = n;
        pairExpert = Arrays.copyOf(pairs, n);
        pairAffinity = Arrays.copyOf(matches, n);

        required = new int[c];
        need = new int[c];
        long total = 0;
        for (int k = 0; k < c; k++) {
            required[k] = problem.coverage() instanceof Coverage.Exactly exactly ? exactly.reviews()
                    : keptCoverage[k] + (pairStart[k + 1] - pairStart[k]);
            need[k] = Math.max(0, required[k] - keptCoverage[k]);
            total += need[k];
        }
        demand = total;

        minNew = new int[e];
        upperNew = new int[e];
        for (int i = 0; i < e; i++) {
            LoadBounds b = experts[i].bounds();
            minNew[i] = b.min() == null ? 0 : Math.max(0, b.min() - keptLoad[i]);
            upperNew[i] = b.max() == null ? Integer.MAX_VALUE : Math.max(0, b.max() - keptLoad[i]);
        }
    }

    static Instance of(AssignmentProblem problem) {
        return new Instance(problem);
    }

    int expertCount() {
        return experts.length;
    }

    int candidateCount() {
        return candidates.length;
    }

    /** Conflict-free, same-group experts that could review the candidate in total, kept ones included. */
    int eligible(int candidate) {
        return keptCoverage[candidate] + pairStart[candidate + 1] - pairStart[candidate];
    }

    /** The most new reviews the expert can take: its upper bound, and the candidates it may review. */
    int reachNew(int expert) {
        return Math.min(upperNew[expert], allowedNew[expert]);
    }

    boolean bounded(int expert) {
        return upperNew[expert] != Integer.MAX_VALUE;
    }

    /** "candidate K7QM2X in group 土木建筑" or "candidate K7QM2X". */
    String candidateName(int candidate) {
        CandidateSlot c = candidates[candidate];
        return "candidate " + c.code() + inGroup(c.group());
    }

    String expertName(int expert) {
        ExpertSlot e = experts[expert];
        return "expert " + e.label() + inGroup(e.group());
    }

    static String inGroup(String group) {
        return group == null ? "" : " in group " + group;
    }

    private static int[][] byCandidate(Set<ReviewPair> pairs, Map<Long, Integer> expertIndex,
                                       Map<Long, Integer> candidateIndex, int candidates) {
        int[] counts = new int[candidates];
        for (ReviewPair p : pairs) {
            counts[candidateIndex.get(p.candidateId())]++;
        }
        int[][] by = new int[candidates][];
        for (int k = 0; k < candidates; k++) {
            by[k] = new int[counts[k]];
            counts[k] = 0;
        }
        for (ReviewPair p : pairs) {
            int k = candidateIndex.get(p.candidateId());
            by[k][counts[k]++] = expertIndex.get(p.expertId());
        }
        for (int[] row : by) {
            Arrays.sort(row);
        }
        return by;
    }

    /** Affinity per pair, computed once per distinct combination of key sets (there are few). */
    private static final class AffinityTable {
        private final int[] expertKeySet;
        private final int[] candidateKeySet;
        private final Map<Long, Boolean> cache = new HashMap<>();
        private final List<Set<String>> expertSets = new ArrayList<>();
        private final List<Set<String>> candidateSets = new ArrayList<>();

        AffinityTable(ExpertSlot[] experts, CandidateSlot[] candidates) {
            expertKeySet = intern(Arrays.stream(experts).map(ExpertSlot::affinityKeys).toList(), expertSets);
            candidateKeySet = intern(Arrays.stream(candidates).map(CandidateSlot::affinityKeys).toList(),
                    candidateSets);
        }

        private static int[] intern(List<Set<String>> keys, List<Set<String>> distinct) {
            Map<Set<String>, Integer> ids = new HashMap<>();
            int[] out = new int[keys.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(keys.get(i), k -> {
                    distinct.add(k);
                    return distinct.size() - 1;
                });
            }
            return out;
        }

        boolean matches(int expert, int candidate) {
            int x = expertKeySet[expert];
            int y = candidateKeySet[candidate];
            long key = ((long) x << 32) | y;
            Boolean known = cache.get(key);
            if (known == null) {
                known = Affinity.matches(expertSets.get(x), candidateSets.get(y));
                cache.put(key, known);
            }
            return known;
        }
    }
}
