package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request in canonical form: every candidate in merit order, the eligible ones indexed (the index is the CP-SAT
 * variable), caps and minima resolved against the number of places actually filled.
 *
 * <p>Sorting by merit order before anything else is what makes the result independent of the input order: the
 * model CP-SAT sees is the same for any permutation of the same candidates.
 */
final class SelectionProblem {

    /**
     * Merit order: rank, then score (higher first), then code. Code is the last resort so the order is total and
     * deterministic; a decision that came down to it is flagged as a tie for the committee.
     */
    static final Comparator<ShortlistCandidate> MERIT_ORDER = Comparator
            .comparing(ShortlistCandidate::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ShortlistCandidate::exactScore, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ShortlistCandidate::code);

    final ShortlistRequest request;
    final List<ShortlistCandidate> all;
    final List<ShortlistCandidate> eligible;
    final Map<String, ReasonKind> ineligible;
    /** The number of places actually filled: K, or every eligible candidate when fewer are eligible. */
    final int places;
    final boolean[] fixedIn;
    final boolean[] kept;
    final ScaledScores scores;
    private final Map<ConstraintKind, Integer> required = new EnumMap<>(ConstraintKind.class);
    private final Map<String, Integer> indexOf = new HashMap<>();

    private SelectionProblem(ShortlistRequest request) {
        this.request = request;
        ShortlistConstraints constraints = request.constraints();
        Map<String, ShortlistCandidate> byCode = new LinkedHashMap<>();
        for (ShortlistCandidate candidate : request.candidates()) {
            if (byCode.put(candidate.code(), candidate) != null) {
                throw new InvalidShortlistRequestException("candidates.code",
                        "code " + candidate.code() + " appears more than once");
            }
        }
        requireKnown(byCode, constraints.fixedInclusions(), "constraints.fixedInclusions");
        requireKnown(byCode, constraints.fixedExclusions(), "constraints.fixedExclusions");
        requireKnown(byCode, request.keptOnList(), "keptOnList");
        requireKnown(byCode, request.withdrawn(), "withdrawn");

        all = new ArrayList<>(byCode.values());
        all.sort(MERIT_ORDER);
        requireRanksAgreeWithScores(all);

        Map<String, ReasonKind> out = new LinkedHashMap<>();
        List<ShortlistCandidate> in = new ArrayList<>();
        for (ShortlistCandidate candidate : all) {
            if (request.withdrawn().contains(candidate.code())) {
                out.put(candidate.code(), ReasonKind.WITHDRAWN);
            } else if (constraints.fixedExclusions().contains(candidate.code())) {
                out.put(candidate.code(), ReasonKind.FIXED_EXCLUSION);
            } else if (!candidate.hasScore()) {
                out.put(candidate.code(), ReasonKind.NO_SCORE);
            } else {
                indexOf.put(candidate.code(), in.size());
                in.add(candidate);
            }
        }
        eligible = List.copyOf(in);
        ineligible = Map.copyOf(out);
        places = Math.min(request.places(), eligible.size());
        fixedIn = new boolean[eligible.size()];
        kept = new boolean[eligible.size()];
        for (int i = 0; i < eligible.size(); i++) {
            String code = eligible.get(i).code();
            fixedIn[i] = constraints.fixedInclusions().contains(code);
            kept[i] = !fixedIn[i] && request.keptOnList().contains(code);
        }
        for (ConstraintKind kind : ConstraintKind.MINIMA) {
            Minimum minimum = constraints.minimum(kind);
            required.put(kind, minimum == null ? 0 : minimum.requiredFor(places));
        }
        scores = ScaledScores.of(eligible.stream().map(ShortlistCandidate::exactScore).toList());
    }

    static SelectionProblem of(ShortlistRequest request) {
        return new SelectionProblem(request);
    }

    private static void requireKnown(Map<String, ShortlistCandidate> byCode, Set<String> codes, String field) {
        for (String code : codes.stream().sorted().toList()) {
            if (!byCode.containsKey(code)) {
                throw new InvalidShortlistRequestException(field, "unknown candidate code " + code);
            }
        }
    }

    /** Merit order must not contradict the scores: a better rank with a lower score would make "merit" ambiguous. */
    private static void requireRanksAgreeWithScores(List<ShortlistCandidate> inMeritOrder) {
        ShortlistCandidate previous = null;
        for (ShortlistCandidate candidate : inMeritOrder) {
            if (!candidate.hasScore()) {
                continue;
            }
            if (previous != null && previous.compareScore(candidate) < 0) {
                throw new InvalidShortlistRequestException("candidates.rank", "the ranks contradict the scores: "
                        + previous.code() + " (rank " + previous.rank() + ", score " + plain(previous.score())
                        + ") is ranked above " + candidate.code() + " (rank " + candidate.rank() + ", score "
                        + plain(candidate.score()) + ")");
            }
            previous = candidate;
        }
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return "none";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    int size() {
        return eligible.size();
    }

    ShortlistCandidate candidate(int i) {
        return eligible.get(i);
    }

    Integer eligibleIndex(String code) {
        return indexOf.get(code);
    }

    boolean forced(int i) {
        return fixedIn[i] || kept[i];
    }

    /** The cap on candidate {@code i} for a cap kind, or null when none applies. */
    Integer cap(ConstraintKind kind, int i) {
        return capForKey(kind, kind.keyOf(eligible.get(i)));
    }

    Integer capForKey(ConstraintKind kind, String key) {
        CapRule rule = request.constraints().cap(kind);
        return rule == null ? null : rule.capFor(key);
    }

    /** The number of qualifying candidates a minimum kind requires among the places filled (0 when none). */
    int required(ConstraintKind minimumKind) {
        return required.get(minimumKind);
    }

    boolean qualifies(ConstraintKind minimumKind, int i) {
        return minimumKind.qualifies(eligible.get(i));
    }

    /** Eligible indices per key for a cap kind, only keys that carry a cap, in key order. */
    Map<String, List<Integer>> cappedGroups(ConstraintKind kind) {
        Map<String, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < eligible.size(); i++) {
            String key = kind.keyOf(eligible.get(i));
            if (capForKey(kind, key) != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return groups;
    }

    /** The constraint kinds that can change anything here, PLACES excluded (it is always there). */
    Set<ConstraintKind> presentKinds() {
        Set<ConstraintKind> kinds = EnumSet.noneOf(ConstraintKind.class);
        for (ConstraintKind kind : ConstraintKind.CAPS) {
            if (!cappedGroups(kind).isEmpty()) {
                kinds.add(kind);
            }
        }
        for (ConstraintKind kind : ConstraintKind.MINIMA) {
            if (required(kind) > 0) {
                kinds.add(kind);
            }
        }
        for (int i = 0; i < eligible.size(); i++) {
            if (fixedIn[i]) {
                kinds.add(ConstraintKind.FIXED_INCLUSION);
            }
            if (kept[i]) {
                kinds.add(ConstraintKind.KEPT_ON_LIST);
            }
        }
        return kinds;
    }

    /** Codes fixed on the list (by the committee or kept) that cannot be selected, with why. */
    Map<String, ReasonKind> forcedButIneligible() {
        Map<String, ReasonKind> conflicts = new LinkedHashMap<>();
        Set<String> forced = new HashSet<>(request.constraints().fixedInclusions());
        forced.addAll(request.keptOnList());
        for (ShortlistCandidate candidate : all) {
            ReasonKind why = ineligible.get(candidate.code());
            if (why != null && forced.contains(candidate.code())) {
                conflicts.put(candidate.code(), why);
            }
        }
        return conflicts;
    }
}
