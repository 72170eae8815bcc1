package org.craftrank.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.model.definition.ScoreScale;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.operations.OperationsMetrics;
import org.craftrank.operations.OperationsMetrics.RankingPurpose;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.CutRobustness;
import org.craftrank.ranking.engine.Decimals;
import org.craftrank.ranking.engine.ExactSheets;
import org.craftrank.ranking.engine.PanelDiagnostics;
import org.craftrank.ranking.engine.Ranking;
import org.craftrank.ranking.engine.RankingEngine;
import org.craftrank.ranking.engine.RankingRequest;
import org.craftrank.ranking.engine.TieBreakStep;
import org.craftrank.ranking.view.CapabilityLabel;
import org.craftrank.ranking.view.ComparisonView;
import org.craftrank.ranking.view.DiagnosticsView;
import org.craftrank.ranking.view.RankingView;
import org.craftrank.ranking.view.RobustnessView;
import org.craftrank.ranking.view.SpreadView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committee's anonymised ranking of a campaign, its diagnostics and the comparison of methods. Computed from
 * the stored sheet totals (the ranking route remembers its last results, keyed by the state of the sheets), opened
 * only once scoring is over, and every pull is audited, whether computed or remembered.
 */
@ApplicationScoped
public class RankingService {

    /** k for a TRIMMED_MEAN preview of a campaign that does not trim: the common 去掉一个最高分和一个最低分. */
    static final int DEFAULT_PREVIEW_TRIM = 1;
    static final int MAX_TRIM = 10;

    /** A computed ranking and what its header reports about the input. */
    record Computed(Ranking ranking, Set<String> unscoredCodes, int sheetCount, int expertCount) {
    }

    record CacheKey(long campaignId, RankingRequest request, RankingSheets.State state) {
    }

    private final CampaignService campaigns;
    private final RankingSheets sheets;
    private final AuditLog audit;
    private final OperationsMetrics metrics;
    /**
     * Rankings already computed, keyed by the sheets' {@link RankingSheets.State}: a committee pulls the same
     * frozen ranking again and again during deliberation, and at 10,000 candidates × 9 sheets reading the sheets and
     * the exact arithmetic take over a second. A changed state is a new key, so every instance answers from the
     * database's current sheets; nothing here needs to be shared or invalidated.
     */
    private final BoundedCache<CacheKey, Computed> computed;
    /** With no room for a ranking, reading the sheets' state for a key would be wasted work. */
    private final boolean cacheOn;

    public RankingService(CampaignService campaigns, RankingSheets sheets, AuditLog audit,
                          OperationsMetrics metrics, RankingConfig config) {
        this.computed = new BoundedCache<>(config.cachedRankings());
        this.cacheOn = config.cachedRankings() > 0;
        this.campaigns = campaigns;
        this.sheets = sheets;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** How the caller received it, for the audit log. */
    public enum Format { JSON, CSV, XLSX }

    /**
     * @param method    another method to preview, or null for the campaign's own
     * @param trimCount k for a TRIMMED_MEAN preview, or null for the campaign's (or 1)
     */
    @Transactional
    public RankingView ranking(long campaignId, AggregationMethod method, Integer trimCount, Format format) {
        Campaign campaign = openCampaign(campaignId);
        RankingRequest request = request(campaign, method, trimCount);
        pulled(campaign, "ranking", request, format);
        if (!cacheOn) {
            return view(campaign, request, compute(request, sheets.load(campaignId)));
        }
        CacheKey key = new CacheKey(campaignId, request, sheets.state(campaignId));
        Computed result = computed.get(key).orElseGet(() -> {
            Computed fresh = compute(request, sheets.load(campaignId));
            computed.put(key, fresh);
            return fresh;
        });
        return view(campaign, request, result);
    }

    /**
     * What one ranking page shows: the ranking, the spread beside it and (optionally) the method comparison.
     *
     * @param campaign       the campaign as a page heading names it
     * @param campaignMethod the campaign's own aggregation method (the ranking may be a preview of another)
     * @param model          the model the campaign froze (the charts read its scale)
     * @param shortlistSize  the places the shortlist fills (the charts draw the line after them), or null
     */
    public record Board(RankingView ranking, SpreadView spread, ComparisonView comparison,
                        CampaignService.Heading campaign, AggregationMethod campaignMethod, ScoringModel model,
                        Integer shortlistSize) {
    }

    /**
     * The ranking, the spread of the experts' totals and, with {@code withComparison}, the comparison of methods,
     * from one read of the submitted sheets and with one audit entry: a page view is one pull, not three.
     */
    @Transactional
    public Board board(long campaignId, AggregationMethod method, Integer trimCount, boolean withComparison) {
        Campaign campaign = openCampaign(campaignId);
        RankingRequest request = request(campaign, method, trimCount);
        RankingSheets.Input input = sheets.load(campaignId);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("parts", withComparison ? List.of("ranking", "spread", "comparison") : List.of("ranking", "spread"));
        pulled(campaign, "board", request, Format.JSON, parts);
        return new Board(ranking(campaign, request, input), spread(campaignId, input),
                withComparison ? comparison(campaign, input) : null,
                new CampaignService.Heading(campaign.id, campaign.name, campaign.phase), campaign.aggregationMethod,
                campaigns.modelOf(campaign), campaign.shortlistSize);
    }

    private RankingView ranking(Campaign campaign, RankingRequest request, RankingSheets.Input input) {
        return view(campaign, request, compute(request, input));
    }

    private Computed compute(RankingRequest request, RankingSheets.Input input) {
        Ranking ranking = RankingEngine.rank(input.columns(), input.assignedSheets(), request);
        metrics.rankingComputed(RankingPurpose.RANKING, request.aggregation().name());
        return new Computed(ranking, Collections.unmodifiableSortedSet(new TreeSet<>(input.unscoredCodes())),
                input.sheetCount(), input.expertPseudonyms().size());
    }

    private RankingView view(Campaign campaign, RankingRequest request, Computed result) {
        return RankingView.of(header(campaign, request, result.sheetCount(), result.expertCount()), result.ranking(),
                result.unscoredCodes());
    }

    @Transactional
    public DiagnosticsView diagnostics(long campaignId) {
        Campaign campaign = openCampaign(campaignId);
        RankingSheets.Input input = sheets.load(campaignId);
        // The totals lie on the items' scale (weights sum to 1), so the share applies to the scale's range.
        ScoreScale scale = campaigns.modelOf(campaign).scale();
        BigDecimal thresholdPoints = campaign.disagreementThreshold.multiply(scale.max().subtract(scale.min()));
        PanelDiagnostics diagnostics = PanelDiagnostics.compute(input.columns(), thresholdPoints.doubleValue(),
                campaign.leniencyMargin.doubleValue());
        pulled(campaign, "diagnostics", null, Format.JSON);
        return DiagnosticsView.of(campaignId, campaign.phase, ExactDecimals.plain(campaign.disagreementThreshold),
                ExactDecimals.plain(thresholdPoints), ExactDecimals.plain(campaign.leniencyMargin), diagnostics);
    }

    @Transactional
    public ComparisonView compare(long campaignId) {
        Campaign campaign = openCampaign(campaignId);
        pulled(campaign, "comparison", comparisonRequest(campaign), Format.JSON);
        return comparison(campaign, sheets.load(campaignId));
    }

    /** Every method side by side; the trimmed mean with the campaign's k (or 1). */
    private static RankingRequest comparisonRequest(Campaign campaign) {
        return request(campaign, AggregationMethod.TRIMMED_MEAN, null);
    }

    private ComparisonView comparison(Campaign campaign, RankingSheets.Input input) {
        RankingRequest request = comparisonRequest(campaign);
        metrics.rankingComputed(RankingPurpose.COMPARISON, "ALL");
        return ComparisonView.of(campaign.id, campaign.aggregationMethod.name(), request.trimCount(),
                RankingEngine.compareMethods(input.columns(), request));
    }

    /**
     * How firmly the cut at {@code places} stands under the campaign's own method: leave-one-expert-out and a seeded
     * bootstrap of the sheets ({@link CutRobustness}). Audited like every pull.
     *
     * @param resamples bootstrap resamples, null for {@value CutRobustness#DEFAULT_RESAMPLES}
     * @param seed      the bootstrap's seed, null for {@value CutRobustness#DEFAULT_SEED}
     */
    @Transactional
    public RobustnessView robustness(long campaignId, int places, Integer resamples, Long seed, Format format) {
        if (places < 1) {
            throw InvalidInputException.of("places", "range", "places must be at least 1, was " + places);
        }
        if (resamples != null && (resamples < 0 || resamples > CutRobustness.MAX_RESAMPLES)) {
            throw InvalidInputException.of("resamples", "range", "resamples must be between 0 and "
                    + CutRobustness.MAX_RESAMPLES + ", was " + resamples);
        }
        Campaign campaign = openCampaign(campaignId);
        RankingRequest request = request(campaign, null, null);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("places", places);
        pulled(campaign, "robustness", request, format, parts);
        int window = CutRobustness.DEFAULT_WINDOW;
        int draws = resamples == null ? CutRobustness.DEFAULT_RESAMPLES : resamples;
        long drawSeed = seed == null ? CutRobustness.DEFAULT_SEED : seed;
        // Z_SCORE and BIAS_MODEL are answered from the method alone: no sheets read, no ranking computed.
        CutRobustness robustness = CutRobustness.unavailableFor(request, places, window, draws, drawSeed)
                .orElseGet(() -> {
                    RankingSheets.Input input = sheets.load(campaignId);
                    Ranking ranking = RankingEngine.rank(input.columns(), input.assignedSheets(), request);
                    return CutRobustness.of(input.columns(), ranking, request, places, window, draws, drawSeed);
                });
        return RobustnessView.of(campaignId, request.aggregation().name(), request.trimCount(), robustness);
    }

    /** The campaign's ranking under its own method, with the candidates that have no submitted sheet. */
    public record OfRecord(Ranking ranking, Set<String> unscoredCodes) {
    }

    /**
     * The ranking of record, for features built on it (the shortlist) inside their own transaction. Not a pull by
     * a person, so not audited here; the caller audits what it does with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfRecord ofRecord(Campaign campaign) {
        RankingSheets.Input input = sheets.load(campaign.id);
        RankingRequest request = request(campaign, null, null);
        Ranking ranking = RankingEngine.rank(input.columns(), input.assignedSheets(), request);
        metrics.rankingComputed(RankingPurpose.SHORTLIST, request.aggregation().name());
        return new OfRecord(ranking, input.unscoredCodes());
    }

    /** Every candidate's submitted totals, lowest first, by code only (the spread beside the ranking). */
    @Transactional
    public SpreadView spread(long campaignId) {
        Campaign campaign = openCampaign(campaignId);
        pulled(campaign, "spread", null, Format.JSON);
        return spread(campaignId, sheets.load(campaignId));
    }

    private static SpreadView spread(long campaignId, RankingSheets.Input input) {
        Map<String, List<BigFraction>> totals = new TreeMap<>();
        ExactSheets columns = input.columns();
        for (int i = 0; i < columns.size(); i++) {
            totals.computeIfAbsent(columns.candidateIds()[columns.candidate()[i]], code -> new ArrayList<>())
                    .add(BigFraction.of(columns.totalNumerators()[i], columns.totalDenominators()[i]));
        }
        return new SpreadView(campaignId, totals.entrySet().stream()
                .map(e -> new SpreadView.Row(e.getKey(), e.getValue().stream().sorted()
                        .map(t -> ExactDecimals.plain(Decimals.forDisplay(t))).toList())).toList());
    }

    private Campaign openCampaign(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        if (!campaign.phase.rankingOpen()) {
            throw new RuleConflictException("ranking-not-open", "the ranking opens when deliberation starts; "
                    + "the campaign is in phase " + campaign.phase
                    + (campaign.phase == CampaignPhase.SCORING ? " (scoring progress is at …/progress, counts only)"
                    : ""));
        }
        return campaign;
    }

    static RankingRequest request(Campaign campaign, AggregationMethod preview, Integer trimCount) {
        AggregationMethod method = preview == null ? campaign.aggregationMethod : preview;
        if (trimCount != null && method != AggregationMethod.TRIMMED_MEAN) {
            throw InvalidInputException.of("trimCount", "trim-count-unused",
                    "trimCount applies only to method=TRIMMED_MEAN, not " + method);
        }
        if (trimCount != null && (trimCount < 1 || trimCount > MAX_TRIM)) {
            throw InvalidInputException.of("trimCount", "range", "trimCount must be between 1 and " + MAX_TRIM
                    + " (1 drops one highest and one lowest total), was " + trimCount);
        }
        int k = 0;
        if (method == AggregationMethod.TRIMMED_MEAN) {
            k = trimCount != null ? trimCount
                    : campaign.aggregationMethod == AggregationMethod.TRIMMED_MEAN ? campaign.trimCount
                    : DEFAULT_PREVIEW_TRIM;
        }
        return new RankingRequest(method, k,
                TieBreakStep.parseAll(campaign.tieBreakSteps()));
    }

    private RankingView.Header header(Campaign campaign, RankingRequest request, int sheetCount, int expertCount) {
        boolean preview = !request.aggregation().name().equals(campaign.aggregationMethod.name())
                || request.trimCount() != campaign.trimCount;
        return new RankingView.Header(campaign.id, campaign.name, campaign.phase, campaign.tieBreakSteps(), preview,
                campaigns.modelOf(campaign).capabilities().stream()
                        .map(c -> new CapabilityLabel(c.code(), c.name(), c.nameEn())).toList(),
                sheetCount, expertCount);
    }

    private void pulled(Campaign campaign, String view, RankingRequest request, Format format) {
        pulled(campaign, view, request, format, Map.of());
    }

    private void pulled(Campaign campaign, String view, RankingRequest request, Format format,
                        Map<String, Object> more) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("view", view);
        what.put("format", format.name());
        if (request != null) {
            what.put("method", request.aggregation().name());
            what.put("trimCount", request.trimCount());
        }
        what.putAll(more);
        audit.append(AuditEntry.of(AuditAction.RANKING_PULLED, "campaign", campaign.id).inCampaign(campaign.id)
                .change(null, what));
    }
}
