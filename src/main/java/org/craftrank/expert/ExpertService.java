package org.craftrank.expert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.common.version.IfMatch;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.model.definition.ScoringModel;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The expert panel of a campaign. */
@ApplicationScoped
public class ExpertService {

    /** The panel is formed up to and during scoring (an expert may be replaced mid-way). */
    static final Set<CampaignPhase> EDITABLE = EnumSet.range(CampaignPhase.DRAFT, CampaignPhase.SCORING);
    /** Removing an expert once scoring began would orphan their sheets. */
    static final Set<CampaignPhase> REMOVABLE = EnumSet.range(CampaignPhase.DRAFT, CampaignPhase.FORMAL_REVIEW);

    private final ExpertRepository experts;
    private final CampaignService campaigns;

    private final ExpertCommitments commitments;

    public ExpertService(ExpertRepository experts, CampaignService campaigns, ExpertCommitments commitments) {
        this.commitments = commitments;
        this.experts = experts;
        this.campaigns = campaigns;
    }

    @Transactional
    public List<ExpertView> list(long campaignId) {
        campaigns.require(campaignId);
        return experts.listByCampaign(campaignId).stream().map(ExpertView::of).toList();
    }

    @Transactional
    public Optional<ExpertView> find(long campaignId, long expertId) {
        campaigns.require(campaignId);
        return experts.findInCampaign(campaignId, expertId).map(ExpertView::of);
    }

    @Transactional
    public ExpertView create(long campaignId, ExpertRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, EDITABLE, "add an expert");
        Expert expert = new Expert();
        expert.campaignId = campaignId;
        apply(expert, request, campaigns.modelOf(campaign));
        experts.persist(expert);
        return ExpertView.of(expert);
    }

    @Transactional
    public ExpertView update(long campaignId, long expertId, ExpertRequest request, IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = require(campaignId, expertId);
        ifMatch.check("expert", expert.version);
        CampaignService.requirePhase(campaign, EDITABLE, "change an expert");
        apply(expert, request, campaigns.modelOf(campaign));
        experts.flush();
        return ExpertView.of(expert);
    }

    @Transactional
    public void delete(long campaignId, long expertId, IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = require(campaignId, expertId);
        ifMatch.check("expert", expert.version);
        CampaignService.requirePhase(campaign, REMOVABLE, "remove an expert");
        if (commitments.hasWork(expertId)) {
            throw new org.craftrank.common.RuleConflictException("expert-assigned",
                    "the expert has assignments or declared conflicts; remove those first");
        }
        experts.delete(expert);
    }

    private Expert require(long campaignId, long expertId) {
        return experts.findInCampaign(campaignId, expertId).orElseThrow(() -> new NotFoundException("expert", expertId));
    }

    private static void apply(Expert expert, ExpertRequest request, ScoringModel model) {
        String group = blankToNull(request.group());
        if (group != null && !model.groups().contains(group)) {
            throw InvalidInputException.of("group", "known-group", model.hasGroups()
                    ? "group '" + group + "' is not one of the model's groups " + model.groups()
                    : "model " + model.id() + " has no groups; leave group empty");
        }
        expert.name = request.name().strip();
        expert.employer = request.employer().strip();
        expert.title = blankToNull(request.title());
        expert.specialty = blankToNull(request.specialty());
        expert.group = group;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
