package org.craftrank.scoring.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.scoring.assignment.Assignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How far scoring is, for the secretariat: counts only, never scores or totals. */
@ApplicationScoped
public class ScoringProgress {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ExpertRepository experts;

    private final CandidateRepository candidates;

    public ScoringProgress(EntityManager em, CampaignService campaigns, ExpertRepository experts,
                           CandidateRepository candidates) {
        this.candidates = candidates;
        this.em = em;
        this.campaigns = campaigns;
        this.experts = experts;
    }

    public record ExpertProgress(long expertId, String name, int assigned, int notStarted, int draft, int submitted,
                                 int declaredConflicts) {
    }

    /** @param required sheets the candidate needs (one per assigned expert) */
    public record CandidateProgress(long candidateId, String code, String name, int required, int submitted) {
    }

    public record View(long campaignId, int assignments, int submitted, int drafts, List<ExpertProgress> experts,
                       List<CandidateProgress> candidates) {
    }

    @Transactional
    public View of(long campaignId) {
        campaigns.require(campaignId);
        List<Assignment> assigned = em.createQuery("select a from Assignment a where a.campaignId = :c",
                Assignment.class).setParameter("c", campaignId).getResultList();
        Map<String, SheetStatus> statusByPair = new HashMap<>();
        em.createQuery("select s.expertId, s.candidateId, s.status from ScoreSheet s where s.campaignId = :c",
                        Object[].class).setParameter("c", campaignId).getResultList()
                .forEach(r -> statusByPair.put(r[0] + ":" + r[1], (SheetStatus) r[2]));
        Map<Long, Long> conflictsByExpert = new HashMap<>();
        em.createQuery("select d.expertId, count(d) from ConflictDeclaration d where d.campaignId = :c"
                        + " group by d.expertId", Object[].class).setParameter("c", campaignId).getResultList()
                .forEach(r -> conflictsByExpert.put((Long) r[0], (Long) r[1]));

        Map<Long, int[]> byExpert = new HashMap<>();
        Map<Long, int[]> byCandidate = new HashMap<>();
        int submitted = 0;
        int drafts = 0;
        for (Assignment a : assigned) {
            SheetStatus status = statusByPair.get(a.expertId + ":" + a.candidateId);
            int[] e = byExpert.computeIfAbsent(a.expertId, k -> new int[4]);
            int[] c = byCandidate.computeIfAbsent(a.candidateId, k -> new int[2]);
            e[0]++;
            c[0]++;
            if (status == null) {
                e[1]++;
            } else if (status == SheetStatus.DRAFT) {
                e[2]++;
                drafts++;
            } else {
                e[3]++;
                c[1]++;
                submitted++;
            }
        }
        List<ExpertProgress> expertRows = experts.listByCampaign(campaignId).stream().map((Expert x) -> {
            int[] e = byExpert.getOrDefault(x.id, new int[4]);
            return new ExpertProgress(x.id, x.name, e[0], e[1], e[2], e[3],
                    conflictsByExpert.getOrDefault(x.id, 0L).intValue());
        }).toList();
        List<CandidateProgress> candidateRows = candidates.summaries(campaignId).values().stream().map(c -> {
            int[] n = byCandidate.getOrDefault(c.id(), new int[2]);
            return new CandidateProgress(c.id(), c.code(), c.name(), n[0], n[1]);
        }).toList();
        return new View(campaignId, assigned.size(), submitted, drafts, expertRows, candidateRows);
    }
}
