package org.craftrank.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.TransitionRequest;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.scoring.assignment.AssignmentRequest;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.ScoreValue;
import org.craftrank.scoring.sheet.SheetContent;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Puts a demo campaign into SCORING: each candidate assigned to five of the seven experts (conflicts
 * skipped), and a realistic mix of submitted sheets, drafts and untouched assignments. Scores follow
 * candidate quality plus a per-expert leniency plus noise, so rankings and diagnostics have something to show.
 */
@ApplicationScoped
public class DemoScoring {

    static final int EXPERTS_PER_CANDIDATE = 5;

    private static final Logger LOG = Logger.getLogger(DemoScoring.class);

    private final CandidateRepository candidateRepository;
    private final ExpertRepository expertRepository;
    private final CampaignService campaigns;
    private final AssignmentService assignments;
    private final ConflictService conflicts;
    private final ScoreSheetService sheets;

    public DemoScoring(CandidateRepository candidateRepository, ExpertRepository expertRepository, CampaignService campaigns, AssignmentService assignments,
                       ConflictService conflicts, ScoreSheetService sheets) {
        this.candidateRepository = candidateRepository;
        this.expertRepository = expertRepository;
        this.campaigns = campaigns;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.sheets = sheets;
    }

    /** How far the experts have got. */
    public enum Progress {
        /** Some sheets submitted, some drafts, some untouched: there is scoring left to do. */
        UNDER_WAY,
        /** Every assignment has a submitted sheet. */
        FINISHED
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void seed(long campaignId, Progress progress) {
        Campaign campaign = campaigns.require(campaignId);
        ScoringModel model = campaigns.modelOf(campaign);
        List<Candidate> candidates = candidateRepository.listByCampaign(campaignId);
        List<Expert> experts = expertRepository.listByCampaign(campaignId);
        Random random = new Random(20241121L);
        Map<Long, Double> leniency = new java.util.HashMap<>();
        experts.forEach(e -> leniency.put(e.id, random.nextGaussian() * 0.6));

        int assigned = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            for (int k = 0, placed = 0; k < experts.size() && placed < EXPERTS_PER_CANDIDATE; k++) {
                Expert expert = experts.get((i + k) % experts.size());
                if (conflicts.conflicts(campaign, expert, candidate).isEmpty()) {
                    assignments.create(campaignId, new AssignmentRequest(expert.id, candidate.id));
                    placed++;
                    assigned++;
                }
            }
        }
        campaigns.transition(campaignId, new TransitionRequest(CampaignPhase.SCORING, "演示数据：开始评审"));

        int submitted = 0;
        int drafts = 0;
        for (Candidate candidate : candidates) {
            double quality = 5.5 + random.nextGaussian() * 1.3;
            for (var a : assignments.list(campaignId, null, candidate.id)) {
                double roll = progress == Progress.FINISHED ? 1 : random.nextDouble();
                if (roll < 0.15) {
                    continue;
                }
                Map<String, ScoreValue> scores = new LinkedHashMap<>();
                boolean complete = roll >= 0.30;
                List<SubIndicator> items = model.subIndicators().toList();
                for (int j = 0; j < items.size(); j++) {
                    if (!complete && j % 3 == 2) {
                        continue;
                    }
                    scores.put(items.get(j).code(), ScoreValue.of(halfStep(quality + leniency.get(a.expertId())
                            + random.nextGaussian() * 0.7)));
                }
                SheetContent content = new SheetContent(scores, Map.of(), complete ? "材料翔实，评分依据充分。" : null);
                if (complete) {
                    sheets.submit(campaignId, a.expertId(), candidate.id, content, null);
                    submitted++;
                } else {
                    sheets.save(campaignId, a.expertId(), candidate.id, content, null);
                    drafts++;
                }
            }
        }
        LOG.infof("Demo scoring: %d assignments, %d submitted sheets, %d drafts", assigned, submitted, drafts);
    }

    /** Rounds to the scale's 0.5 step and clamps to 0–10. */
    static BigDecimal halfStep(double value) {
        double clamped = Math.max(0, Math.min(10, value));
        return BigDecimal.valueOf(Math.round(clamped * 2) / 2.0).setScale(1);
    }
}
