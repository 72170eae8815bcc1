package org.craftrank.unit;

import org.craftrank.common.version.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendingUnit")
public record UnitView(long id, long campaignId, String name, UnitKind kind, int quota,
                       @Schema(description = "lower end of the quota range, if any") Integer minimum,
                       @Schema(description = "candidates nominated so far") long nominated,
                       @Schema(description = "row version; sent as the ETag, send it back in If-Match") long version) implements Versioned {
}
