package org.craftrank.campaign;

/**
 * How far scoring is, in sheets, for the secretariat's overview.
 *
 * @param required  sheets the campaign needs (one per assignment)
 * @param submitted assigned sheets submitted so far
 * @param drafts    assigned sheets started but not submitted
 */
public record SheetProgress(int required, int submitted, int drafts) {

    public int outstanding() {
        return required - submitted;
    }
}
