package org.craftrank.scoring.work;

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

    public ScoringOverviewService(EntityManager em, CampaignService campaigns, ScoringProgress progress,
                                  ConflictService conflicts) {
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
        List<AssignmentOverview.PanelExpert> panel = em.createQuery(
                        "select e.id, e.name from Expert e where e.campaignId = :c order by e.id", Object[].class)
                .setParameter("c", campaignId).getResultList().stream()
                .map(r -> new AssignmentOverview.PanelExpert((Long) r[0], (String) r[1])).toList();
        Map<Long, String> names = new HashMap<>();
        panel.forEach(e -> names.put(e.id(), e.name()));
        List<AssignmentOverview.Row> rows = em.createQuery("select a.id, a.expertId, a.candidateId, c.code, c.name,"
                                + " a.createdAt, s.status from Assignment a"
                                + " left join Candidate c on c.id = a.candidateId"
                                + " left join ScoreSheet s on s.campaignId = a.campaignId and s.expertId = a.expertId"
                                + " and s.candidateId = a.candidateId"
                                + " where a.campaignId = :c and (:e is null or a.expertId = :e)", Object[].class)
                .setParameter("c", campaignId).setParameter("e", expertId).getResultList().stream()
                .map(r -> new AssignmentOverview.Row(new AssignmentView((Long) r[0], (Long) r[1], names.get((Long) r[1]),
                        (Long) r[2], (String) r[3], (String) r[4], (Instant) r[5]), r[6] == SheetStatus.SUBMITTED))
                .sorted(Comparator.comparing((AssignmentOverview.Row row) -> nullToEmpty(row.assignment().expertName()))
                        .thenComparing(row -> nullToEmpty(row.assignment().candidateCode())))
                .toList();
        List<AssignmentOverview.DeclaredConflict> conflicts = em.createQuery("select d.expertId, c.code, c.name,"
                                + " d.reason, d.declaredAt from ConflictDeclaration d"
                                + " left join Candidate c on c.id = d.candidateId and c.campaignId = d.campaignId"
                                + " where d.campaignId = :c order by d.id", Object[].class)
                .setParameter("c", campaignId).getResultList().stream()
                .map(r -> new AssignmentOverview.DeclaredConflict(
                        names.getOrDefault((Long) r[0], String.valueOf(r[0])), nullToEmpty((String) r[1]),
                        nullToEmpty((String) r[2]), (String) r[3], (Instant) r[4]))
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
