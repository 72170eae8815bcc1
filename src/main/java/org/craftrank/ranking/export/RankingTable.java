package org.craftrank.ranking.export;

import org.craftrank.export.ExportLanguage;
import org.craftrank.export.ExportTable;
import org.craftrank.export.SpreadsheetText;
import org.craftrank.ranking.engine.EntryFlag;
import org.craftrank.ranking.view.CapabilityLabel;
import org.craftrank.ranking.view.RankingEntryView;
import org.craftrank.ranking.view.RankingView;
import org.craftrank.ranking.view.RobustnessView;
import org.craftrank.ranking.engine.CutRobustness;

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
        return of(ranking, null, language);
    }

    /**
     * With {@code robustness}, two more columns for the candidates near the cut (leave-one-expert-out and bootstrap:
     * selected in how many runs), blank for the others, and a last row with the method in one sentence.
     */
    public static ExportTable of(RankingView ranking, RobustnessView robustness, ExportLanguage language) {
        boolean zh = language == ExportLanguage.ZH;
        List<String> headers = new ArrayList<>(zh ? List.of("排名", "编号", "得分") : List.of("Rank", "Code", "Score"));
        for (CapabilityLabel capability : ranking.capabilities()) {
            headers.add(zh ? capability.name() : capability.nameEn());
        }
        headers.addAll(zh ? List.of("评分表数", "标准差", "极差", "标记", "说明")
                : List.of("Sheets", "SD", "Range", "Flags", "Notes"));
        boolean withCut = robustness != null && robustness.unavailableReason() == null;
        if (withCut) {
            headers.addAll(zh ? List.of("前 " + robustness.places() + " 名：逐一剔除专家后入选次数",
                    "前 " + robustness.places() + " 名：自助抽样入选次数")
                    : List.of("Top " + robustness.places() + ": selected, leaving out each expert",
                    "Top " + robustness.places() + ": selected, bootstrap"));
        }
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
            if (withCut) {
                RobustnessView.Candidate cut = robustness.candidate(entry.code());
                row.add(cut == null ? null : cut.leaveOneOutSelected() + " / " + robustness.leaveOneOutRuns()
                        + (cut.movedByExperts().isEmpty() ? "" : (zh ? "（剔除 " : " (without ")
                        + String.join(", ", cut.movedByExperts()) + (zh ? " 时变化）" : " it changes)")));
                row.add(cut == null ? null : cut.bootstrapSelected() + " / " + robustness.resamples());
            }
            rows.add(row);
        }
        String method = ranking.method() + (ranking.trimCount() > 0 ? " k=" + ranking.trimCount() : "");
        String title = SpreadsheetText.neutralise(ranking.campaignName() + " — " + (zh ? "排名" : "ranking") + " ("
                + method + (ranking.preview() ? (zh ? "，预览" : ", preview") : "") + ")");
        if (robustness != null) {
            // A last row (CSV has no title row): the method in one sentence, and the flag.
            List<Object> note = new ArrayList<>();
            note.add(SpreadsheetText.neutralise(cutNote(robustness, zh)));
            rows.add(note);
        }
        return new ExportTable(title, headers, rows);
    }

    /** The cut's robustness in one line: the method in one sentence, and the flag when one expert decides it. */
    private static String cutNote(RobustnessView r, boolean zh) {
        if (r.unavailableReason() != null) {
            return (zh ? "入选稳健性无法计算：" : "robustness of the cut unavailable: ") + r.unavailableReason();
        }
        String method = zh ? "入选稳健性：对前 " + r.places() + " 名附近的推荐对象，统计逐一剔除每位专家的评分表后重新排名、"
                + "以及对每位推荐对象的评分表有放回重抽 " + r.resamples() + " 次（种子 " + r.seed() + "）后，各自仍进入前 "
                + r.places() + " 名的次数；同分保持原排名顺序，不考虑名额限制。"
                : "Robustness of the cut: " + CutRobustness.METHOD.replace("top N", "top " + r.places())
                + " (" + r.resamples() + " resamples, seed " + r.seed() + ")";
        String flag = !r.restsOnOneExpert() ? ""
                : zh ? "注意：剔除一位专家（" + String.join(", ", r.pivotalExperts()) + "）的评分表即会改变入选名单。"
                : " Note: leaving out one expert's sheets (" + String.join(", ", r.pivotalExperts())
                + ") changes who is selected.";
        return method + flag;
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
