package org.craftrank.scoring.page;

import org.craftrank.scoring.autoassign.Infeasible;

import java.util.List;

/**
 * Says the solver's bottleneck in the page's language: the solver gives its sentence in English (for the API and
 * the log) together with the figures ({@link Infeasible.Facts}); this picks the same sentence from the bundle.
 */
final class InfeasibleWording {

    private InfeasibleWording() {
    }

    static String of(Infeasible.Facts facts, AssignMsg t) {
        List<String> v = facts.values();
        return switch (facts.key()) {
            case "enough-eligible-experts" -> t.infeasible_enough_eligible_experts(candidate(v.get(0), v.get(1), t),
                    v.get(2), v.get(3), v.get(4));
            case "lower-bound-reachable" -> t.infeasible_lower_bound_reachable(expert(v.get(0), v.get(1), t),
                    !v.get(1).isEmpty(), v.get(2), v.get(3));
            case "upper-bounds-cover-demand" -> t.infeasible_upper_bounds_cover_demand(v.get(0), v.get(1));
            case "lower-bounds-fit-demand" -> t.infeasible_lower_bounds_fit_demand(v.get(0), v.get(1));
            case "group-upper-bounds-cover-demand" ->
                    t.infeasible_group_upper_bounds_cover_demand(v.get(0), v.get(1), v.get(2));
            case "group-lower-bounds-fit-demand" ->
                    t.infeasible_group_lower_bounds_fit_demand(v.get(0), v.get(1), v.get(2));
            case "saturated-candidate" -> t.infeasible_saturated_candidate(candidate(v.get(0), v.get(1), t),
                    v.get(2), v.get(3), v.get(4), v.get(5));
            case "saturated-candidates" -> t.infeasible_saturated_candidates(v.get(0), v.get(1), v.get(2),
                    v.get(3), v.get(4), v.get(5), v.get(6), v.get(7));
            case "unreachable-lower-bound" -> t.infeasible_unreachable_lower_bound(expert(v.get(0), v.get(1), t),
                    v.get(2), v.get(3));
            case "unreachable-lower-bounds" -> t.infeasible_unreachable_lower_bounds(v.get(0), v.get(1), v.get(2),
                    v.get(3), v.get(4));
            case "load-bounds" -> t.infeasible_load_bounds();
            default -> throw new IllegalArgumentException("no wording for bottleneck " + facts.key());
        };
    }

    private static String candidate(String code, String group, AssignMsg t) {
        return group.isEmpty() ? t.candidate_plain(code) : t.candidate_in_group(code, group);
    }

    private static String expert(String label, String group, AssignMsg t) {
        return group.isEmpty() ? t.expert_plain(label) : t.expert_in_group(label, group);
    }
}
