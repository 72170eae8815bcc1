package org.craftrank.ranking.api;

import org.craftrank.ranking.RankingQuery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.common.InvalidInputException;
import org.craftrank.ranking.RankingService;
import org.craftrank.export.CsvWriter;
import org.craftrank.export.ExportLanguage;
import org.craftrank.common.Downloads;
import org.craftrank.ranking.export.RankingTable;
import org.craftrank.export.XlsxWriter;
import org.craftrank.ranking.view.ComparisonView;
import org.craftrank.ranking.view.DiagnosticsView;
import org.craftrank.ranking.view.RankingView;
import org.craftrank.ranking.view.RobustnessView;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * The anonymised ranking the committee pulls: candidates by pseudonymous code, experts as E01…, from deliberation
 * on. COMMITTEE accounts see only the campaigns they sit on; every pull is audited.
 */
@Path("/api/campaigns/{campaignId}/ranking")
@RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
@Tag(name = "Ranking", description = "排名: anonymised ranking, diagnostics, method comparison and exports")
public class RankingResource {

    private final RankingService rankings;
    private final AccessGuard guard;

    public RankingResource(RankingService rankings, AccessGuard guard) {
        this.rankings = rankings;
        this.guard = guard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ranking under the campaign's method, or a preview under another (from DELIBERATION on)")
    public RankingView ranking(@PathParam("campaignId") long campaignId,
                               @Parameter(description = "preview another method: MEAN, TRIMMED_MEAN, MEDIAN, Z_SCORE, "
                                       + "BIAS_MODEL") @QueryParam("method") String method,
                               @Parameter(description = "k for a TRIMMED_MEAN preview (default: the campaign's, or 1)")
                               @QueryParam("trimCount") String trimCount) {
        guard.campaign(campaignId);
        RankingQuery query = RankingQuery.parse(method, trimCount);
        return rankings.ranking(campaignId, query.method(), query.trimCount(), RankingService.Format.JSON);
    }

    @GET
    @Path("/diagnostics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per-candidate disagreement, per-expert leniency and consistency, panel agreement")
    public DiagnosticsView diagnostics(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return rankings.diagnostics(campaignId);
    }

    @GET
    @Path("/robustness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How firmly the shortlist cut stands: per candidate near the cut, how often it is among the "
            + "top places when each expert's sheets are left out in turn and in a seeded bootstrap of the sheets")
    public RobustnessView robustness(@PathParam("campaignId") long campaignId,
                                     @Parameter(description = "the cut: how many candidates are selected",
                                             required = true) @QueryParam("places") String places,
                                     @Parameter(description = "bootstrap resamples (default 1000, at most 10000)")
                                     @QueryParam("resamples") String resamples,
                                     @Parameter(description = "the bootstrap's seed (default 19)")
                                     @QueryParam("seed") String seed) {
        guard.campaign(campaignId);
        if (places == null || places.isBlank()) {
            throw InvalidInputException.of("places", "required", "places (the number of candidates selected) is "
                    + "required");
        }
        return rankings.robustness(campaignId, whole("places", places), resamples == null ? null
                : whole("resamples", resamples), seed == null ? null : (long) whole("seed", seed),
                RankingService.Format.JSON);
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "not-a-number", field + " must be a whole number, was " + text);
        }
    }

    @GET
    @Path("/compare")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ranks under every method side by side, largest rank changes first")
    public ComparisonView compare(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return rankings.compare(campaignId);
    }

    @GET
    @Path("/export.csv")
    @Produces(Downloads.CSV)
    @Operation(summary = "The ranking as CSV (UTF-8 with BOM), codes only, formula injection neutralised")
    public Response csv(@PathParam("campaignId") long campaignId, @QueryParam("method") String method,
                        @QueryParam("trimCount") String trimCount,
                        @Parameter(description = "with the cut's robustness at this many places (leave-one-out and "
                                + "bootstrap columns)") @QueryParam("places") String places,
                        @Parameter(description = "zh (default) or en headings") @QueryParam("lang")
                        @DefaultValue("zh") String lang) {
        guard.campaign(campaignId);
        ExportLanguage language = Downloads.language(lang);
        RankingView ranking = exported(campaignId, method, trimCount, RankingService.Format.CSV);
        return Downloads.attachment(CsvWriter.write(RankingTable.of(ranking, robustness(campaignId, places,
                        RankingService.Format.CSV), language)), Downloads.CSV,
                fileName(ranking, "csv"));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "The ranking as an XLSX workbook, codes only, no formulas")
    public Response xlsx(@PathParam("campaignId") long campaignId, @QueryParam("method") String method,
                         @QueryParam("trimCount") String trimCount,
                         @Parameter(description = "with the cut's robustness at this many places (leave-one-out and "
                                 + "bootstrap columns)") @QueryParam("places") String places,
                         @Parameter(description = "zh (default) or en headings") @QueryParam("lang")
                         @DefaultValue("zh") String lang) {
        guard.campaign(campaignId);
        ExportLanguage language = Downloads.language(lang);
        RankingView ranking = exported(campaignId, method, trimCount, RankingService.Format.XLSX);
        byte[] workbook = XlsxWriter.write(RankingTable.of(ranking, robustness(campaignId, places,
                        RankingService.Format.XLSX), language),
                language == ExportLanguage.ZH ? "排名" : "Ranking");
        return Downloads.attachment(workbook, Downloads.XLSX, fileName(ranking, "xlsx"));
    }

    /** The robustness columns of an export, when {@code places} is given. */
    private RobustnessView robustness(long campaignId, String places, RankingService.Format format) {
        return places == null || places.isBlank() ? null
                : rankings.robustness(campaignId, whole("places", places), null, null, format);
    }

    private RankingView exported(long campaignId, String method, String trimCount, RankingService.Format format) {
        RankingQuery query = RankingQuery.parse(method, trimCount);
        return rankings.ranking(campaignId, query.method(), query.trimCount(), format);
    }

    private static String fileName(RankingView ranking, String extension) {
        return "ranking-" + ranking.campaignId() + "-" + ranking.method().toLowerCase(Locale.ROOT)
                + (ranking.trimCount() > 0 ? "-k" + ranking.trimCount() : "") + "." + extension;
    }
}
