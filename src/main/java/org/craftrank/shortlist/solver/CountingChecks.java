package org.craftrank.shortlist.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cheap counting arguments that prove a request infeasible and say exactly why, before CP-SAT is asked. Each is a
 * necessary condition (an upper bound on what any list can reach), so a failure here is a real infeasibility; a
 * request that passes them all may still be infeasible through interactions, which {@link InfeasibilityDiagnosis}
 * names with the solver.
 */
final class CountingChecks {

    private final SelectionProblem problem;
    private final List<Infeasibility> found = new ArrayList<>();

    private CountingChecks(SelectionProblem problem) {
        this.problem = problem;
    }

    static List<Infeasibility> of(SelectionProblem problem) {
        CountingChecks checks = new CountingChecks(problem);
        checks.forcedCandidatesAreEligible();
        checks.forcedCandidatesFitThePlaces();
        for (ConstraintKind cap : ConstraintKind.CAPS) {
            checks.forcedCandidatesFitTheCaps(cap);
            checks.capsLeaveEnoughPlaces(cap);
        }
        for (ConstraintKind minimum : ConstraintKind.MINIMA) {
            if (problem.required(minimum) == 0) {
                continue;
            }
            checks.minimumFitsThePlaces(minimum);
            checks.enoughQualifyingCandidates(minimum);
            for (ConstraintKind cap : ConstraintKind.CAPS) {
                checks.capsLeaveEnoughQualifying(cap, minimum);
            }
            checks.forcedCandidatesLeaveRoomFor(minimum);
        }
        return List.copyOf(checks.found);
    }

    /** A fixed inclusion (or a kept one) with no score, excluded too, or withdrawn. */
    private void forcedCandidatesAreEligible() {
        for (Map.Entry<String, ReasonKind> conflict : problem.forcedButIneligible().entrySet()) {
            String code = conflict.getKey();
            ConstraintKind kind = problem.request.constraints().fixedInclusions().contains(code)
                    ? ConstraintKind.FIXED_INCLUSION : ConstraintKind.KEPT_ON_LIST;
            String why = switch (conflict.getValue()) {
                case NO_SCORE -> "has no score";
                case FIXED_EXCLUSION -> "is also a fixed exclusion";
                case WITHDRAWN -> "has withdrawn";
                default -> throw new IllegalStateException(conflict.getValue().name());
            };
            String subject = kind == ConstraintKind.FIXED_INCLUSION ? "fixed inclusion" : "kept candidate";
            found.add(new Infeasibility(InfeasibilityKind.FORCED_INELIGIBLE, List.of(kind), null, null, null,
                    problem.places, code, conflict.getValue(), subject + " " + code + " cannot be selected: it " + why));
        }
    }

    private void forcedCandidatesFitThePlaces() {
        int forced = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (problem.forced(i)) {
                forced++;
            }
        }
        if (forced > problem.places) {
            found.add(new Infeasibility(InfeasibilityKind.FORCED_OVER_PLACES, forcedKinds(), null, (long) forced,
                    (long) problem.places, problem.places, null, null,
                    forced + " candidates are fixed on the list but there are only " + problem.places + " places"));
        }
    }

    private void forcedCandidatesFitTheCaps(ConstraintKind cap) {
        problem.cappedGroups(cap).forEach((key, members) -> {
            int limit = problem.capForKey(cap, key);
            long forced = members.stream().filter(problem::forced).count();
            if (forced > limit) {
                found.add(new Infeasibility(InfeasibilityKind.FORCED_OVER_CAP, withForced(cap), key, forced,
                        (long) limit, problem.places, null, null,
                        "the candidates fixed on the list put " + forced + " of " + cap.keyNoun() + " " + key
                                + " on it, over its cap of " + limit));
            }
        });
    }

    /** Σ over keys of min(cap, candidates with the key), plus the uncapped, is the most a list can hold. */
    private void capsLeaveEnoughPlaces(ConstraintKind cap) {
        Map<String, List<Integer>> groups = problem.cappedGroups(cap);
        if (groups.isEmpty()) {
            return;
        }
        long capacity = problem.size() - groups.values().stream().mapToLong(List::size).sum();
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            capacity += Math.min(problem.capForKey(cap, group.getKey()), group.getValue().size());
        }
        if (capacity < problem.places) {
            found.add(new Infeasibility(InfeasibilityKind.CAP_CAPACITY, List.of(cap), null, (long) problem.places,
                    capacity, problem.places, null, null,
                    cap.label() + " allow at most " + capacity + " of the " + problem.places + " places"
                            + placesNote() + " (short by " + (problem.places - capacity) + ")"));
        }
    }

    private void minimumFitsThePlaces(ConstraintKind minimum) {
        int required = problem.required(minimum);
        if (required > problem.places) {
            found.add(new Infeasibility(InfeasibilityKind.MINIMUM_OVER_PLACES, List.of(minimum), null,
                    (long) required, (long) problem.places, problem.places, null, null,
                    "at least " + required + " " + minimum.qualifyingNoun() + " required, but there are only "
                            + problem.places + " places" + placesNote()));
        }
    }

    private void enoughQualifyingCandidates(ConstraintKind minimum) {
        int required = problem.required(minimum);
        int qualifying = 0;
        int unknown = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (problem.qualifies(minimum, i)) {
                qualifying++;
            } else if (unknownFor(minimum, problem.candidate(i))) {
                unknown++;
            }
        }
        if (qualifying < required) {
            String unknowns = unknown == 0 ? ""
                    : " (" + unknown + " " + minimum.unknownNoun() + " do not count)";
            found.add(new Infeasibility(InfeasibilityKind.MINIMUM_TOO_FEW, List.of(minimum), null, (long) required,
                    (long) qualifying, problem.places, null, null,
                    "at least " + required + " " + minimum.qualifyingNoun() + " required, only " + qualifying
                            + " " + minimum.qualifyingNoun() + " among the " + problem.size()
                            + " eligible candidates" + unknowns + " (short by " + (required - qualifying) + ")"));
        }
    }

    private void capsLeaveEnoughQualifying(ConstraintKind cap, ConstraintKind minimum) {
        Map<String, List<Integer>> groups = problem.cappedGroups(cap);
        if (groups.isEmpty()) {
            return;
        }
        int required = problem.required(minimum);
        long reachable = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (problem.qualifies(minimum, i) && problem.cap(cap, i) == null) {
                reachable++;
            }
        }
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            long qualifying = group.getValue().stream().filter(i -> problem.qualifies(minimum, i)).count();
            reachable += Math.min(problem.capForKey(cap, group.getKey()), qualifying);
        }
        long total = countQualifying(minimum);
        if (reachable < required && total >= required) {
            found.add(new Infeasibility(InfeasibilityKind.CAP_LIMITS_MINIMUM, List.of(cap, minimum), null,
                    (long) required, reachable, problem.places, null, null,
                    cap.label() + " allow at most " + reachable + " " + minimum.qualifyingNoun()
                            + " on the list; at least " + required + " required (short by "
                            + (required - reachable) + ")"));
        }
    }

    /** Forced candidates who do not qualify take places a minimum would need. */
    private void forcedCandidatesLeaveRoomFor(ConstraintKind minimum) {
        int required = problem.required(minimum);
        int forcedOthers = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (problem.forced(i) && !problem.qualifies(minimum, i)) {
                forcedOthers++;
            }
        }
        int room = problem.places - forcedOthers;
        if (forcedOthers > 0 && room < required && required <= problem.places) {
            found.add(new Infeasibility(InfeasibilityKind.FORCED_CROWD_OUT_MINIMUM, withForced(minimum), null,
                    (long) required, (long) room, problem.places, null, null,
                    "the candidates fixed on the list hold " + forcedOthers + " of the " + problem.places
                            + " places for candidates who do not count as " + minimum.qualifyingNoun()
                            + ", leaving at most " + room + " for " + minimum.qualifyingNoun() + "; at least "
                            + required + " required (short by " + (required - room) + ")"));
        }
    }

    private long countQualifying(ConstraintKind minimum) {
        long count = 0;
        for (int i = 0; i < problem.size(); i++) {
            if (problem.qualifies(minimum, i)) {
                count++;
            }
        }
        return count;
    }

    private static boolean unknownFor(ConstraintKind minimum, ShortlistCandidate candidate) {
        return (minimum == ConstraintKind.WOMEN_MINIMUM ? candidate.woman() : candidate.young()) == null;
    }

    private String placesNote() {
        return problem.places < problem.request.places()
                ? " (only " + problem.places + " eligible candidates for " + problem.request.places() + " places)"
                : "";
    }

    private List<ConstraintKind> forcedKinds() {
        List<ConstraintKind> kinds = new ArrayList<>();
        boolean fixed = false;
        boolean kept = false;
        for (int i = 0; i < problem.size(); i++) {
            fixed |= problem.fixedIn[i];
            kept |= problem.kept[i];
        }
        if (fixed) {
            kinds.add(ConstraintKind.FIXED_INCLUSION);
        }
        if (kept) {
            kinds.add(ConstraintKind.KEPT_ON_LIST);
        }
        return kinds;
    }

    private List<ConstraintKind> withForced(ConstraintKind kind) {
        List<ConstraintKind> kinds = forcedKinds();
        kinds.add(kind);
        return kinds;
    }
}
