package org.craftrank.scoring.work;

import org.craftrank.model.definition.ScoringModel;
import org.craftrank.scoring.sheet.SheetView;

/**
 * What the expert's score-sheet page reads: the campaign's frozen model, the candidate's materials (redacted
 * under blind scoring), the expert's own sheet and where they stand with it.
 *
 * @param sheet    the stored sheet (blank if never saved); null when a conflict keeps the expert out of it
 * @param editable the expert may still change the sheet (not submitted, writable phase, no conflict)
 * @param next     once this sheet is submitted, the next assigned candidate still to score (in work-list order,
 *                 from this one on, wrapping round); null when none is left or the sheet is not submitted
 */
public record ExpertSheet(CampaignRef campaign, ScoringModel model, long candidateId, String code,
                          CandidateMaterials materials, SheetView sheet, SheetState state, boolean editable,
                          NextCandidate next) {

    /** A candidate still to score, named as the work list names it (by code only under blind scoring). */
    public record NextCandidate(long candidateId, String code, String name) {
    }
}
