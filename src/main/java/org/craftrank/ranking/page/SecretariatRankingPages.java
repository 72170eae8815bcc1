package org.craftrank.ranking.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.campaign.page.CampaignTabs;
import org.craftrank.campaign.page.CampaignScreens;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.common.access.Roles;
import org.craftrank.ranking.view.DiagnosticsView;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.NavLink;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The secretariat's ranking pages of a campaign: the ranking with its charts, and the scoring diagnostics. */
@Path("/secretariat/campaigns/{campaignId}")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class SecretariatRankingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ranking(PageFrame frame, CampaignHeader campaign, List<NavLink> tabs,
                                               RankingBoard board);

        static native TemplateInstance diagnostics(PageFrame frame, CampaignHeader campaign, List<NavLink> tabs,
                                                   DiagnosticsView diagnostics);

        static native TemplateInstance rankingClosed(PageFrame frame, CampaignHeader campaign, List<NavLink> tabs);
    }

    private final CampaignScreens campaignScreens;
    private final RankingScreens rankingScreens;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public SecretariatRankingPages(CampaignScreens campaignScreens, RankingScreens rankingScreens, AccessGuard guard, PageRequest request,
                                   PageFrames frames) {
        this.campaignScreens = campaignScreens;
        this.rankingScreens = rankingScreens;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Path("/ranking")
    @Operation(summary = "The anonymised ranking (from DELIBERATION on) with the capability radar chart, the "
            + "spread of the experts' totals and the method comparison; ?method= previews another method")
    public TemplateInstance ranking(@PathParam("campaignId") long campaignId, @QueryParam("method") String method,
                                    @QueryParam("trimCount") String trimCount) {
        guard.campaign(campaignId);
        CampaignHeader header = campaignScreens.header(campaignId, request.msg());
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.RANKING, texts(), request.msg());
        if (!rankingScreens.isOpen(campaignId)) {
            return page(Templates.rankingClosed(frames.frame(), header, tabs));
        }
        RankingBoard board = rankingScreens.board(campaignId, method, trimCount, true, request.language(), request.msg(),
                request.bundle(RankingMsg.class));
        return page(Templates.ranking(frames.frame(), header, tabs, board));
    }

    @GET
    @Path("/diagnostics")
    @Operation(summary = "Scoring diagnostics (from DELIBERATION on): disagreement per candidate, leniency and "
            + "consistency per expert, agreement of the panel")
    public TemplateInstance diagnostics(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        CampaignHeader header = campaignScreens.header(campaignId, request.msg());
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.DIAGNOSTICS, texts(), request.msg());
        if (!rankingScreens.isOpen(campaignId)) {
            return page(Templates.rankingClosed(frames.frame(), header, tabs));
        }
        return page(Templates.diagnostics(frames.frame(), header, tabs, rankingScreens.diagnostics(campaignId)));
    }

    private SecretariatMsg texts() {
        return request.bundle(SecretariatMsg.class);
    }

    private TemplateInstance page(TemplateInstance template) {
        return request.localized(template);
    }
}
