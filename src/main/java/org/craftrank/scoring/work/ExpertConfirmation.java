package org.craftrank.scoring.work;

import org.craftrank.model.definition.ScoringModel;
import org.craftrank.scoring.sheet.SheetTotals;
import org.craftrank.scoring.sheet.SheetView;

/** A complete draft the expert is about to submit, with the totals it would get. */
public record ExpertConfirmation(CampaignRef campaign, ScoringModel model, SheetView sheet, SheetTotals totals) {
}
