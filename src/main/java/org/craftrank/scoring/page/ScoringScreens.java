package org.craftrank.scoring.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.page.CampaignTabs;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.scoring.sheet.ScoringProgress;
import org.craftrank.scoring.work.AssignmentOverview;
import org.craftrank.scoring.work.ScoringOverviewService;
import org.craftrank.web.Msg;
import org.craftrank.web.PageLanguage;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assembles what the secretariat's scoring pages (progress, assignments) show from the read models of
 * {@link ScoringOverviewService}: the campaign's heading and tabs, names joined in the page's language.
 */
@ApplicationScoped
public class ScoringScreens {

    private final ScoringOverviewService overview;

    public ScoringScreens(ScoringOverviewService overview) {
        this.overview = overview;
    }

    public ScoringViews.Progress progress(long campaignId, PageLanguage language, Msg msg, SecretariatMsg texts) {
        ScoringOverviewService.Progress read = overview.progress(campaignId);
        ProgressBoard board = board(read.view());
        String behind = board.expertsBehind().stream().map(ProgressBoard.ExpertRow::name)
                .collect(Collectors.joining(language.listSeparator()));
        return new ScoringViews.Progress(ExpertScreens.header(read.campaign(), msg),
                CampaignTabs.of(campaignId, read.campaign().phase(), CampaignTabs.Tab.PROGRESS, texts, msg), board, behind);
    }

    /** @param expertId only this expert's assignments (and selected in the filter), or null for all */
    public ScoringViews.Assignments assignments(long campaignId, Long expertId, Msg msg, SecretariatMsg texts) {
        AssignmentOverview read = overview.assignments(campaignId, expertId);
        List<ScoringViews.ExpertOption> options = read.experts().stream()
                .sorted(Comparator.comparing(AssignmentOverview.PanelExpert::name))
                .map(e -> new ScoringViews.ExpertOption(e.id(), e.name(), Long.valueOf(e.id()).equals(expertId)))
                .toList();
        return new ScoringViews.Assignments(ExpertScreens.header(read.campaign(), msg),
                CampaignTabs.of(campaignId, read.campaign().phase(), CampaignTabs.Tab.ASSIGNMENTS, texts, msg),
                read.rows(), options, read.conflicts());
    }

    static ProgressBoard board(ScoringProgress.View view) {
        return ProgressBoard.of(
                view.experts().stream().map(e -> new ProgressBoard.ExpertCounts(e.expertId(), e.name(), e.assigned(),
                        e.notStarted(), e.draft(), e.submitted(), e.declaredConflicts())).toList(),
                view.candidates().stream().map(c -> new ProgressBoard.CandidateCounts(c.candidateId(), c.code(),
                        c.name(), c.required(), c.submitted())).toList());
    }
}
