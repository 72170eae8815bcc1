package org.craftrank.ranking.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.campaign.CampaignService;
import org.craftrank.common.FieldErrors;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.ranking.RankingService;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.EntryFlag;
import org.craftrank.ranking.engine.TieBreakStep;
import org.craftrank.ranking.view.CapabilityLabel;
import org.craftrank.ranking.view.ComparisonView;
import org.craftrank.ranking.view.DiagnosticsView;
import org.craftrank.ranking.view.RankingEntryView;
import org.craftrank.ranking.view.RankingView;
import org.craftrank.ranking.view.SpreadView;
import org.craftrank.web.PageLanguage;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Msg;
import org.craftrank.web.TemplateFormats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.craftrank.web.TemplateFormats.plain;

/**
 * Builds the ranking pages from {@link RankingService}: every number comes from the same anonymised views the
 * JSON API and the exports return (and every pull is audited there), arranged for the page and its charts.
 */
@ApplicationScoped
public class RankingScreens {

    /** Ticked for the radar chart at first: few enough that the five-sided shapes stay readable. */
    static final int COMPARED_AT_FIRST = 3;
    /** Thirty candidates keep every code on the spread chart's axis legible; the table beside it has them all. */
    static final int CHART_WINDOW = 30;

    private final RankingService rankings;
    private final CampaignService campaigns;

    public RankingScreens(RankingService rankings, CampaignService campaigns) {
        this.rankings = rankings;
        this.campaigns = campaigns;
    }

    /** Whether the campaign's ranking can be seen yet (from deliberation on). */
    public boolean isOpen(long campaignId) {
        return campaigns.heading(campaignId).phase().rankingOpen();
    }

    /**
     * @param methodParam another method to preview ({@code ?method=}), or blank for the campaign's own
     * @param trimParam   k for a trimmed-mean preview, or blank
     */
    public RankingBoard board(long campaignId, String methodParam, String trimParam, boolean withComparison,
                              PageLanguage language, Msg msg, RankingMsg texts) {
        AggregationMethod preview = method(methodParam);
        // k belongs to the trimmed mean only; the form sends the box whatever method is chosen.
        Integer trim = preview == AggregationMethod.TRIMMED_MEAN ? trim(trimParam) : null;
        // One read of the sheets and one audit entry for the whole page (ranking, spread, comparison).
        RankingService.Board pulled = rankings.board(campaignId, preview, trim, withComparison);
        RankingView ranking = pulled.ranking();
        ScoringModel model = pulled.model();
        SpreadView spread = pulled.spread();
        boolean english = language == PageLanguage.EN;

        List<RankingBoard.CapabilityColumn> columns = ranking.capabilities().stream()
                .map(c -> new RankingBoard.CapabilityColumn(c.code(), english ? c.nameEn() : c.name())).toList();
        Map<String, String> capabilityNames = new HashMap<>();
        columns.forEach(c -> capabilityNames.put(c.code(), c.name()));

        List<RankingBoard.Entry> entries = new ArrayList<>();
        int compared = 0;
        for (RankingEntryView e : ranking.entries()) {
            boolean tick = e.rank() != null && compared < COMPARED_AT_FIRST;
            if (tick) {
                compared++;
            }
            List<RankingBoard.Cell> cells = ranking.capabilities().stream().map(CapabilityLabel::code)
                    .map(code -> cell(e.capabilityScores().get(code))).toList();
            entries.add(new RankingBoard.Entry(e.rank(), e.code(), points(e.score()), e.sheetCount(),
                    points(e.standardDeviation()), points(e.range()),
                    e.flags().stream().map(texts::flag).sorted().toList(), notes(e, ranking.trimCount(), texts, capabilityNames), cells,
                    tick));
        }

        Map<String, SpreadView.Row> spreadByCode = spread.candidates().stream()
                .collect(Collectors.toMap(SpreadView.Row::code, r -> r));
        List<RankingBoard.SpreadRow> spreads = new ArrayList<>();
        for (RankingEntryView e : ranking.entries()) {
            SpreadView.Row row = spreadByCode.get(e.code());
            if (row == null || row.totals().isEmpty() || e.rank() == null) {
                continue;
            }
            Spread s = Spread.of(row.code(), row.totals());
            spreads.add(new RankingBoard.SpreadRow(s.code(), points(s.min()), points(s.median()), points(s.max()),
                    points(e.score()), s.totals().stream().map(TemplateFormats::plain).collect(Collectors.joining(" ")),
                    s.totals().stream().map(RankingScreens::points).collect(Collectors.joining(", "))));
        }

        AggregationMethod shown = AggregationMethod.valueOf(ranking.method());
        List<RankingBoard.MethodOption> options = Arrays.stream(AggregationMethod.values())
                .map(m -> new RankingBoard.MethodOption(m.name(), texts.method(m), m == shown)).toList();
        String tieBreak = ranking.tieBreakOrder().isEmpty() ? texts.tie_break_none()
                : texts.tie_break_order(ranking.tieBreakOrder().stream()
                .map(step -> stepLabel(step, texts, capabilityNames)).collect(Collectors.joining(" → ")));
        String exportQuery = "lang=" + language.param() + (preview == null ? "" : "&method=" + preview.name())
                + (trim == null ? "" : "&trimCount=" + trim);
        return new RankingBoard(CampaignHeader.of(pulled.campaign(), msg), ranking.method(), texts.method(shown),
                texts.method(pulled.campaignMethod()), ranking.preview(),
                ranking.trimCount() > 0 ? ranking.trimCount() : null, options, columns, ranking.sheetCount(),
                ranking.expertCount(), tieBreak, ranking.warnings(), entries, spreads, plain(model.scale().min()),
                plain(model.scale().max()), withComparison ? comparison(pulled.comparison(), texts) : null, exportQuery,
                cutAfter(pulled.shortlistSize(), spreads.size()), CHART_WINDOW);
    }

    /** The line after the shortlist's places, drawn only when some ranked candidates fall below it. */
    static Integer cutAfter(Integer shortlistSize, int ranked) {
        return shortlistSize != null && shortlistSize < ranked ? shortlistSize : null;
    }

    public DiagnosticsView diagnostics(long campaignId) {
        return rankings.diagnostics(campaignId);
    }

    public CampaignHeader header(long campaignId, Msg msg) {
        return CampaignHeader.of(campaigns.heading(campaignId), msg);
    }

    private static RankingBoard.Comparison comparison(ComparisonView view, RankingMsg texts) {
        List<AggregationMethod> methods = Arrays.asList(AggregationMethod.values());
        List<RankingBoard.ComparisonRow> rows = view.candidates().stream().map(r -> new RankingBoard.ComparisonRow(
                r.code(), methods.stream().map(m -> r.ranks().get(m) == null ? "—" : String.valueOf(r.ranks().get(m)))
                .toList(), r.largestRankChange())).toList();
        List<String> warnings = new ArrayList<>();
        view.warnings().forEach((method, list) -> list.forEach(w ->
                warnings.add(texts.method_warning(texts.method(method), w))));
        return new RankingBoard.Comparison(methods.stream()
                .map(m -> texts.method(m)).toList(), rows, warnings);
    }

    private static List<String> notes(RankingEntryView e, int trimCount, RankingMsg texts,
                                      Map<String, String> capabilityNames) {
        List<String> notes = new ArrayList<>();
        if (e.scoreUnavailableReason() != null) {
            // Worded here from what the entry says, not from the engine's English reason.
            notes.add(e.sheetCount() == 0 ? texts.no_sheets()
                    : trimCount > 0 && e.sheetCount() < 2 * trimCount + 1
                    ? texts.too_few_to_trim(trimCount, 2 * trimCount + 1, e.sheetCount())
                    : texts.no_score_by_method());
        }
        if (e.flags().contains(EntryFlag.FEWER_SHEETS_THAN_ASSIGNED) && e.assignedSheets() != null) {
            notes.add(texts.fewer_sheets(e.sheetCount(), e.assignedSheets()));
        }
        e.explanation().trimmedScores().forEach(t -> notes.add(texts.trimmed(
                org.craftrank.ranking.engine.TrimmedScore.Side.valueOf(t.side()), points(t.total()), t.expert())));
        for (RankingEntryView.TieBreak tie : java.util.stream.Stream.of(e.explanation().againstPrevious(),
                e.explanation().againstNext()).filter(java.util.Objects::nonNull).toList()) {
            notes.add(tie.decidedBy() == null ? texts.tied_with(tie.neighbourCode())
                    : texts.ordered_against(tie.neighbourCode(), stepLabel(tie.decidedBy(), texts, capabilityNames)));
        }
        notes.addAll(e.explanation().notes());
        return notes;
    }

    private static String stepLabel(String step, RankingMsg texts, Map<String, String> capabilityNames) {
        TieBreakStep parsed;
        try {
            parsed = TieBreakStep.parse(step);
        } catch (IllegalArgumentException unknown) {
            return step;
        }
        return switch (parsed.kind()) {
            case CAPABILITY -> texts.step_capability(capabilityNames.getOrDefault(parsed.capabilityCode(),
                    parsed.capabilityCode()));
            case MEDIAN -> texts.step_median();
            case HIGHER_RANKED_COUNT -> texts.step_head_to_head();
        };
    }

    private static AggregationMethod method(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        try {
            return AggregationMethod.valueOf(param.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            new FieldErrors().add("method", "known-method", "unknown method '" + param + "'; use one of "
                    + Arrays.toString(AggregationMethod.values())).throwIfAny();
            return null;
        }
    }

    private static Integer trim(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(param.strip());
        } catch (NumberFormatException e) {
            new FieldErrors().add("trimCount", "integer", "trimCount must be a whole number, was '" + param + "'")
                    .throwIfAny();
            return null;
        }
    }


    private static RankingBoard.Cell cell(BigDecimal value) {
        return value == null ? new RankingBoard.Cell("—", "") : new RankingBoard.Cell(points(value), plain(value));
    }

    /**
     * The ranking's one display rule (10 places, half-even, as in the JSON and the exports; the service has already
     * rounded), written without trailing zeros: two candidates that look equal here are equal there too.
     */
    static String points(BigDecimal value) {
        return value == null ? "—" : plain(value);
    }
}
