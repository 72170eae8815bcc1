package org.craftrank.scoring.page;

import org.craftrank.campaign.page.CampaignHeader;

import java.util.List;

/**
 * An expert's assigned candidates in one campaign, with the state of their own sheet for each.
 *
 * @param blind the campaign scores blind: rows carry the code, no name or employer
 */
public record WorkList(CampaignHeader campaign, boolean scoringOpen, boolean hasGroups, List<Row> rows,
                       int submitted, boolean blind) {

    public record Row(long candidateId, String code, String name, String employer, String trade, String group,
                      SheetState state) {
    }

    public int total() {
        return rows.size();
    }

    /** Candidates the expert still has to score (declared conflicts are not theirs to score). */
    public int scorable() {
        return (int) rows.stream().filter(r -> r.state() != SheetState.CONFLICT).count();
    }
}
