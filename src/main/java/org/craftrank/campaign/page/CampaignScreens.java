package org.craftrank.campaign.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.SheetProgress;
import org.craftrank.campaign.TransitionView;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.web.Msg;

import java.util.Comparator;
import java.util.List;

/** Turns what the campaign service reads into what the secretariat's campaign pages show. */
@ApplicationScoped
public class CampaignScreens {

    private final CampaignService campaigns;

    public CampaignScreens(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    public List<SecretariatViews.CampaignRow> campaigns(Msg msg, SecretariatMsg texts) {
        return campaigns.list().stream().map(c -> new SecretariatViews.CampaignRow(c.id(), c.name(),
                texts.level(c.level()), c.year(), CampaignHeader.phases(msg).of(c.phase()), c.counts().units(), c.counts().candidates(),
                c.counts().experts())).toList();
    }

    public SecretariatViews.Overview overview(long campaignId, String transitionError, String transitionReason,
                                              Msg msg, SecretariatMsg texts) {
        CampaignService.Overview read = campaigns.overview(campaignId);
        CampaignView c = read.campaign();
        SheetProgress progress = read.progress();
        List<SecretariatViews.History> history = read.history().stream()
                .sorted(Comparator.comparing(TransitionView::at).reversed())
                .map(t -> new SecretariatViews.History(t.from() == null ? null : CampaignHeader.phases(msg).of(t.from()),
                        CampaignHeader.phases(msg).of(t.to()), t.reason(), t.at())).toList();
        return new SecretariatViews.Overview(header(c, msg),
                CampaignTabs.of(campaignId, c.phase(), CampaignTabs.Tab.OVERVIEW, texts, msg), texts.level(c.level()),
                c.year(), c.model().name(), c.counts().units(), c.counts().candidates(), c.counts().experts(),
                nextStep(c.phase(), progress, texts), progress, c.nextPhase() == null ? null : c.nextPhase().name(),
                c.nextPhase() == null ? null : CampaignHeader.phases(msg).of(c.nextPhase()), history, transitionError,
                transitionReason == null ? "" : transitionReason);
    }

    public CampaignHeader header(long campaignId, Msg msg) {
        return CampaignHeader.of(campaigns.heading(campaignId), msg);
    }

    public CampaignPhase phase(long campaignId) {
        return campaigns.heading(campaignId).phase();
    }

    private static String nextStep(CampaignPhase phase, SheetProgress progress, SecretariatMsg texts) {
        return switch (phase) {
            case DRAFT -> texts.next_draft();
            case NOMINATION -> texts.next_nomination();
            case FORMAL_REVIEW -> texts.next_formal_review();
            case SCORING -> progress != null && progress.required() > 0 && progress.outstanding() == 0
                    ? texts.next_scoring_done() : texts.next_scoring_open(
                    progress == null ? 0 : progress.outstanding(), progress == null ? 0 : progress.drafts());
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
