package org.craftrank.ranking.page;

import java.util.List;

/**
 * The committee page's section on how firmly the shortlist cut stands (issue 19), worded for the page.
 *
 * @param places      the cut asked for, as typed (blank: the form only)
 * @param method      the method in one sentence, worded; null when there are no figures
 * @param flag        the warning when one expert's sheets decide the cut, else null
 * @param unavailable why there are no figures, worded, else null
 */
public record CutSection(String places, String method, String flag, String unavailable, List<Row> rows) {

    /** One candidate near the cut: selected in the full ranking, and how often when resampled. */
    public record Row(String code, int rank, boolean selected, String leaveOneOut, String bootstrap,
                      String movedBy) {
    }

    static CutSection form(String places) {
        return new CutSection(places == null ? "" : places, null, null, null, List.of());
    }
}
