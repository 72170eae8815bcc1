package org.craftrank.dossier;

/**
 * Whether an expert reviews a candidate, and so may read the candidate's dossier: assigned, and not withdrawn from
 * it by a declared conflict of interest (回避; the expert's own sheet is closed to them then, and so is the
 * evidence). Scoring, which sits above the dossier and owns assignments and declarations, answers (an interface so
 * the dossier needs no scoring import).
 */
public interface DossierReaders {

    boolean reviewsCandidate(long campaignId, long expertId, long candidateId);
}
