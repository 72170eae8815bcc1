package org.craftrank.ranking.page;

import org.craftrank.campaign.page.CampaignHeader;

import java.util.List;

/**
 * The ranking page's content, for the secretariat and the committee alike: the anonymised ranking under the
 * chosen method, the data behind its two charts (each also shown as a table), and optionally the comparison of
 * methods. Candidates appear by code only; nothing here can name one.
 *
 * @param trimCount    k of a trimmed mean, or null for other methods
 * @param exportQuery  the query string that exports the same view ({@code method=…&trimCount=…})
 * @param scaleMin     lowest item score of the model (the charts' axis)
 * @param cutAfter     the shortlist's places when fewer than the ranked candidates: the table and the spread chart
 *                     mark the line after that rank; null when there is no line to draw
 * @param chartWindow  how many candidates the spread chart shows at a time (the table beside it has them all)
 */
public record RankingBoard(CampaignHeader campaign, String method, String methodLabel, String officialMethodLabel,
                           boolean preview, Integer trimCount, List<MethodOption> methods,
                           List<CapabilityColumn> capabilities, int sheetCount, int expertCount, String tieBreak,
                           List<String> warnings, List<Entry> entries, List<SpreadRow> spreads, String scaleMin,
                           String scaleMax, Comparison comparison, String exportQuery, Integer cutAfter,
                           int chartWindow) {

    /** True on the row the shortlist's line follows: the {@code cutAfter}-th row, counted from 1 in table order. */
    public boolean lineAfterRow(int count) {
        return cutAfter != null && count == cutAfter;
    }

    /** The window sizes offered for the spread chart besides all: the default and twice it. */
    public List<Integer> chartWindowSizes() {
        return List.of(chartWindow, chartWindow * 2);
    }

    public record MethodOption(String value, String label, boolean selected) {
    }

    public record CapabilityColumn(String code, String name) {
    }

    /**
     * @param capabilities the capability scores in the order of {@link RankingBoard#capabilities()}
     * @param compared     ticked for the radar chart when the page opens
     */
    public record Entry(Integer rank, String code, String score, int sheetCount, String sd, String range,
                        List<String> flags, List<String> notes, List<Cell> capabilities, boolean compared) {

        public boolean scored() {
            return rank != null;
        }
    }

    /** A number as shown ({@code text}, rounded) and as the chart script reads it ({@code value}, exact). */
    public record Cell(String text, String value) {
    }

    /** @param totals the experts' totals, lowest first, as the chart script reads them (space-separated) */
    public record SpreadRow(String code, String min, String median, String max, String score, String totals,
                            String totalsText) {
    }

    public record Comparison(List<String> methods, List<ComparisonRow> rows, List<String> warnings) {
    }

    /** @param ranks the rank under each method of {@link Comparison#methods()}; "—" without a score */
    public record ComparisonRow(String code, List<String> ranks, int largestRankChange) {
    }
}
