package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a solved 0/1 vector into a {@link Shortlist} that says why each candidate is in or out, using the exact
 * exchange argument of {@link ExchangeAnalysis}.
 */
final class ShortlistExplainer {

    private final SelectionProblem problem;
    private final boolean[] chosen;
    private final Optimality optimality;
    private final ExchangeAnalysis exchanges;
    private final Set<String> tiedCodes = new HashSet<>();
    private final Map<String, TieGroup> tieOf = new LinkedHashMap<>();

    private ShortlistExplainer(SelectionProblem problem, boolean[] chosen, Optimality optimality) {
        this.problem = problem;
        this.chosen = chosen;
        this.optimality = optimality;
        this.exchanges = new ExchangeAnalysis(problem, chosen);
    }

    static Shortlist explain(SelectionProblem problem, boolean[] chosen, Optimality optimality,
                             SolverSettings settings) {
        return new ShortlistExplainer(problem, chosen, optimality).shortlist(settings);
    }

    private Shortlist shortlist(SolverSettings settings) {
        List<SelectedEntry> selected = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < problem.size(); i++) {
            if (chosen[i]) {
                ShortlistCandidate candidate = problem.candidate(i);
                selected.add(new SelectedEntry(candidate.code(), candidate.rank(), candidate.score(), false,
                        whyIn(i)));
                total = total.add(candidate.score());
            }
        }
        ShortlistCandidate atCut = cutCandidate(selected);
        ExactScore cut = atCut == null ? null : atCut.exactScore();
        List<TieGroup> ties = ties(cut);
        selected = selected.stream().map(e -> tiedCodes.contains(e.code())
                ? new SelectedEntry(e.code(), e.rank(), e.score(), true, e.reasons()) : e).toList();

        List<NonSelectedEntry> notSelected = new ArrayList<>();
        for (ShortlistCandidate candidate : problem.all) {
            Integer i = problem.eligibleIndex(candidate.code());
            boolean aboveCut = cut != null && candidate.hasScore() && candidate.exactScore().compareTo(cut) >= 0;
            if (i == null) {
                notSelected.add(new NonSelectedEntry(candidate.code(), candidate.rank(), candidate.score(), aboveCut,
                        false, List.of(whyIneligible(problem.ineligible.get(candidate.code())))));
            } else if (!chosen[i]) {
                notSelected.add(new NonSelectedEntry(candidate.code(), candidate.rank(), candidate.score(), aboveCut,
                        tiedCodes.contains(candidate.code()), whyOut(i)));
            }
        }
        return new Shortlist(problem.request.places(), problem.places, problem.all.size(), problem.size(), selected,
                notSelected, total, atCut == null ? null : atCut.score(), ties, constraintStatuses(), optimality, notes(settings));
    }

    // ---- why in ----

    private List<Reason> whyIn(int d) {
        List<Reason> reasons = new ArrayList<>();
        if (problem.fixedIn[d]) {
            reasons.add(Reason.of(ReasonKind.FIXED_INCLUSION, "fixed on the list by the committee"));
        }
        if (problem.kept[d]) {
            reasons.add(Reason.of(ReasonKind.KEPT_ON_LIST, "kept on the list after a withdrawal"));
        }
        for (ConstraintKind minimum : ConstraintKind.MINIMA) {
            List<String> heldOff = new ArrayList<>();
            for (int c = 0; c < d; c++) {
                if (!chosen[c]) {
                    List<ExchangeAnalysis.Blocker> blockers = exchanges.blockers(c, d);
                    boolean cOtherwiseFree = blockers.stream().noneMatch(ExchangeAnalysis.Blocker::onIncomingSide);
                    if (cOtherwiseFree && blockers.contains(new ExchangeAnalysis.Blocker(minimum, null))) {
                        heldOff.add(problem.candidate(c).code());
                    }
                }
            }
            if (!heldOff.isEmpty()) {
                int required = problem.required(minimum);
                reasons.add(new Reason(minimum == ConstraintKind.WOMEN_MINIMUM ? ReasonKind.WOMEN_MINIMUM
                        : ReasonKind.YOUNG_MINIMUM, null, required, heldOff,
                        "needed for the minimum of " + required + " " + minimum.qualifyingNoun() + " ("
                                + exchanges.selectedQualifying(minimum) + " on the list): otherwise "
                                + listed(heldOff) + ", ranked higher, would take this place"));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(ReasonKind.MERIT, "in on merit"));
        }
        return reasons;
    }

    /** The lowest (exact) score among those in on merit alone; see {@link Shortlist#cutScore()}. */
    private ShortlistCandidate cutCandidate(List<SelectedEntry> selected) {
        ShortlistCandidate onMerit = selected.stream().filter(SelectedEntry::onMerit).map(this::candidate)
                .min(ShortlistCandidate::compareScore).orElse(null);
        return onMerit != null ? onMerit
                : selected.stream().map(this::candidate).min(ShortlistCandidate::compareScore).orElse(null);
    }

    private ShortlistCandidate candidate(SelectedEntry entry) {
        return problem.candidate(problem.eligibleIndex(entry.code()));
    }

    // ---- ties ----

    /**
     * Equal scores split between in and out, flagged when at the cut score, or when some pair could be exchanged
     * without breaking any constraint (only the merit order, rank then code, decided between them).
     */
    private List<TieGroup> ties(ExactScore cut) {
        // Grouped by the exact score: equal displayed scores with different exact values are no tie.
        Map<ExactScore, List<Integer>> byScore = new TreeMap<>(Comparator.reverseOrder());
        for (int i = 0; i < problem.size(); i++) {
            byScore.computeIfAbsent(problem.candidate(i).exactScore(), s -> new ArrayList<>()).add(i);
        }
        List<TieGroup> ties = new ArrayList<>();
        byScore.forEach((score, members) -> {
            List<Integer> in = members.stream().filter(i -> chosen[i]).toList();
            List<Integer> out = members.stream().filter(i -> !chosen[i]).toList();
            if (in.isEmpty() || out.isEmpty()) {
                return;
            }
            boolean exchangeable = in.stream()
                    .anyMatch(d -> out.stream().anyMatch(c -> exchanges.blockers(c, d).isEmpty()));
            boolean atCut = cut != null && score.compareTo(cut) == 0;
            if (atCut || exchangeable) {
                TieGroup tie = new TieGroup(problem.candidate(members.get(0)).score(), codes(in), codes(out), atCut,
                        exchangeable);
                ties.add(tie);
                members.forEach(i -> {
                    tiedCodes.add(problem.candidate(i).code());
                    tieOf.put(problem.candidate(i).code(), tie);
                });
            }
        });
        return ties;
    }

    // ---- why out ----

    private List<Reason> whyOut(int c) {
        Map<ExchangeAnalysis.Blocker, List<String>> blocked = new LinkedHashMap<>();
        List<String> unexplained = new ArrayList<>();
        boolean anyBelow = false;
        ShortlistCandidate self = problem.candidate(c);
        TieGroup tie = tieOf.get(self.code());
        for (int d = 0; d < problem.size(); d++) {
            // Selected candidates below c in merit order; and, when c is in a flagged tie, those above it with the
            // same score, since the committee may weigh c against them and must see what forbids the exchange.
            boolean below = d > c;
            boolean tiedAbove = !below && tie != null && problem.candidate(d).compareScore(self) == 0;
            if (!chosen[d] || !(below || tiedAbove)) {
                continue;
            }
            anyBelow |= below;
            List<ExchangeAnalysis.Blocker> blockers = exchanges.blockers(c, d);
            if (blockers.isEmpty() && below) {
                if (optimality == Optimality.PROVEN_OPTIMAL) {
                    throw new IllegalStateException("internal error: " + problem.candidate(c).code()
                            + " could replace lower-ranked " + problem.candidate(d).code()
                            + " in a list proven optimal");
                }
                unexplained.add(problem.candidate(d).code());
            }
            for (ExchangeAnalysis.Blocker blocker : blockers) {
                blocked.computeIfAbsent(blocker, b -> new ArrayList<>()).add(problem.candidate(d).code());
            }
        }
        List<Reason> reasons = new ArrayList<>();
        blocked.keySet().stream().sorted(Comparator.comparing(ExchangeAnalysis.Blocker::kind)
                        .thenComparing(b -> b.key() == null ? "" : b.key()))
                .forEach(blocker -> reasons.add(reason(blocker, blocked.get(blocker))));
        if (!unexplained.isEmpty()) {
            reasons.add(new Reason(ReasonKind.NOT_PROVEN_OPTIMAL, null, null, unexplained,
                    "could replace " + listed(unexplained) + " without breaking a constraint: the solver stopped"
                            + " at its time limit before proving the list optimal"));
        }
        if (tie != null) {
            reasons.add(tieReason(c, tie));
        }
        if (!anyBelow && tie == null) {
            reasons.add(Reason.of(ReasonKind.OUTRANKED, "every candidate on the list ranks above"));
        }
        return reasons;
    }

    private Reason reason(ExchangeAnalysis.Blocker blocker, List<String> holders) {
        ConstraintKind kind = blocker.kind();
        if (kind.isCap()) {
            int limit = problem.capForKey(kind, blocker.key());
            ReasonKind reasonKind = switch (kind) {
                case UNIT_CAP -> ReasonKind.UNIT_CAP_REACHED;
                case INDUSTRY_CAP -> ReasonKind.INDUSTRY_CAP_REACHED;
                default -> ReasonKind.GROUP_CAP_REACHED;
            };
            return new Reason(reasonKind, blocker.key(), limit, List.of(),
                    "the cap of " + limit + " for " + kind.keyNoun() + " " + blocker.key() + " is reached ("
                            + exchanges.selectedWithKey(kind, blocker.key()) + " on the list)");
        }
        return switch (kind) {
            case WOMEN_MINIMUM, YOUNG_MINIMUM -> {
                int required = problem.required(kind);
                yield new Reason(kind == ConstraintKind.WOMEN_MINIMUM ? ReasonKind.DISPLACED_BY_WOMEN_MINIMUM
                        : ReasonKind.DISPLACED_BY_YOUNG_MINIMUM, null, required, holders,
                        listed(holders) + " on the list (scored no higher) " + (holders.size() == 1 ? "is" : "are")
                                + " needed for the minimum of " + required + " " + kind.qualifyingNoun());
            }
            case FIXED_INCLUSION -> new Reason(ReasonKind.DISPLACED_BY_FIXED_INCLUSION, null, null, holders,
                    listed(holders) + " (scored no higher) fixed on the list by the committee");
            case KEPT_ON_LIST -> new Reason(ReasonKind.DISPLACED_BY_KEPT_ON_LIST, null, null, holders,
                    listed(holders) + " (scored no higher) kept on the list after a withdrawal");
            default -> throw new IllegalStateException("no reason for " + kind);
        };
    }

    private Reason tieReason(int c, TieGroup tie) {
        List<String> freelyExchangeable = new ArrayList<>();
        for (int d = 0; d < problem.size(); d++) {
            if (chosen[d] && problem.candidate(d).compareScore(problem.candidate(c)) == 0
                    && exchanges.blockers(c, d).isEmpty()) {
                freelyExchangeable.add(problem.candidate(d).code());
            }
        }
        String score = SelectionProblem.plain(tie.score());
        if (freelyExchangeable.isEmpty()) {
            return new Reason(ReasonKind.TIED_AT_EQUAL_SCORE, null, null, tie.selected(),
                    "same score " + score + " as " + listed(tie.selected()) + " on the list"
                            + (tie.atCutLine() ? " at the cut line" : "")
                            + ", but an exchange would break a constraint");
        }
        return new Reason(ReasonKind.TIED_AT_EQUAL_SCORE, null, null, freelyExchangeable,
                "same score " + score + " as " + listed(freelyExchangeable) + " on the list, who could be exchanged"
                        + " with this candidate without breaking any constraint; only the merit order (rank "
                        + problem.candidate(c).rank() + ", then code) put this one out: the committee decides");
    }

    private static Reason whyIneligible(ReasonKind kind) {
        return switch (kind) {
            case NO_SCORE -> Reason.of(kind, "has no aggregated score, so cannot be selected");
            case FIXED_EXCLUSION -> Reason.of(kind, "kept off the list by the committee");
            case WITHDRAWN -> Reason.of(kind, "withdrew");
            default -> throw new IllegalStateException(kind.name());
        };
    }

    // ---- the rest ----

    private List<ConstraintStatus> constraintStatuses() {
        List<ConstraintStatus> statuses = new ArrayList<>();
        for (ConstraintKind cap : ConstraintKind.CAPS) {
            problem.cappedGroups(cap).keySet().forEach(key -> {
                int limit = problem.capForKey(cap, key);
                int count = exchanges.selectedWithKey(cap, key);
                statuses.add(new ConstraintStatus(cap, key, limit, count, count == limit));
            });
        }
        for (ConstraintKind minimum : ConstraintKind.MINIMA) {
            int required = problem.required(minimum);
            if (required > 0) {
                int count = exchanges.selectedQualifying(minimum);
                statuses.add(new ConstraintStatus(minimum, null, required, count, count == required));
            }
        }
        return statuses;
    }

    private List<String> notes(SolverSettings settings) {
        List<String> notes = new ArrayList<>();
        if (problem.places < problem.request.places()) {
            Map<ReasonKind, Long> why = new TreeMap<>();
            problem.ineligible.values().forEach(kind -> why.merge(kind, 1L, Long::sum));
            List<String> parts = new ArrayList<>();
            why.forEach((kind, count) -> parts.add(count + " " + switch (kind) {
                case NO_SCORE -> "without a score";
                case FIXED_EXCLUSION -> "fixed exclusions";
                case WITHDRAWN -> "withdrawn";
                default -> kind.name();
            }));
            notes.add("only " + problem.places + " eligible candidates for " + problem.request.places()
                    + " places: every eligible candidate is on the list"
                    + (parts.isEmpty() ? "" : " (not eligible: " + String.join(", ", parts) + ")"));
        }
        if (optimality == Optimality.MERIT_ORDER_NOT_PROVEN) {
            notes.add("the total score is proven optimal, but the merit-order step stopped at the time limit of "
                    + settings.describeLimits() + ": among lists with the same total a better-ranked one may"
                    + " exist");
        } else if (optimality == Optimality.SCORE_NOT_PROVEN) {
            notes.add("the solver stopped at the time limit of " + settings.describeLimits()
                    + " before proving that no list has a higher total score");
        }
        return notes;
    }

    private List<String> codes(List<Integer> indices) {
        return indices.stream().map(i -> problem.candidate(i).code()).toList();
    }

    private static String listed(List<String> codes) {
        int shown = 5;
        if (codes.size() <= shown) {
            return String.join(", ", codes);
        }
        return String.join(", ", codes.subList(0, shown)) + " and " + (codes.size() - shown) + " more";
    }
}
