package org.craftrank.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.CampaignRepository;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.CreateCampaignRequest;
import org.craftrank.campaign.TransitionRequest;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.CandidateRequest;
import org.craftrank.candidate.CandidateService;
import org.craftrank.expert.ExpertRequest;
import org.craftrank.expert.ExpertService;
import org.craftrank.model.definition.CampaignLevel;
import org.craftrank.review.FormalReviewService;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.UnitRequest;
import org.craftrank.unit.UnitView;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Seeds the demo campaign once, through the same services the API uses (so the demo obeys every rule).
 * A database that already holds it is left alone: data survives restarts.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    private final DemoConfig config;
    private final CampaignRepository campaignRepository;
    private final CampaignService campaigns;
    private final RecommendingUnitService units;
    private final CandidateService candidates;
    private final ExpertService experts;
    private final DemoAccounts demoAccounts;
    private final DemoScoring demoScoring;
    private final FormalReviewService reviews;

    public DemoSeeder(DemoConfig config, CampaignRepository campaignRepository, CampaignService campaigns,
                      RecommendingUnitService units, CandidateService candidates, ExpertService experts,
                      DemoAccounts demoAccounts, DemoScoring demoScoring, FormalReviewService reviews) {
        this.config = config;
        this.campaignRepository = campaignRepository;
        this.campaigns = campaigns;
        this.units = units;
        this.candidates = candidates;
        this.experts = experts;
        this.demoAccounts = demoAccounts;
        this.demoScoring = demoScoring;
        this.reviews = reviews;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seedOnce();
        }
    }

    @Transactional
    public void seedOnce() {
        if (campaignRepository.count("name", DemoCampaign.NAME) > 0) {
            LOG.info("Demo campaign already present; left as it is");
            return;
        }
        CampaignView campaign = campaigns.create(new CreateCampaignRequest(DemoCampaign.NAME, CampaignLevel.NATIONAL,
                2024, DemoCampaign.MODEL_ID, null, 20, null));
        long id = campaign.id();
        List<Long> unitIds = new ArrayList<>();
        for (DemoCampaign.Unit unit : DemoCampaign.UNITS) {
            UnitView created = units.create(id, new UnitRequest(unit.name(), unit.kind(), unit.quota()));
            unitIds.add(created.id());
        }
        campaigns.transition(id, new TransitionRequest(CampaignPhase.NOMINATION, "演示数据：开始推荐"));
        List<DemoCampaign.Person> people = DemoCampaign.candidates();
        for (DemoCampaign.Person p : people) {
            candidates.create(id, new CandidateRequest(unitIds.get(p.unitIndex()), p.name(), p.gender(),
                    p.birthYearMonth(), "汉族", "大学本科", "中共党员", p.idNumber(), p.employer(), p.position(),
                    p.industry(), p.trade(), p.title(), p.skillLevel(), p.workStart(), p.shopFloorYears(),
                    p.enterpriseType(), "一线产业工人", false, p.honours(), p.awards(),
                    p.referees().stream().map(r -> new CandidateRequest.RefereeRequest(r[0], r[1], r[2])).toList(),
                    p.reason(), p.oneLine(), null, "示例市示例区示例路1号（虚构）", "100000", p.phone(), null, null,
                    null, null));
        }
        List<Long> expertIds = new ArrayList<>();
        for (DemoCampaign.ExpertSeed e : DemoCampaign.EXPERTS) {
            expertIds.add(experts.create(id, new ExpertRequest(e.name(), e.employer(), e.title(), e.specialty(), null))
                    .id());
        }
        demoAccounts.create(id, unitIds, expertIds);
        campaigns.transition(id, new TransitionRequest(CampaignPhase.FORMAL_REVIEW, "演示数据：推荐截止"));
        // The demo candidates meet every rule of the 2024 model, so the review admits all of them to scoring.
        var review = reviews.run(id, "demo-seeder");
        if (review.counts().admitted() != people.size()) {
            throw new IllegalStateException("demo candidates must all pass the formal review: " + review.counts());
        }
        demoScoring.seed(id);
        LOG.infof("Seeded demo campaign %d: %d units, %d candidates, %d experts", id, unitIds.size(),
                people.size(), DemoCampaign.EXPERTS.size());
    }
}
