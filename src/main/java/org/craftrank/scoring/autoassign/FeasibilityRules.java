package org.craftrank.scoring.autoassign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Counting bounds checked before any flow is built: each is a necessary condition, and when one fails its
 * message says exactly what is short. Whatever passes them and still has no flow is explained by
 * {@link Bottleneck} from a minimum cut.
 */
final class FeasibilityRules {

    private final Instance in;

    FeasibilityRules(Instance in) {
        this.in = in;
    }

    /** The first broken rule, most specific first. */
    Optional<Infeasible> firstBroken() {
        List<Function<FeasibilityRules, Optional<Infeasible>>> rules = List.of(
                FeasibilityRules::everyCandidateHasEnoughEligibleExperts,
                FeasibilityRules::everyExpertCanReachItsLowerBound,
                FeasibilityRules::upperBoundsCoverTheReviewsNeeded,
                FeasibilityRules::lowerBoundsFitTheReviewsNeeded,
                FeasibilityRules::eachGroupsUpperBoundsCoverItsReviews,
                FeasibilityRules::eachGroupsLowerBoundsFitItsReviews);
        for (Function<FeasibilityRules, Optional<Infeasible>> rule : rules) {
            Optional<Infeasible> broken = rule.apply(this);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /** A candidate needs R conflict-free experts of its group (kept ones count). */
    Optional<Infeasible> everyCandidateHasEnoughEligibleExperts() {
        int worst = -1;
        int shortCount = 0;
        for (int c = 0; c < in.candidateCount(); c++) {
            int shortfall = in.required[c] - in.eligible(c);
            if (shortfall > 0) {
                shortCount++;
                if (worst < 0 || shortfall > in.required[worst] - in.eligible(worst)) {
                    worst = c;
                }
            }
        }
        if (worst < 0) {
            return Optional.empty();
        }
        String others = shortCount == 1 ? "" : " (" + shortCount + " candidates are short of experts)";
        return Optional.of(new Infeasible("enough-eligible-experts", in.candidateName(worst) + " has "
                + in.eligible(worst) + " conflict-free experts, needs " + in.required[worst] + others,
                List.of(in.candidates[worst].id()), List.of(), Infeasible.Facts.of("enough-eligible-experts",
                in.candidates[worst].code(), in.candidates[worst].group(), in.eligible(worst), in.required[worst],
                shortCount)));
    }

    /** An expert with a lower bound must have that many candidates it may review. */
    Optional<Infeasible> everyExpertCanReachItsLowerBound() {
        for (int e = 0; e < in.expertCount(); e++) {
            if (in.minNew[e] > in.allowedNew[e]) {
                int lower = in.experts[e].bounds().min();
                return Optional.of(new Infeasible("lower-bound-reachable", in.expertName(e) + " may review only "
                        + (in.keptLoad[e] + in.allowedNew[e]) + " candidates (conflict-free"
                        + (in.experts[e].group() == null ? "" : ", in its group") + ") but has a lower load bound of "
                        + lower, List.of(), List.of(in.experts[e].id()), Infeasible.Facts.of("lower-bound-reachable",
                        in.experts[e].label(), in.experts[e].group(), in.keptLoad[e] + in.allowedNew[e], lower)));
            }
        }
        return Optional.empty();
    }

    /** When every expert has an upper bound, together they must leave room for every review. */
    Optional<Infeasible> upperBoundsCoverTheReviewsNeeded() {
        long upper = 0;
        long kept = 0;
        for (int e = 0; e < in.expertCount(); e++) {
            if (!in.bounded(e)) {
                return Optional.empty();
            }
            upper += Math.max(in.experts[e].bounds().max(), in.keptLoad[e]);
            kept += in.keptLoad[e];
        }
        long needed = kept + in.demand;
        if (upper >= needed) {
            return Optional.empty();
        }
        return Optional.of(new Infeasible("upper-bounds-cover-demand", "experts' upper load bounds sum to "
                + number(upper) + " but " + number(needed) + " reviews are needed", List.of(), List.of(),
                Infeasible.Facts.of("upper-bounds-cover-demand", upper, needed)));
    }

    /** The experts' lower bounds together must not ask for more reviews than there are. */
    Optional<Infeasible> lowerBoundsFitTheReviewsNeeded() {
        long lower = 0;
        long kept = 0;
        for (int e = 0; e < in.expertCount(); e++) {
            Integer min = in.experts[e].bounds().min();
            lower += Math.max(min == null ? 0 : min, in.keptLoad[e]);
            kept += in.keptLoad[e];
        }
        long needed = kept + in.demand;
        if (lower <= needed) {
            return Optional.empty();
        }
        return Optional.of(new Infeasible("lower-bounds-fit-demand", "experts' lower load bounds sum to "
                + number(lower) + " but only " + number(needed) + " reviews are needed", List.of(), List.of(),
                Infeasible.Facts.of("lower-bounds-fit-demand", lower, needed)));
    }

    /** Within a group (experts review only their own group), the same holds for new reviews. */
    Optional<Infeasible> eachGroupsUpperBoundsCoverItsReviews() {
        for (Map.Entry<String, long[]> g : groupTotals().entrySet()) {
            long[] t = g.getValue();
            if (g.getKey() != null && t[3] == 0 && t[1] < t[0]) {
                return Optional.of(new Infeasible("group-upper-bounds-cover-demand", "group " + g.getKey()
                        + " needs " + number(t[0]) + " more reviews but the upper load bounds of its experts leave "
                        + "room for only " + number(t[1]), List.of(), List.of(),
                        Infeasible.Facts.of("group-upper-bounds-cover-demand", g.getKey(), t[0], t[1])));
            }
        }
        return Optional.empty();
    }

    Optional<Infeasible> eachGroupsLowerBoundsFitItsReviews() {
        for (Map.Entry<String, long[]> g : groupTotals().entrySet()) {
            long[] t = g.getValue();
            if (g.getKey() != null && t[2] > t[0]) {
                return Optional.of(new Infeasible("group-lower-bounds-fit-demand", "experts of group " + g.getKey()
                        + " must take at least " + number(t[2]) + " more reviews (lower load bounds) but the group "
                        + "needs only " + number(t[0]), List.of(), List.of(),
                        Infeasible.Facts.of("group-lower-bounds-fit-demand", g.getKey(), t[2], t[0])));
            }
        }
        return Optional.empty();
    }

    /** Per group: {new reviews needed, room under upper bounds, lower-bound minimum, experts without bound}. */
    private Map<String, long[]> groupTotals() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int c = 0; c < in.candidateCount(); c++) {
            totals.computeIfAbsent(in.candidates[c].group(), g -> new long[4])[0] += in.need[c];
        }
        for (int e = 0; e < in.expertCount(); e++) {
            long[] t = totals.computeIfAbsent(in.experts[e].group(), g -> new long[4]);
            if (in.bounded(e)) {
                t[1] += in.upperNew[e];
            } else {
                t[3]++;
            }
            t[2] += in.minNew[e];
        }
        return totals;
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String list(List<String> names, int shown) {
        List<String> head = new ArrayList<>(names.subList(0, Math.min(shown, names.size())));
        String text = String.join(", ", head);
        return names.size() > shown ? text + " and " + (names.size() - shown) + " more" : text;
    }
}
