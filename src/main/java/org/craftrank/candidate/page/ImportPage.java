package org.craftrank.candidate.page;

import org.craftrank.campaign.page.CampaignHeader;

import java.util.List;

/**
 * What the summary-table import page shows: the upload form (with the unit to import for, chosen by the
 * secretariat, fixed for a unit), the errors of a refused upload, and the check's report with, when the file is
 * clean, the button that imports it.
 *
 * @param path        the page's own path (the form posts there), under /unit or /secretariat
 * @param back        the page to go back to
 * @param unitName    the unit's name when it is fixed (a unit's operator), else null
 * @param units       the units to choose from (the secretariat), else empty
 * @param chosenUnit  the unit chosen last time ("" for the table's 推荐单位 column)
 * @param phaseOpen   candidates may be imported in the campaign's phase by this role
 * @param refusal     a sentence above the form: a phase refusal, an expired upload, a changed check
 */
public record ImportPage(CampaignHeader campaign, String path, String back, String unitName, List<UnitOption> units,
                         String chosenUnit, boolean phaseOpen, String maxMib, int maxRows, List<TemplateLink> templates,
                         String fileError, String unitError, String refusal, Report report) {

    public record UnitOption(String value, String label) {
    }

    public record TemplateLink(String href, String label) {
    }

    /**
     * The dry run's findings.
     *
     * @param token the kept file's token when it is clean (the import button sends it), else null
     */
    public record Report(String fileName, int rows, int accepted, int rejected, int skipped, List<Problem> problems,
                         String token) {

        public boolean clean() {
            return problems.isEmpty() && accepted > 0;
        }
    }

    /**
     * @param row     the spreadsheet row, or null for the whole file
     * @param value   the cell as the report shows it (ID and phone numbers masked)
     * @param message the rule in the page's language
     * @param detail  the service's own sentence, with the specifics (allowed values, quota counts…)
     */
    public record Problem(Integer row, String column, String cell, String value, String rule, String message,
                          String detail) {
    }
}
