package org.craftrank.scoring.work;

import java.util.List;

/**
 * An expert's assigned candidates in one campaign with the state of their own sheet for each: the one read model
 * of the work list, shown by the page and returned by the API. Under blind scoring it is already redacted: rows
 * carry the code, never the name or the employer.
 *
 * @param scoringOpen the campaign is in a phase that lets experts write sheets
 * @param hasGroups   the campaign's model sorts candidates into groups (the list shows the column)
 */
public record ExpertWork(CampaignRef campaign, boolean scoringOpen, boolean hasGroups, boolean blind,
                         List<Row> rows) {

    /** @param name null under blind scoring; @param employer null under blind scoring */
    public record Row(long candidateId, String code, String name, String employer, String trade, String group,
                      SheetState state) {
    }

    public int submitted() {
        return (int) rows.stream().filter(r -> r.state() == SheetState.SUBMITTED).count();
    }
}
