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
 * @param basis                     for each parameter, the verbatim passages of the notice it comes from
 */
public record EligibilityParameters(Map<CampaignLevel, Integer> minShopFloorYears, Integer advisoryMaxAge,
                                    int requiredOutsideReferees, Integer maxPerGroupCompanyPerUnit,
                                    Map<String, Integer> textLimits, Map<String, List<String>> basis) {

    public EligibilityParameters {
        minShopFloorYears = Map.copyOf(minShopFloorYears);
        textLimits = Map.copyOf(textLimits);
        basis = Map.copyOf(basis);
    }

    public Optional<Integer> minShopFloorYearsFor(CampaignLevel level) {
        return Optional.ofNullable(minShopFloorYears.get(level));
    }
}
