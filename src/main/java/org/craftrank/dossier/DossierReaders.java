package org.craftrank.dossier;

/**
 * Whether an expert is assigned to a candidate, and so may read the candidate's dossier. Scoring, which sits above
 * the dossier and owns the assignments, answers (an interface so the dossier needs no scoring import).
 */
public interface DossierReaders {

    boolean isAssignedExpert(long campaignId, long expertId, long candidateId);
}
