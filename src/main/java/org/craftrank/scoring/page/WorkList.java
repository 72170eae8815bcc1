package org.craftrank.scoring.page;

import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.scoring.work.ExpertWork;
import org.craftrank.scoring.work.SheetState;

import java.util.List;

/**
 * The work list page: the expert's {@link ExpertWork} under the campaign's heading.
 *
 * @param blind the campaign scores blind: rows carry the code, no name or employer
 */
public record WorkList(CampaignHeader campaign, boolean scoringOpen, boolean hasGroups, List<ExpertWork.Row> rows,
                       int submitted, boolean blind) {

    public int total() {
        return rows.size();
    }

    /** Candidates the expert still has to score (declared conflicts are not theirs to score). */
    public int scorable() {
        return (int) rows.stream().filter(r -> r.state() != SheetState.CONFLICT).count();
    }
}
