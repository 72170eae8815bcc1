package org.craftrank.scoring.work;

import org.craftrank.model.definition.ScoringModel;
import org.craftrank.scoring.sheet.SheetView;

/**
 * What the expert's score-sheet page reads: the campaign's frozen model, the candidate's materials (redacted
 * under blind scoring), the expert's own sheet and where they stand with it.
 *
 * @param sheet    the stored sheet (blank if never saved); null when a conflict keeps the expert out of it
 * @param editable the expert may still change the sheet (not submitted, writable phase, no conflict)
 */
public record ExpertSheet(CampaignRef campaign, ScoringModel model, long candidateId, String code,
                          CandidateMaterials materials, SheetView sheet, SheetState state, boolean editable) {
}
