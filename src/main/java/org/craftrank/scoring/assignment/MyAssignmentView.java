package org.craftrank.scoring.assignment;

/**
 * A candidate as the assigned expert sees it in their work list: what they need to find the materials, and
 * how far their own sheet is. Never another expert's progress or scores.
 *
 * @param sheetStatus NOT_STARTED, DRAFT or SUBMITTED
 */
public record MyAssignmentView(long candidateId, String code, String name, String employer, String trade,
                               String group, String sheetStatus) {
}
