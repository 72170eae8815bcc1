package org.craftrank.campaign.page;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.TransitionRequest;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.RuleConflictException;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * The secretariat's overview of a campaign: phase, next step, counts, history, and moving on. The list of
 * campaigns is {@link SecretariatHomePages}'s; Progress, assignments, the formal review, the ranking and the shortlist have page classes in their features.
 */
@Path("/secretariat/campaigns/{campaignId}")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class SecretariatPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(PageFrame frame, SecretariatViews.Overview page);
    }

    private final CampaignScreens campaignScreens;
    private final CampaignService campaigns;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public SecretariatPages(CampaignScreens campaignScreens, CampaignService campaigns, AccessGuard guard,
                            PageRequest request, PageFrames frames) {
        this.campaignScreens = campaignScreens;
        this.campaigns = campaigns;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Campaign overview: phase, next step, counts, scoring progress, phase history, and the "
            + "form to move to the next phase")
    public TemplateInstance overview(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return page(Templates.overview(frames.frame(), campaignScreens.overview(campaignId, null, null, request.msg(),
                texts())));
    }

    @POST
    @Path("/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Move the campaign to the next phase from the overview form; a refusal (a guard of the "
            + "phase rules) comes back on the overview")
    public Response transition(@PathParam("campaignId") long campaignId, @FormParam("to") String to,
                               @FormParam("reason") String reason) {
        guard.campaign(campaignId);
        CampaignPhase next = campaignScreens.phase(campaignId).next().orElse(null);
        // The form names the phase it was shown for: a second click, or a page left open while someone else
        // moved the campaign on, must not skip a phase.
        if (next == null || !next.name().equals(to)) {
            return Response.seeOther(URI.create("/secretariat/campaigns/" + campaignId)).build();
        }
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            campaigns.transition(campaignId, new TransitionRequest(next, note));
        } catch (RuleConflictException e) {
            return Response.status(409).entity(page(Templates.overview(frames.frame(), campaignScreens.overview(campaignId,
                    texts().transition_refused(refusal(campaignId, e)), note, request.msg(), texts())))).build();
        }
        return Response.seeOther(URI.create("/secretariat/campaigns/" + campaignId))
                .cookie(Flash.PHASE_CHANGED.cookie()).build();
    }

    /** A guard's refusal in the page's words; the notice period's names its dates, read from the campaign. */
    private String refusal(long campaignId, RuleConflictException e) {
        if (!e.rule().equals("notice-period") && !e.rule().equals("holiday-calendar-missing")) {
            return texts().guard(e.rule());
        }
        return campaigns.find(campaignId).map(CampaignView::publicNotice)
                .map(notice -> notice.lastDay() != null
                        ? texts().guard_notice_period(notice.lastDay().toString(), notice.publishableFrom().toString())
                        : texts().guard_holiday_calendar_missing(String.valueOf(notice.calendarMissingFor())))
                .orElseGet(() -> texts().guard(e.rule()));
    }

    private SecretariatMsg texts() {
        return request.bundle(SecretariatMsg.class);
    }

    private TemplateInstance page(TemplateInstance template) {
        return request.localized(template);
    }
}
