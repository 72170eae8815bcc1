package org.craftrank.candidate;

import org.craftrank.common.version.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A candidate as the secretariat sees it: every field, with ID number and phone masked. */
@Schema(name = "Candidate")
public record CandidateView(long id, long campaignId,
                            @Schema(description = "pseudonymous code used in anonymised views") String code,
                            long recommendingUnitId, String recommendingUnit, String name, Gender gender,
                            String birthYearMonth, String ethnicity, String education, String politicalStatus,
                            @Schema(description = "masked, e.g. 110105********002X") String idNumberMasked,
                            String employer, String position, String industry, String trade, String title,
                            String skillLevel, String workStart, Integer shopFloorYears, String enterpriseType,
                            String personnelCategory, Boolean migrantWorker, String honours, String awards,
                            List<RefereeView> referees, String recommendationReason, String oneLineReason,
                            String personalStatement, String employerAddress, String postcode,
                            @Schema(description = "masked, e.g. 139****1234") String phoneMasked,
                            String group, String groupCompany, Map<String, String> extraFields,
                            CandidateRequest.Declarations declarations,
                            @Schema(description = "row version; sent as the ETag, send it back in If-Match") long version) implements Versioned {

    @Schema(name = "Referee")
    public record RefereeView(String name, String employer, String title) {
    }
}
