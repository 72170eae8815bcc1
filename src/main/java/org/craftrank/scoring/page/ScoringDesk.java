package org.craftrank.scoring.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.campaign.page.CampaignTabs;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.assignment.AssignmentView;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.ScoringProgress;
import org.craftrank.scoring.sheet.SheetStatus;
import org.craftrank.web.Msg;
import org.craftrank.web.PageLanguage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what the secretariat's scoring pages (progress, assignments) show, each page in one transaction. */
@ApplicationScoped
public class ScoringDesk {

    private final CampaignService campaigns;
    private final ScoringProgress progress;
    private final AssignmentService assignments;
    private final ConflictService conflicts;
    private final ExpertRepository experts;
    private final CandidateRepository candidates;
    private final ScoreSheetService sheets;

    public ScoringDesk(CampaignService campaigns, ScoringProgress progress, AssignmentService assignments,
                       ConflictService conflicts, ExpertRepository experts, CandidateRepository candidates,
                       ScoreSheetService sheets) {
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.progress = progress;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.experts = experts;
        this.candidates = candidates;
    }

    @Transactional
    public ScoringViews.Progress progress(long campaignId, PageLanguage language, Msg msg,
                                              SecretariatMsg texts) {
        Campaign campaign = campaigns.require(campaignId);
        ProgressBoard board = board(campaignId);
        String behind = board.expertsBehind().stream().map(ProgressBoard.ExpertRow::name)
                .collect(Collectors.joining(language.listSeparator()));
        return new ScoringViews.Progress(CampaignHeader.of(campaign, msg),
                CampaignTabs.of(campaignId, campaign.phase, CampaignTabs.Tab.PROGRESS, texts), board, behind);
    }

    @Transactional
    public ScoringViews.Assignments assignments(long campaignId, Long expertId, Msg msg, SecretariatMsg texts) {
        Campaign campaign = campaigns.require(campaignId);
        List<Expert> panel = experts.listByCampaign(campaignId);
        Map<Long, Expert> expertById = panel.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        // Which sheets are submitted, so the page can offer to reopen them (one query per expert of the panel).
        Map<Long, Map<Long, SheetStatus>> statuses = panel.stream().collect(Collectors.toMap(e -> e.id,
                e -> sheets.statusesOf(campaignId, e.id)));
        List<ScoringViews.AssignmentRow> rows = assignments.list(campaignId, expertId, null).stream()
                .sorted(Comparator.comparing((AssignmentView a) -> a.expertName() == null ? "" : a.expertName())
                        .thenComparing(a -> a.candidateCode() == null ? "" : a.candidateCode()))
                .map(a -> new ScoringViews.AssignmentRow(a, statuses.getOrDefault(a.expertId(), Map.of())
                        .get(a.candidateId()) == SheetStatus.SUBMITTED))
                .toList();
        List<ScoringViews.Conflict> declared = conflicts.declarations(campaignId).stream().map(d -> {
            Candidate candidate = candidates.findInCampaign(campaignId, d.candidateId).orElse(null);
            Expert expert = expertById.get(d.expertId);
            return new ScoringViews.Conflict(expert == null ? String.valueOf(d.expertId) : expert.name,
                    candidate == null ? "" : candidate.code, candidate == null ? "" : candidate.name, d.reason,
                    d.declaredAt);
        }).toList();
        List<ScoringViews.ExpertOption> options = panel.stream()
                .sorted(Comparator.comparing((Expert e) -> e.name))
                .map(e -> new ScoringViews.ExpertOption(e.id, e.name, e.id.equals(expertId))).toList();
        return new ScoringViews.Assignments(CampaignHeader.of(campaign, msg),
                CampaignTabs.of(campaignId, campaign.phase, CampaignTabs.Tab.ASSIGNMENTS, texts), rows, options,
                declared);
    }

    ProgressBoard board(long campaignId) {
        ScoringProgress.View view = progress.of(campaignId);
        return ProgressBoard.of(
                view.experts().stream().map(e -> new ProgressBoard.ExpertCounts(e.expertId(), e.name(), e.assigned(),
                        e.notStarted(), e.draft(), e.submitted(), e.declaredConflicts())).toList(),
                view.candidates().stream().map(c -> new ProgressBoard.CandidateCounts(c.candidateId(), c.code(),
                        c.name(), c.required(), c.submitted())).toList());
    }
}
