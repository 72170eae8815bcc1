package org.craftrank.demo;

import org.craftrank.common.version.IfMatch;
import org.craftrank.operations.DemoConfig;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.campaign.AggregationSettings;
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
import org.craftrank.shortlist.ShortlistRules;
import org.craftrank.shortlist.ShortlistService;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.UnitRequest;
import org.craftrank.unit.UnitView;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo once, through the same services the API uses (so the demo obeys every rule): one campaign in
 * SCORING for the experts to score, and a copy already scored and in DELIBERATION (trimmed mean, k = 1) so a
 * newcomer sees a ranking at once. A database that already holds them is left alone: data survives restarts.
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
    private final ShortlistService shortlists;
    private final FormalReviewService reviews;
    private final DemoDossiers dossiers;

    public DemoSeeder(DemoConfig config, CampaignRepository campaignRepository, CampaignService campaigns,
                      RecommendingUnitService units, CandidateService candidates, ExpertService experts,
                      DemoAccounts demoAccounts, DemoScoring demoScoring, ShortlistService shortlists,
                      FormalReviewService reviews, DemoDossiers dossiers) {
        this.config = config;
        this.campaignRepository = campaignRepository;
        this.campaigns = campaigns;
        this.units = units;
        this.candidates = candidates;
        this.experts = experts;
        this.demoAccounts = demoAccounts;
        this.demoScoring = demoScoring;
        this.shortlists = shortlists;
        this.reviews = reviews;
        this.dossiers = dossiers;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seedOnce();
        }
    }

    // One transaction for the whole demo (all of it or none); the dossiers' files make it longer than the default
    // 60 s on a busy machine.
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600)
    public void seedOnce() {
        if (campaignRepository.count("name", DemoCampaign.NAME) > 0) {
            LOG.info("Demo campaign already present; left as it is");
            return;
        }
        Seeded scoring = populate(DemoCampaign.NAME, null);
        Seeded deliberation = populate(DemoCampaign.DELIBERATION_NAME, new AggregationSettings(
                AggregationMethod.TRIMMED_MEAN, 1, null, null, null));
        demoAccounts.create(scoring.campaignId(), scoring.unitIds(), scoring.expertIds(),
                List.of(scoring.campaignId(), deliberation.campaignId()));
        for (Seeded seeded : List.of(scoring, deliberation)) {
            campaigns.transition(seeded.campaignId(),
                    new TransitionRequest(CampaignPhase.FORMAL_REVIEW, "演示数据：推荐截止"));
            // The demo candidates meet every rule of the 2024 model, so the review admits all of them to scoring.
            var review = reviews.run(seeded.campaignId(), "demo-seeder");
            if (review.counts().admitted() != DemoCampaign.candidates().size()) {
                throw new IllegalStateException("demo candidates must all pass the formal review: " + review.counts());
            }
        }
        demoScoring.seed(scoring.campaignId(), DemoScoring.Progress.UNDER_WAY);
        demoScoring.seed(deliberation.campaignId(), DemoScoring.Progress.FINISHED);
        campaigns.transition(deliberation.campaignId(),
                new TransitionRequest(CampaignPhase.DELIBERATION, "演示数据：评分结束，召开专家评审会议"));
        // At most 4 per unit and at least a quarter women: constraints the committee's list must meet.
        shortlists.updateRules(deliberation.campaignId(), new ShortlistRules(4, Map.of(), null, Map.of(), null,
                Map.of(), new ShortlistRules.MinimumRule(null, new BigDecimal("0.25")), null, null, null),
                IfMatch.any());
        long nominating = seedNomination();
        LOG.infof("Seeded demo campaigns %d (scoring) and %d (deliberation): %d units, %d candidates, %d experts "
                        + "each; campaign %d in nomination", scoring.campaignId(), deliberation.campaignId(),
                scoring.unitIds().size(), DemoCampaign.candidates().size(), DemoCampaign.EXPERTS.size(), nominating);
    }

    private record Seeded(long campaignId, List<Long> unitIds, List<Long> expertIds) {
    }

    /**
     * A third campaign, in NOMINATION (issue 21: the units' portal): the demo's units, the first with two
     * candidates and its own operator sign-in (open list), the second with one candidate and its list submitted
     * (已上报), the others with nobody yet. No dossiers and no experts, so the demo still starts fast.
     */
    private long seedNomination() {
        CampaignView campaign = campaigns.create(new CreateCampaignRequest(DemoCampaign.NOMINATION_NAME,
                CampaignLevel.NATIONAL, 2025, DemoCampaign.MODEL_ID, null, 20, null, null, null));
        long id = campaign.id();
        List<Long> unitIds = new ArrayList<>();
        for (DemoCampaign.Unit unit : DemoCampaign.UNITS) {
            unitIds.add(units.create(id, new UnitRequest(unit.name(), unit.kind(), unit.quota(), null,
                    "演示联系人（虚构）")).id());
        }
        campaigns.transition(id, new TransitionRequest(CampaignPhase.NOMINATION, "演示数据：开始推荐"));
        List<DemoCampaign.Person> people = DemoCampaign.candidates();
        int[] unitOf = {0, 0, 1};
        for (int i = 0; i < unitOf.length; i++) {
            DemoCampaign.Person p = people.get(i);
            candidates.create(id, new CandidateRequest(unitIds.get(unitOf[i]), p.name(), p.gender(),
                    p.birthYearMonth(), "汉族", "大学本科", "中共党员", p.idNumber(), p.employer(), p.position(),
                    p.industry(), p.trade(), p.title(), p.skillLevel(), p.workStart(), p.shopFloorYears(),
                    p.enterpriseType(), "一线产业工人", false, p.honours(), p.awards(),
                    p.referees().stream().map(r -> new CandidateRequest.RefereeRequest(r[0], r[1], r[2])).toList(),
                    p.reason(), p.oneLine(), null, "示例市示例区示例路1号（虚构）", "100000", p.phone(), null, null,
                    null, null));
        }
        units.submitList(id, unitIds.get(1));
        demoAccounts.createNominatingUnit(unitIds.get(0));
        return id;
    }

    /** A campaign with the demo's units, candidates and experts, left in NOMINATION. */
    private Seeded populate(String name, AggregationSettings aggregation) {
        CampaignView campaign = campaigns.create(new CreateCampaignRequest(name, CampaignLevel.NATIONAL,
                2024, DemoCampaign.MODEL_ID, aggregation, 20, null, null, null));
        long id = campaign.id();
        List<Long> unitIds = new ArrayList<>();
        for (DemoCampaign.Unit unit : DemoCampaign.UNITS) {
            UnitView created = units.create(id, new UnitRequest(unit.name(), unit.kind(), unit.quota()));
            unitIds.add(created.id());
        }
        campaigns.transition(id, new TransitionRequest(CampaignPhase.NOMINATION, "演示数据：开始推荐"));
        List<Long> candidateIds = new ArrayList<>();
        for (DemoCampaign.Person p : DemoCampaign.candidates()) {
            candidateIds.add(candidates.create(id, new CandidateRequest(unitIds.get(p.unitIndex()), p.name(), p.gender(),
                    p.birthYearMonth(), "汉族", "大学本科", "中共党员", p.idNumber(), p.employer(), p.position(),
                    p.industry(), p.trade(), p.title(), p.skillLevel(), p.workStart(), p.shopFloorYears(),
                    p.enterpriseType(), "一线产业工人", false, p.honours(), p.awards(),
                    p.referees().stream().map(r -> new CandidateRequest.RefereeRequest(r[0], r[1], r[2])).toList(),
                    p.reason(), p.oneLine(), null, "示例市示例区示例路1号（虚构）", "100000", p.phone(), null, null,
                    null, null)).id());
        }
        dossiers.seed(id, candidateIds);
        List<Long> expertIds = new ArrayList<>();
        for (DemoCampaign.ExpertSeed e : DemoCampaign.EXPERTS) {
            expertIds.add(experts.create(id, new ExpertRequest(e.name(), e.employer(), e.title(), e.specialty(), null))
                    .id());
        }
        return new Seeded(id, unitIds, expertIds);
    }
}
