package org.craftrank.campaign.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.access.Roles;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The secretariat's start page: every campaign. A class of its own because a campaign's pages share the path
 * {@code /secretariat/campaigns/{campaignId}} across features, and the router matches that prefix first.
 */
@Path("/secretariat")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class SecretariatHomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(PageFrame frame, List<SecretariatViews.CampaignRow> campaigns);
    }

    private final CampaignScreens campaignScreens;
    private final PageRequest request;
    private final PageFrames frames;

    public SecretariatHomePages(CampaignScreens campaignScreens, PageRequest request, PageFrames frames) {
        this.campaignScreens = campaignScreens;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Secretariat start page: every campaign with its phase and counts")
    public TemplateInstance campaigns() {
        return request.localized(Templates.campaigns(frames.frame(), campaignScreens.campaigns(request.msg(),
                request.bundle(SecretariatMsg.class))));
    }

}
