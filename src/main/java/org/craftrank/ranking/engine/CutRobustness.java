package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * How firmly the shortlist cut stands: for the candidates near the cut (the top {@code places} of the ranking),
 * how often each would still be among the top {@code places} if (a) each expert's sheets were left out in turn,
 * and (b) under a seeded bootstrap of the sheets, each candidate's own sheets drawn again with replacement.
 * A cut that changes when one expert's sheets are left out "rests on one expert's sheet" and is flagged.
 * <p>
 * Scores are recomputed by the ranking's own method (MEAN, TRIMMED_MEAN with its k, MEDIAN) on the sheets' exact
 * integer units; equal scores keep the order the full ranking gave them (its tie-break cascade), so only a change
 * of score moves a candidate. Quotas and other shortlist constraints are not applied: this is the merit cut.
 * Z_SCORE and BIAS_MODEL standardise against the whole panel, so every resample would have to refit all experts;
 * for them the analysis is unavailable (with that reason), never an approximation.
 *
 * @param places            the cut: how many candidates are selected
 * @param window            candidates within this many positions of the cut (either side) are listed
 * @param resamples         bootstrap resamples
 * @param seed              the bootstrap's seed; the same seed and sheets give the same counts
 * @param leaveOneOutRuns   how many experts were left out in turn (every expert with a sheet)
 * @param candidates        the candidates near the cut, and any other whose selection changed when an expert was
 *                          left out, in ranking order
 * @param pivotalExperts    experts whose sheets, left out alone, change who is selected
 * @param unavailableReason why there is no analysis (then the lists are empty), or null
 */
public record CutRobustness(int places, int window, int resamples, long seed, int leaveOneOutRuns,
                            List<CutCandidate> candidates, List<String> pivotalExperts, String unavailableReason) {

    /** The method in one sentence, for every output that shows the figures. */
    public static final String METHOD = "Each candidate near the cut is counted as selected when it is among the"
            + " top N after recomputing the ranking once without each expert's sheets (leave-one-out) and, in a"
            + " seeded bootstrap, after drawing every candidate's sheets again with replacement; equal scores keep"
            + " the ranking's own order, quotas are not applied.";

    public static final int DEFAULT_WINDOW = 5;
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 19L;
    public static final int MAX_RESAMPLES = 10_000;

    /**
     * @param rank                     the candidate's rank in the full ranking
     * @param selected                 among the top N in the full ranking
     * @param leaveOneOutSelected      in how many leave-one-out runs it was among the top N
     * @param expertsWhoseAbsenceMovesIt the experts whose leaving out alone changes this candidate's selection
     * @param bootstrapSelected        in how many bootstrap resamples it was among the top N
     */
    public record CutCandidate(String candidateId, int rank, boolean selected, int leaveOneOutSelected,
                               List<String> expertsWhoseAbsenceMovesIt, int bootstrapSelected) {
    }

    /** True when leaving a single expert's sheets out changes who is selected. */
    public boolean restsOnOneExpert() {
        return !pivotalExperts.isEmpty();
    }

    public static CutRobustness of(ExactSheets sheets, Ranking ranking, RankingRequest request, int places,
                                   int window, int resamples, long seed) {
        return unavailableFor(request, places, window, resamples, seed)
                .orElseGet(() -> of(ScoreTable.of(sheets), ranking, request, places, window, resamples, seed));
    }

    public static CutRobustness of(List<SheetScore> sheets, Ranking ranking, RankingRequest request, int places,
                                   int window, int resamples, long seed) {
        return unavailableFor(request, places, window, resamples, seed)
                .orElseGet(() -> of(ScoreTable.of(sheets), ranking, request, places, window, resamples, seed));
    }

    /**
     * The answer for a method the analysis does not cover (Z_SCORE, BIAS_MODEL), known from the request alone:
     * a caller asks this first and reads no sheets and ranks nothing for such a method.
     *
     * @throws IllegalArgumentException for a places, window or resamples out of range
     */
    public static Optional<CutRobustness> unavailableFor(RankingRequest request, int places, int window,
                                                         int resamples, long seed) {
        if (places < 1 || window < 1 || resamples < 0 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("places and window must be at least 1 and resamples between 0 and "
                    + MAX_RESAMPLES);
        }
        AggregationMethod method = request.aggregation();
        if (method.isExact()) {
            return Optional.empty();
        }
        return Optional.of(new CutRobustness(places, window, resamples, seed, 0, List.of(), List.of(), method
                + " standardises every score against the whole panel, so each resample would refit every"
                + " expert; the cut's robustness is computed for MEAN, TRIMMED_MEAN and MEDIAN"));
    }

    private static CutRobustness of(ScoreTable table, Ranking ranking, RankingRequest request, int places,
                                    int window, int resamples, long seed) {
        List<RankingEntry> scored = ranking.entries().stream().filter(e -> e.rank() != null).toList();
        if (scored.size() <= places) {
            return new CutRobustness(places, window, resamples, seed, 0, List.of(), List.of(), "only "
                    + scored.size() + " candidates have a score, so all " + places + " places are taken without a"
                    + " cut");
        }
        return new Analysis(table, scored, request, places).run(window, resamples, seed);
    }

    /** The arithmetic, on dense indices: candidate {@code c} is the c-th scored entry of the full ranking. */
    private static final class Analysis {
        private final int places;
        private final AggregationMethod method;
        private final int trim;
        private final List<RankingEntry> entries;
        /** Per candidate, its sheets' units and their experts (dense), in expert id order. */
        private final long[][] units;
        private final int[][] experts;
        private final List<String> expertIds;
        private final boolean[] original;

        Analysis(ScoreTable table, List<RankingEntry> entries, RankingRequest request, int places) {
            this.places = places;
            this.method = request.aggregation();
            this.trim = method == AggregationMethod.TRIMMED_MEAN ? request.trimCount() : 0;
            this.entries = entries;
            this.expertIds = table.expertIds();
            Map<String, Integer> expertIndex = new HashMap<>();
            for (int e = 0; e < expertIds.size(); e++) {
                expertIndex.put(expertIds.get(e), e);
            }
            int n = entries.size();
            units = new long[n][];
            experts = new int[n][];
            for (int c = 0; c < n; c++) {
                List<Observation> observations = table.observationsOfCandidate(entries.get(c).candidateId(),
                        Measure.TOTAL);
                units[c] = new long[observations.size()];
                experts[c] = new int[observations.size()];
                for (int i = 0; i < observations.size(); i++) {
                    units[c][i] = observations.get(i).units();
                    experts[c][i] = expertIndex.get(observations.get(i).expertId());
                }
            }
            double[] scores = new double[n];
            for (int c = 0; c < n; c++) {
                scores[c] = score(units[c], units[c].length);
            }
            original = select(scores);
        }

        CutRobustness run(int window, int resamples, long seed) {
            int n = entries.size();
            int[] leaveOneOut = new int[n];
            List<Set<String>> movedBy = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                movedBy.add(new TreeSet<>(IdOrder.NATURAL));
            }
            Set<String> pivotal = new LinkedHashSet<>();
            double[] scores = new double[n];
            long[] kept = new long[maxSheets()];
            for (int e = 0; e < expertIds.size(); e++) {
                for (int c = 0; c < n; c++) {
                    int k = 0;
                    for (int i = 0; i < units[c].length; i++) {
                        if (experts[c][i] != e) {
                            kept[k++] = units[c][i];
                        }
                    }
                    scores[c] = score(kept, k);
                }
                boolean[] selected = select(scores);
                for (int c = 0; c < n; c++) {
                    if (selected[c]) {
                        leaveOneOut[c]++;
                    }
                    if (selected[c] != original[c]) {
                        movedBy.get(c).add(expertIds.get(e));
                        pivotal.add(expertIds.get(e));
                    }
                }
            }
            int[] bootstrap = new int[n];
            SplittableRandom random = new SplittableRandom(seed);
            long[] drawn = new long[maxSheets()];
            for (int b = 0; b < resamples; b++) {
                for (int c = 0; c < n; c++) {
                    int m = units[c].length;
                    for (int i = 0; i < m; i++) {
                        drawn[i] = units[c][random.nextInt(m)];
                    }
                    scores[c] = score(drawn, m);
                }
                boolean[] selected = select(scores);
                for (int c = 0; c < n; c++) {
                    if (selected[c]) {
                        bootstrap[c]++;
                    }
                }
            }
            List<CutCandidate> near = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                boolean inWindow = c >= places - window && c < places + window;
                if (inWindow || !movedBy.get(c).isEmpty()) {
                    RankingEntry entry = entries.get(c);
                    near.add(new CutCandidate(entry.candidateId(), entry.rank(), original[c], leaveOneOut[c],
                            List.copyOf(movedBy.get(c)), bootstrap[c]));
                }
            }
            List<String> pivotalSorted = pivotal.stream().sorted(IdOrder.NATURAL).toList();
            return new CutRobustness(places, window, resamples, seed, expertIds.size(), near, pivotalSorted, null);
        }

        private int maxSheets() {
            int max = 0;
            for (long[] u : units) {
                max = Math.max(max, u.length);
            }
            return max;
        }

        /**
         * The method's score of the first {@code n} values, in units, as a double; NaN when the method has none
         * (no sheet, or fewer than 2k+1 for a trimmed mean). A double orders these scores exactly: they are
         * fractions with small denominators (the model's common unit times at most twice the sheet count), so two
         * different scores differ by far more than a double's rounding and two equal ones round alike.
         */
        private double score(long[] values, int n) {
            if (n == 0) {
                return Double.NaN;
            }
            if (method == AggregationMethod.MEAN) {
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    sum = Math.addExact(sum, values[i]);
                }
                return (double) sum / n;
            }
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            if (method == AggregationMethod.MEDIAN) {
                return n % 2 == 1 ? sorted[n / 2] : ((double) sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            }
            if (n < 2 * trim + 1) {
                return Double.NaN;
            }
            long sum = 0;
            for (int i = trim; i < n - trim; i++) {
                sum = Math.addExact(sum, sorted[i]);
            }
            return (double) sum / (n - 2 * trim);
        }

        /** The top {@code places} by score, equal scores in the full ranking's order; no score, no place. */
        private boolean[] select(double[] scores) {
            int n = scores.length;
            Integer[] order = new Integer[n];
            for (int c = 0; c < n; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> {
                boolean aNone = Double.isNaN(scores[a]);
                boolean bNone = Double.isNaN(scores[b]);
                if (aNone != bNone) {
                    return aNone ? 1 : -1;
                }
                int byScore = aNone ? 0 : Double.compare(scores[b], scores[a]);
                return byScore != 0 ? byScore : Integer.compare(a, b);
            });
            boolean[] selected = new boolean[n];
            for (int i = 0; i < Math.min(places, n); i++) {
                if (!Double.isNaN(scores[order[i]])) {
                    selected[order[i]] = true;
                }
            }
            return selected;
        }
    }
}
