package org.craftrank.candidate.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.CandidateService;
import org.craftrank.candidate.Nominator;
import org.craftrank.candidate.CandidateView;
import org.craftrank.candidate.Gender;
import org.craftrank.common.NotFoundException;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.UnitView;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Msg;

import java.util.List;
import java.util.Map;

/** Turns what the services read into what the recommending unit's pages show: its quota, its own candidates, and the form's choices. */
@ApplicationScoped
public class UnitScreens {

    private final CampaignService campaigns;
    private final RecommendingUnitService units;
    private final CandidateService candidates;

    public UnitScreens(CampaignService campaigns, RecommendingUnitService units, CandidateService candidates) {
        this.campaigns = campaigns;
        this.units = units;
        this.candidates = candidates;
    }

    /**
     * @param nominationOpen the phase allows nominating (and the quota has room)
     * @param candidates     this unit's candidates only, personal numbers masked
     */
    public record Landing(CampaignHeader campaign, UnitView unit, boolean phaseOpen, boolean nominationOpen,
                          List<CandidateView> candidates, boolean listOpen, String listStatus, boolean submittable) {
    }

    /** The confirmation before submitting the list: what will be submitted. */
    public record Submission(CampaignHeader campaign, UnitView unit, long count, boolean belowMinimum,
                             boolean submittable) {
    }

    /** What the nomination form offers and limits, from the campaign's frozen model. */
    public record FormContext(CampaignHeader campaign, UnitView unit, List<String> groups,
                              Map<String, Integer> textLimits, List<GenderOption> genders, List<String> educations,
                              List<String> enterpriseTypes) {

        /** The model's limit of a text, within the column's own size (CandidateRequest's @Size). */
        public int limitOf(String field) {
            int column = field.equals("oneLineReason") ? 500 : 2000;
            return Math.min(textLimits.getOrDefault(field, column), column);
        }
    }

    public record GenderOption(String value, String label) {
    }

    public Landing landing(long campaignId, long unitId, Msg msg) {
        CampaignService.Heading campaign = campaigns.heading(campaignId);
        UnitView unit = unit(campaignId, unitId);
        boolean phaseOpen = Nominator.UNIT.mayNominateIn(campaign.phase());
        List<CandidateView> own = candidates.list(campaignId, unitId, 0, CandidateService.MAX_PAGE_SIZE).items();
        boolean listOpen = unit.listStatus().openToTheUnit();
        UnitMsg texts = org.craftrank.web.PageLanguage.fromTag(msg.language_tag()).bundle(UnitMsg.class);
        return new Landing(CampaignHeader.of(campaign, msg), unit, phaseOpen,
                phaseOpen && listOpen && unit.nominated() < unit.quota(), own, phaseOpen && listOpen,
                texts.list_status(unit.listStatus()), phaseOpen && listOpen);
    }

    public Submission submission(long campaignId, long unitId, Msg msg) {
        CampaignService.Heading campaign = campaigns.heading(campaignId);
        UnitView unit = unit(campaignId, unitId);
        boolean open = Nominator.UNIT.mayNominateIn(campaign.phase()) && unit.listStatus().openToTheUnit();
        return new Submission(CampaignHeader.of(campaign, msg), unit, unit.nominated(),
                unit.minimum() != null && unit.nominated() < unit.minimum(), open);
    }

    /** One of the unit's own candidates (404 for another unit's, as over the API). */
    public CandidateView ownCandidate(long campaignId, long unitId, long candidateId) {
        if (candidates.unitIdOf(campaignId, candidateId) != unitId) {
            throw new NotFoundException("candidate", candidateId);
        }
        return candidates.find(campaignId, candidateId).orElseThrow(() -> new NotFoundException("candidate",
                candidateId));
    }

    public FormContext form(long campaignId, long unitId, Msg msg, UnitMsg texts) {
        CampaignService.Heading campaign = campaigns.heading(campaignId);
        ScoringModel model = campaigns.model(campaignId);
        return new FormContext(CampaignHeader.of(campaign, msg), unit(campaignId, unitId), model.groups(),
                model.eligibility().textLimits(), java.util.Arrays.stream(Gender.values())
                .map(g -> new GenderOption(g.name(), texts.gender_value(g))).toList(),
                org.craftrank.candidate.field.Vocabularies.EDUCATION.values(),
                org.craftrank.candidate.field.Vocabularies.ENTERPRISE_TYPE.values());
    }

    private UnitView unit(long campaignId, long unitId) {
        return units.find(campaignId, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

}
