package org.craftrank.unit;

import org.craftrank.common.version.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendingUnit")
public record UnitView(long id, long campaignId, String name, UnitKind kind, int quota,
                       @Schema(description = "lower end of the quota range, if any") Integer minimum,
                       @Schema(description = "candidates nominated so far") long nominated,
                       @Schema(description = "row version; sent as the ETag, send it back in If-Match") long version,
                       @Schema(description = "the unit's contact (联系人及联系方式), if given") String contact,
                       @Schema(description = "OPEN (未上报), SUBMITTED (已上报: locked for the unit) or RETURNED "
                               + "(已退回 with a reason: open again)") UnitListStatus listStatus,
                       java.time.Instant listSubmittedAt, java.time.Instant listReturnedAt,
                       @Schema(description = "why the secretariat last returned the list") String listReturnReason)
        implements Versioned {
}
