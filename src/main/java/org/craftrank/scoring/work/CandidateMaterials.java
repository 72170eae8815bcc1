package org.craftrank.scoring.work;

import java.util.List;

/**
 * The candidate's nomination materials as an expert may read them, without ID number or phone (the expert never
 * needs them).
 *
 * @param blind the campaign scores blind: name, unit, employer, position and the referees' names and
 *              employers are null, and free texts have those words blanked out
 */
public record CandidateMaterials(boolean blind, String name, String recommendingUnit, String employer,
                                 String position, String industry, String trade, String title, String skillLevel,
                                 Integer shopFloorYears, String group, String honours, String awards,
                                 String recommendationReason, String oneLineReason, String personalStatement,
                                 List<Referee> referees, List<Extra> extraFields) {

    /** A referee; under blind scoring only the title is shown. */
    public record Referee(String name, String employer, String title) {
    }

    public record Extra(String name, String value) {
    }
}
