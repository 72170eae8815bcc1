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
                          List<CandidateView> candidates) {
    }

    /** What the nomination form offers and limits, from the campaign's frozen model. */
    public record FormContext(CampaignHeader campaign, UnitView unit, List<String> groups,
                              Map<String, Integer> textLimits, List<GenderOption> genders) {

        public int limitOf(String field) {
            return textLimits.getOrDefault(field, 2000);
        }
    }

    public record GenderOption(String value, String label) {
    }

    public Landing landing(long campaignId, long unitId, Msg msg) {
        CampaignService.Heading campaign = campaigns.heading(campaignId);
        UnitView unit = unit(campaignId, unitId);
        boolean phaseOpen = Nominator.UNIT.mayNominateIn(campaign.phase());
        List<CandidateView> own = candidates.list(campaignId, unitId, 0, CandidateService.MAX_PAGE_SIZE).items();
        return new Landing(CampaignHeader.of(campaign, msg), unit, phaseOpen, phaseOpen && unit.nominated() < unit.quota(), own);
    }

    public FormContext form(long campaignId, long unitId, Msg msg, UnitMsg texts) {
        CampaignService.Heading campaign = campaigns.heading(campaignId);
        ScoringModel model = campaigns.model(campaignId);
        return new FormContext(CampaignHeader.of(campaign, msg), unit(campaignId, unitId), model.groups(),
                model.eligibility().textLimits(), java.util.Arrays.stream(Gender.values())
                .map(g -> new GenderOption(g.name(), texts.gender_value(g))).toList());
    }

    private UnitView unit(long campaignId, long unitId) {
        return units.find(campaignId, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

}
