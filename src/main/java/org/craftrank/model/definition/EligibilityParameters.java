package org.craftrank.model.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The eligibility parameters a model's notice sets; the formal review applies them.
 *
 * @param minShopFloorYears         minimum years on the shop floor per campaign level (a level absent here is
 *                                  one the model does not cover)
 * @param advisoryMaxAge            "generally not over" age: a warning, not a failure; null when none
 * @param requiredOutsideReferees   senior referees from outside the candidate's employer (0 when not required)
 * @param maxPerGroupCompanyPerUnit at most this many candidates per group company from one unit; null when free
 * @param textLimits                maximum characters per candidate text field
 * @param declarationRules          for each flag the recommending unit declares about a candidate (keys from
 *                                  {@link CandidateFieldNames#DECLARATIONS}), what a true flag means: FAIL when
 *                                  the notice excludes such people, WARN when it only advises against them
 *                                  ("原则上不推荐"); a flag absent here is not checked
 * @param basis                     for each parameter, the verbatim passages of the notice it comes from
 */
public record EligibilityParameters(Map<CampaignLevel, Integer> minShopFloorYears, Integer advisoryMaxAge,
                                    int requiredOutsideReferees, Integer maxPerGroupCompanyPerUnit,
                                    Map<String, Integer> textLimits, Map<String, RuleSeverity> declarationRules,
                                    Map<String, List<String>> basis) {

    public EligibilityParameters {
        minShopFloorYears = Map.copyOf(minShopFloorYears);
        textLimits = Map.copyOf(textLimits);
        declarationRules = Map.copyOf(declarationRules);
        basis = Map.copyOf(basis);
    }

    public Optional<Integer> minShopFloorYearsFor(CampaignLevel level) {
        return Optional.ofNullable(minShopFloorYears.get(level));
    }

    /** The verbatim passages behind a parameter (empty when the model quotes none). */
    public List<String> basisOf(String parameter) {
        return basis.getOrDefault(parameter, List.of());
    }
}
