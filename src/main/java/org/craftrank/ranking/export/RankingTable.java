package org.craftrank.ranking.export;

import org.craftrank.export.ExportLanguage;
import org.craftrank.export.ExportTable;
import org.craftrank.export.SpreadsheetText;
import org.craftrank.ranking.engine.EntryFlag;
import org.craftrank.ranking.view.CapabilityLabel;
import org.craftrank.ranking.view.RankingEntryView;
import org.craftrank.ranking.view.RankingView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A ranking as a table for export: codes and numbers only, the same columns in CSV and XLSX, numbers rounded by the
 * ranking's one display rule as in the JSON. The exact fraction is left to the JSON: Excel reads a CSV cell such as
 * 7/2 as the 2nd of July.
 */
public final class RankingTable {

    private RankingTable() {
    }

    private static final Map<EntryFlag, String> FLAGS_ZH = Map.of(
            EntryFlag.TIED_FOR_COMMITTEE_DECISION, "并列，待评审委员会决定",
            EntryFlag.ORDERED_BY_TIE_BREAK, "同分，按并列规则排序",
            EntryFlag.NO_SCORE, "无得分",
            EntryFlag.RAW_SCORE_FALLBACK, "采用原始分",
            EntryFlag.FEWER_SHEETS_THAN_ASSIGNED, "已提交评分表少于分配的专家数");

    public static ExportTable of(RankingView ranking, ExportLanguage language) {
        boolean zh = language == ExportLanguage.ZH;
        List<String> headers = new ArrayList<>(zh ? List.of("排名", "编号", "得分") : List.of("Rank", "Code", "Score"));
        for (CapabilityLabel capability : ranking.capabilities()) {
            headers.add(zh ? capability.name() : capability.nameEn());
        }
        headers.addAll(zh ? List.of("评分表数", "标准差", "极差", "标记", "说明")
                : List.of("Sheets", "SD", "Range", "Flags", "Notes"));
        List<List<Object>> rows = new ArrayList<>();
        for (RankingEntryView entry : ranking.entries()) {
            List<Object> row = new ArrayList<>();
            row.add(entry.rank());
            row.add(SpreadsheetText.neutralise(entry.code()));
            row.add(entry.score());
            for (CapabilityLabel capability : ranking.capabilities()) {
                row.add(entry.capabilityScores().get(capability.code()));
            }
            row.add(entry.sheetCount());
            row.add(entry.standardDeviation());
            row.add(entry.range());
            row.add(SpreadsheetText.neutralise(entry.flags().stream()
                    .map(f -> zh ? FLAGS_ZH.get(f) : f.name()).sorted().collect(Collectors.joining("; "))));
            row.add(SpreadsheetText.neutralise(notes(entry)));
            rows.add(row);
        }
        String method = ranking.method() + (ranking.trimCount() > 0 ? " k=" + ranking.trimCount() : "");
        String title = SpreadsheetText.neutralise(ranking.campaignName() + " — " + (zh ? "排名" : "ranking") + " ("
                + method + (ranking.preview() ? (zh ? "，预览" : ", preview") : "") + ")");
        return new ExportTable(title, headers, rows);
    }

    private static String notes(RankingEntryView entry) {
        List<String> notes = new ArrayList<>();
        if (entry.scoreUnavailableReason() != null) {
            notes.add(entry.scoreUnavailableReason());
        }
        entry.explanation().trimmedScores().forEach(t -> notes.add("trimmed " + t.side().toLowerCase() + " "
                + t.total().toPlainString() + " (" + t.expert() + ")"));
        if (entry.explanation().againstPrevious() != null) {
            notes.add("vs " + entry.explanation().againstPrevious().neighbourCode() + ": "
                    + entry.explanation().againstPrevious().description());
        }
        if (entry.explanation().againstNext() != null) {
            notes.add("vs " + entry.explanation().againstNext().neighbourCode() + ": "
                    + entry.explanation().againstNext().description());
        }
        notes.addAll(entry.explanation().notes());
        return String.join("; ", notes);
    }
}
