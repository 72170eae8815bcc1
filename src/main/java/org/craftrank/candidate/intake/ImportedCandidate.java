package org.craftrank.candidate.intake;

import org.craftrank.candidate.Gender;

import java.util.List;
import java.util.Map;

/**
 * One table row read into candidate fields (year-months as yyyy-MM, numbers as numbers), before the campaign's
 * rules are applied. A field whose cell could not be read is null, and the row carries the problem.
 *
 * @param row          spreadsheet row number
 * @param unitName     the row's 推荐单位 cell, when the table has that column
 * @param cells        for each column the row has, the cell reference (e.g. H5), for the report
 * @param values       for each column, the cell's text, for the report (masked before it is shown)
 */
public record ImportedCandidate(int row, String unitName, String name, Gender gender, String birthYearMonth,
                                String ethnicity, String education, String politicalStatus, String idNumber,
                                String employer, String position, String industry, String trade, String title,
                                String skillLevel, String workStart, Integer shopFloorYears, String enterpriseType,
                                String personnelCategory, Boolean migrantWorker, String honours, String awards,
                                List<Referee> referees, String recommendationReason, String oneLineReason,
                                String personalStatement, String employerAddress, String postcode, String phone,
                                String group, String groupCompany, Boolean recognisedGreatCraftsman,
                                Boolean leadershipPost, Boolean otherTalentProgramme,
                                Map<SummaryColumn, String> cells, Map<SummaryColumn, String> values) {

    /** A referee read from one 同行高级专家 N 姓名单位职务 cell. */
    public record Referee(String name, String employer, String title) {
    }
}
