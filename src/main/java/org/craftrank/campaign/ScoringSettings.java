package org.craftrank.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the experts see the candidates they score, set per campaign.
 *
 * @param blind experts see the candidate's pseudonymous code instead of their identity (name, recommending unit,
 *              employer, position, the referees' names and employers); null keeps the current setting on update
 *              and means false on create
 */
@Schema(name = "ScoringSettings")
public record ScoringSettings(
        @Schema(description = "blind scoring (匿名评审): experts see the candidate's code, not the name, recommending "
                + "unit, employer, position or the referees' names and employers; free texts are shown with those "
                + "names blanked out where they appear literally. Fixed once the campaign is in SCORING; default false",
                examples = "true")
        Boolean blind) {

    public static ScoringSettings defaults() {
        return new ScoringSettings(false);
    }
}
