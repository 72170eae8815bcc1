package org.craftrank.scoring.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.common.access.Roles;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's scoring progress page of a campaign. */
@Path("/secretariat/campaigns/{campaignId}/progress")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class ProgressPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(PageFrame frame, ScoringViews.Progress page);
    }

    private final ScoringScreens screens;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public ProgressPages(ScoringScreens screens, AccessGuard guard, PageRequest request, PageFrames frames) {
        this.screens = screens;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Scoring progress per expert and per candidate, those behind first (counts, no scores)")
    public TemplateInstance progress(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return request.localized(Templates.progress(frames.frame(), screens.progress(campaignId, request.language(),
                request.msg(), request.bundle(SecretariatMsg.class))));
    }
}
