package org.craftrank.scoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.craftrank.scoring.work.SheetState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate as the assigned expert sees it in their work list: what they need to find the materials, and
 * how far their own sheet is. Never another expert's progress or scores.
 *
 * @param name        null when the campaign scores blind (the code stands for the candidate)
 * @param employer    null when the campaign scores blind
 * @param sheetStatus NOT_STARTED, DRAFT, SUBMITTED, or CONFLICT once the expert declared a conflict of interest
 *                    with the candidate (the sheet can then no longer be opened)
 * @param blind       the campaign scores blind
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyAssignmentView(long candidateId, String code, String name, String employer, String trade,
                               String group,
                               @Schema(description = "NOT_STARTED, DRAFT, SUBMITTED, or CONFLICT once the expert "
                                       + "declared a conflict of interest with the candidate") SheetState sheetStatus,
                               boolean blind) {
}
