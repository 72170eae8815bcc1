package org.craftrank.web.secretariat;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.TransitionRequest;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.RuleConflictException;
import org.craftrank.ranking.view.DiagnosticsView;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.security.account.Roles;
import org.craftrank.web.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.NavLink;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.craftrank.web.ranking.RankingBoard;
import org.craftrank.web.ranking.RankingBoards;
import org.craftrank.web.ranking.RankingMsg;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * The secretariat's campaign pages: the list of campaigns, each campaign's overview (phase, next step, moving
 * on), scoring progress with who is behind, and — from deliberation on — the ranking with its charts and the
 * scoring diagnostics. The assignments, the formal review and the shortlist have page classes of their own.
 */
@Path("/secretariat")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class SecretariatPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(PageFrame frame, List<SecretariatViews.CampaignRow> campaigns);

        static native TemplateInstance overview(PageFrame frame, SecretariatViews.Overview page);

        static native TemplateInstance progress(PageFrame frame, SecretariatViews.Progress page);

        static native TemplateInstance ranking(PageFrame frame, CampaignHeader campaign, List<NavLink> tabs,
                                               RankingBoard board);

        static native TemplateInstance diagnostics(PageFrame frame, CampaignHeader campaign, List<NavLink> tabs,
                                                   DiagnosticsView diagnostics);

        static native TemplateInstance rankingClosed(PageFrame frame, CampaignHeader campaign, List<NavLink> tabs);
    }

    private final SecretariatDesk desk;
    private final RankingBoards boards;
    private final CampaignService campaigns;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public SecretariatPages(SecretariatDesk desk, RankingBoards boards, CampaignService campaigns, AccessGuard guard,
                            PageRequest request, PageFrames frames) {
        this.desk = desk;
        this.boards = boards;
        this.campaigns = campaigns;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Secretariat start page: every campaign with its phase and counts")
    public TemplateInstance campaigns() {
        return page(Templates.campaigns(frames.frame(), desk.campaigns(request.msg(), texts())));
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(summary = "Campaign overview: phase, next step, counts, scoring progress, phase history, and the "
            + "form to move to the next phase")
    public TemplateInstance overview(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return page(Templates.overview(frames.frame(), desk.overview(campaignId, null, null, request.msg(),
                texts())));
    }

    @POST
    @Path("/campaigns/{campaignId}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Move the campaign to the next phase from the overview form; a refusal (a guard of the "
            + "phase rules) comes back on the overview")
    public Response transition(@PathParam("campaignId") long campaignId, @FormParam("to") String to,
                               @FormParam("reason") String reason) {
        guard.campaign(campaignId);
        CampaignPhase next = desk.phase(campaignId).next().orElse(null);
        // The form names the phase it was shown for: a second click, or a page left open while someone else
        // moved the campaign on, must not skip a phase.
        if (next == null || !next.name().equals(to)) {
            return Response.seeOther(URI.create("/secretariat/campaigns/" + campaignId)).build();
        }
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            campaigns.transition(campaignId, new TransitionRequest(next, note));
        } catch (RuleConflictException e) {
            return Response.status(409).entity(page(Templates.overview(frames.frame(), desk.overview(campaignId,
                    texts().transition_refused(e.getMessage()), note, request.msg(), texts())))).build();
        }
        return Response.seeOther(URI.create("/secretariat/campaigns/" + campaignId))
                .cookie(Flash.PHASE_CHANGED.cookie()).build();
    }

    @GET
    @Path("/campaigns/{campaignId}/progress")
    @Operation(summary = "Scoring progress per expert and per candidate, those behind first (counts, no scores)")
    public TemplateInstance progress(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return page(Templates.progress(frames.frame(), desk.progress(campaignId, request.language(), request.msg(), texts())));
    }

    @GET
    @Path("/campaigns/{campaignId}/ranking")
    @Operation(summary = "The anonymised ranking (from DELIBERATION on) with the capability radar chart, the "
            + "spread of the experts' totals and the method comparison; ?method= previews another method")
    public TemplateInstance ranking(@PathParam("campaignId") long campaignId, @QueryParam("method") String method,
                                    @QueryParam("trimCount") String trimCount) {
        guard.campaign(campaignId);
        CampaignHeader header = desk.header(campaignId, request.msg());
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.RANKING, texts());
        if (!boards.isOpen(campaignId)) {
            return page(Templates.rankingClosed(frames.frame(), header, tabs));
        }
        RankingBoard board = boards.board(campaignId, method, trimCount, true, request.language(), request.msg(),
                request.bundle(RankingMsg.class));
        return page(Templates.ranking(frames.frame(), header, tabs, board));
    }

    @GET
    @Path("/campaigns/{campaignId}/diagnostics")
    @Operation(summary = "Scoring diagnostics (from DELIBERATION on): disagreement per candidate, leniency and "
            + "consistency per expert, agreement of the panel")
    public TemplateInstance diagnostics(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        CampaignHeader header = desk.header(campaignId, request.msg());
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.DIAGNOSTICS, texts());
        if (!boards.isOpen(campaignId)) {
            return page(Templates.rankingClosed(frames.frame(), header, tabs));
        }
        return page(Templates.diagnostics(frames.frame(), header, tabs, boards.diagnostics(campaignId)));
    }

    private SecretariatMsg texts() {
        return request.bundle(SecretariatMsg.class);
    }

    private TemplateInstance page(TemplateInstance template) {
        return request.localized(template);
    }
}
