package org.craftrank.scoring.work;

import org.craftrank.candidate.CandidateRepository;
import org.craftrank.expert.ExpertRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.scoring.assignment.AssignmentView;
import org.craftrank.scoring.conflict.ConflictDeclaration;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.scoring.sheet.ScoringProgress;
import org.craftrank.scoring.sheet.SheetStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the secretariat's scoring screens read, each in one transaction and a fixed number of queries whatever
 * the size of the panel: the assignments with their sheets' states and the declared conflicts, and the progress.
 */
@ApplicationScoped
public class ScoringOverviewService {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ScoringProgress progress;
    private final ConflictService conflicts;
    private final ExpertRepository experts;
    private final CandidateRepository candidates;

    public ScoringOverviewService(EntityManager em, CampaignService campaigns, ScoringProgress progress,
                                  ConflictService conflicts,
                                  ExpertRepository experts, CandidateRepository candidates) {
        this.experts = experts;
        this.candidates = candidates;
        this.em = em;
        this.conflicts = conflicts;
        this.campaigns = campaigns;
        this.progress = progress;
    }

    /** The progress counts and the campaign they are about. */
    public record Progress(CampaignRef campaign, ScoringProgress.View view) {
    }

    @Transactional
    public Progress progress(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        return new Progress(CampaignRef.of(campaign), progress.of(campaignId));
    }

    /** @param expertId only this expert's assignments, or null for all */
    @Transactional
    public AssignmentOverview assignments(long campaignId, Long expertId) {
        Campaign campaign = campaigns.require(campaignId);
        Map<Long, String> names = experts.namesByCampaign(campaignId);
        List<AssignmentOverview.PanelExpert> panel = names.entrySet().stream()
                .map(e -> new AssignmentOverview.PanelExpert(e.getKey(), e.getValue())).toList();
        Map<Long, CandidateRepository.Summary> shown = candidates.summaries(campaignId);
        List<AssignmentOverview.Row> rows = em.createQuery("select a.id, a.expertId, a.candidateId,"
                                + " a.createdAt, s.status from Assignment a"
                                + " left join ScoreSheet s on s.campaignId = a.campaignId and s.expertId = a.expertId"
                                + " and s.candidateId = a.candidateId"
                                + " where a.campaignId = :c and (:e is null or a.expertId = :e)", Object[].class)
                .setParameter("c", campaignId).setParameter("e", expertId).getResultList().stream()
                .map(r -> {
                    CandidateRepository.Summary c = shown.get((Long) r[2]);
                    return new AssignmentOverview.Row(new AssignmentView((Long) r[0], (Long) r[1],
                            names.get((Long) r[1]), (Long) r[2], c == null ? null : c.code(),
                            c == null ? null : c.name(), (Instant) r[3]), r[4] == SheetStatus.SUBMITTED);
                })
                .sorted(Comparator.comparing((AssignmentOverview.Row row) -> nullToEmpty(row.assignment().expertName()))
                        .thenComparing(row -> nullToEmpty(row.assignment().candidateCode())))
                .toList();
        List<AssignmentOverview.DeclaredConflict> conflicts = this.conflicts.declarations(campaignId).stream()
                .map(d -> {
                    CandidateRepository.Summary c = shown.get(d.candidateId);
                    return new AssignmentOverview.DeclaredConflict(
                            names.getOrDefault(d.expertId, String.valueOf(d.expertId)),
                            c == null ? "" : nullToEmpty(c.code()), c == null ? "" : nullToEmpty(c.name()), d.reason,
                            d.declaredAt);
                })
                .toList();
        return new AssignmentOverview(CampaignRef.of(campaign), rows, panel, conflicts);
    }

    /** The conflicts experts declared in the campaign, oldest first (404 for an unknown campaign). */
    @Transactional
    public List<ConflictDeclaration> declarations(long campaignId) {
        campaigns.require(campaignId);
        return conflicts.declarations(campaignId);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
