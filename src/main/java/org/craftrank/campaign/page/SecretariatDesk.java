package org.craftrank.campaign.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.TransitionView;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.common.NotFoundException;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.assignment.AssignmentView;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.ScoringProgress;
import org.craftrank.scoring.sheet.SheetStatus;
import org.craftrank.web.PageLanguage;
import org.craftrank.web.Msg;
import org.craftrank.scoring.page.ProgressBoard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what the secretariat's campaign pages show, each page in one transaction. */
@ApplicationScoped
public class SecretariatDesk {

    private final CampaignService campaigns;
    private final ScoringProgress progress;
    private final AssignmentService assignments;
    private final ConflictService conflicts;
    private final ExpertRepository experts;
    private final CandidateRepository candidates;
    private final ScoreSheetService sheets;

    public SecretariatDesk(CampaignService campaigns, ScoringProgress progress, AssignmentService assignments,
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
    public List<SecretariatViews.CampaignRow> campaigns(Msg msg, SecretariatMsg texts) {
        return campaigns.list().stream().map(c -> new SecretariatViews.CampaignRow(c.id(), c.name(),
                texts.level(c.level()), c.year(), CampaignHeader.phases(msg).of(c.phase()), c.counts().units(), c.counts().candidates(),
                c.counts().experts())).toList();
    }

    @Transactional
    public SecretariatViews.Overview overview(long campaignId, String transitionError, String transitionReason,
                                              Msg msg, SecretariatMsg texts) {
        CampaignView c = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        ProgressBoard board = c.phase().compareTo(CampaignPhase.FORMAL_REVIEW) >= 0 ? board(campaignId) : null;
        List<SecretariatViews.History> history = campaigns.history(campaignId).stream()
                .sorted(Comparator.comparing(TransitionView::at).reversed())
                .map(t -> new SecretariatViews.History(t.from() == null ? null : CampaignHeader.phases(msg).of(t.from()),
                        CampaignHeader.phases(msg).of(t.to()), t.reason(), t.at())).toList();
        return new SecretariatViews.Overview(header(c, msg),
                CampaignTabs.of(campaignId, c.phase(), CampaignTabs.Tab.OVERVIEW, texts), texts.level(c.level()),
                c.year(), c.model().name(), c.counts().units(), c.counts().candidates(), c.counts().experts(),
                nextStep(c.phase(), board, texts), board, c.nextPhase() == null ? null : c.nextPhase().name(),
                c.nextPhase() == null ? null : CampaignHeader.phases(msg).of(c.nextPhase()), history, transitionError,
                transitionReason == null ? "" : transitionReason);
    }

    @Transactional
    public CampaignHeader header(long campaignId, Msg msg) {
        return CampaignHeader.of(campaigns.require(campaignId), msg);
    }

    @Transactional
    public CampaignPhase phase(long campaignId) {
        return campaigns.require(campaignId).phase;
    }

    private ProgressBoard board(long campaignId) {
        ScoringProgress.View view = progress.of(campaignId);
        return ProgressBoard.of(
                view.experts().stream().map(e -> new ProgressBoard.ExpertCounts(e.expertId(), e.name(), e.assigned(),
                        e.notStarted(), e.draft(), e.submitted(), e.declaredConflicts())).toList(),
                view.candidates().stream().map(c -> new ProgressBoard.CandidateCounts(c.candidateId(), c.code(),
                        c.name(), c.required(), c.submitted())).toList());
    }

    private static String nextStep(CampaignPhase phase, ProgressBoard board, SecretariatMsg texts) {
        return switch (phase) {
            case DRAFT -> texts.next_draft();
            case NOMINATION -> texts.next_nomination();
            case FORMAL_REVIEW -> texts.next_formal_review();
            case SCORING -> board != null && board.required() > 0 && board.outstanding() == 0
                    ? texts.next_scoring_done() : texts.next_scoring_open(board == null ? 0 : board.outstanding(),
                    board == null ? 0 : board.drafts());
            case DELIBERATION -> texts.next_deliberation();
            case APPROVED -> texts.next_approved();
            case PUBLIC_NOTICE -> texts.next_public_notice();
            case PUBLISHED -> texts.next_published();
        };
    }


    private static CampaignHeader header(CampaignView campaign, Msg msg) {
        return new CampaignHeader(campaign.id(), campaign.name(), campaign.phase(), CampaignHeader.phases(msg).of(campaign.phase()));
    }
}
