package org.craftrank.scoring.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.dossier.DossierReaders;
import org.craftrank.expert.ExpertCommitments;
import org.craftrank.review.AssignedCandidates;

/** Answers the review, the expert and the dossier feature what scoring holds: assignments and declared conflicts. */
@ApplicationScoped
public class AssignmentCommitments implements AssignedCandidates, ExpertCommitments, DossierReaders {

    private final EntityManager em;

    public AssignmentCommitments(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isAssigned(long campaignId, long candidateId) {
        return em.createQuery("select count(a) from Assignment a where a.campaignId = :c and a.candidateId = :k",
                Long.class).setParameter("c", campaignId).setParameter("k", candidateId).getSingleResult() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasWork(long expertId) {
        return em.createQuery("select count(a) from Assignment a where a.expertId = :id", Long.class)
                .setParameter("id", expertId).getSingleResult()
                + em.createQuery("select count(d) from ConflictDeclaration d where d.expertId = :id", Long.class)
                .setParameter("id", expertId).getSingleResult() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reviewsCandidate(long campaignId, long expertId, long candidateId) {
        return em.createQuery("select count(a) from Assignment a where a.campaignId = :c and a.expertId = :e "
                        + "and a.candidateId = :k and not exists (select d.id from ConflictDeclaration d"
                        + " where d.campaignId = :c and d.expertId = :e and d.candidateId = :k)", Long.class)
                .setParameter("c", campaignId).setParameter("e", expertId).setParameter("k", candidateId)
                .getSingleResult() > 0;
    }
}
