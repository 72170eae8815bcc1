package org.craftrank.shortlist.page;

import org.craftrank.common.UnprocessableException;
import org.craftrank.shortlist.InfeasibleShortlistException;
import org.craftrank.shortlist.solver.ConstraintKind;
import org.craftrank.shortlist.solver.Infeasibility;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words why a shortlist cannot be solved, in the page's language, from the kind and numbers of each reason the
 * solver found (never its English detail).
 */
final class ShortlistInfeasibleWording {

    private ShortlistInfeasibleWording() {
    }

    /** The refusal as a page shows it: every reason of an infeasible shortlist, or what else stopped the solver. */
    static String refusal(UnprocessableException e, ShortlistMsg texts, String separator) {
        if (e instanceof InfeasibleShortlistException infeasible) {
            return texts.infeasible(infeasible.reasons().stream().map(r -> sentence(r, texts))
                    .collect(Collectors.joining(separator)));
        }
        return texts.not_solved();
    }

    static String sentence(Infeasibility reason, ShortlistMsg texts) {
        List<ConstraintKind> kinds = reason.constraints();
        String constraints = kinds.stream().map(texts::constraint).collect(Collectors.joining("、"));
        ConstraintKind cap = kinds.stream().filter(ConstraintKind::isCap).findFirst().orElse(null);
        ConstraintKind minimum = kinds.stream().filter(ConstraintKind::isMinimum).findFirst().orElse(null);
        long required = reason.required() == null ? 0 : reason.required();
        long achievable = reason.achievable() == null ? 0 : reason.achievable();
        long shortBy = reason.shortBy() == null ? 0 : reason.shortBy();
        int places = reason.places();
        return switch (reason.kind()) {
            case FORCED_INELIGIBLE -> texts.infeasible_forced_ineligible(kinds.contains(ConstraintKind.FIXED_INCLUSION)
                    ? texts.fixed_candidate() : texts.kept_candidate(), reason.candidate(),
                    texts.ineligible_because(reason.why()));
            case FORCED_OVER_PLACES -> texts.infeasible_forced_over_places(required, places);
            case FORCED_OVER_CAP -> texts.infeasible_forced_over_cap(texts.cap_noun(cap), reason.key(), required,
                    achievable);
            case CAP_CAPACITY -> texts.infeasible_cap_capacity(texts.constraint(cap), achievable, places, shortBy);
            case MINIMUM_OVER_PLACES -> texts.infeasible_minimum_over_places(texts.constraint(minimum), required,
                    places);
            case MINIMUM_TOO_FEW -> texts.infeasible_minimum_too_few(texts.constraint(minimum), required, achievable,
                    shortBy);
            case CAP_LIMITS_MINIMUM -> texts.infeasible_cap_limits_minimum(texts.constraint(cap), achievable,
                    texts.qualifying(minimum), texts.constraint(minimum), required, shortBy);
            case FORCED_CROWD_OUT_MINIMUM -> texts.infeasible_forced_crowd_out(achievable, texts.qualifying(minimum),
                    texts.constraint(minimum), required, shortBy);
            case TOGETHER -> texts.infeasible_together(constraints, places);
            case TOGETHER_MINIMUM -> texts.infeasible_together_minimum(constraints, achievable,
                    texts.qualifying(minimum), required, shortBy);
            case TOGETHER_PLACES -> texts.infeasible_together_places(constraints, achievable, places, shortBy);
        };
    }
}
