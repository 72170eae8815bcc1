package org.craftrank.dossier.form;

import java.util.List;

/**
 * What a generated 推荐表 shows: the candidate's fields as the form words them (empty text where a field is not
 * known, left for the unit to fill in by hand), the referees, the recommending unit and the photo's bytes (JPEG or
 * PNG, or null). It holds personal data: never log it.
 */
public record FormData(String form, String name, String gender, String birthYearMonth, String ethnicity,
                       String education, String politicalStatus, String idNumber, String employer, String position,
                       String industry, String trade, String title, String skillLevel, String workStart,
                       String shopFloorYears, String enterpriseType, String phone, String employerAddress,
                       String postcode, String honours, String awards, String recommendationReason,
                       String personalStatement, List<String> referees, String unitName, byte[] photo) {

    public FormData {
        referees = referees == null ? List.of() : List.copyOf(referees);
    }

    @Override
    public String toString() {
        return "FormData[" + form + "]"; // never the personal data
    }
}
