package org.craftrank.campaign.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.CreateCampaignRequest;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.access.Roles;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Creating a campaign (新建活动): model, level, year, name, aggregation, tie-break order, shortlist places, blind
 * scoring and the optional conflict rule, through {@link CampaignService#create} as {@code POST /api/campaigns}.
 * Its own path, not {@code /secretariat/campaigns/new}, since {@code /secretariat/campaigns/{campaignId}} would
 * take that one.
 */
@Path("/secretariat/new-campaign")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class CampaignCreationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(PageFrame frame, CampaignSettingsScreens.Page page);
    }

    private final CampaignSettingsScreens screens;
    private final CampaignService campaigns;
    private final CampaignFormChecks checks;
    private final PageRequest request;
    private final PageFrames frames;

    public CampaignCreationPages(CampaignSettingsScreens screens, CampaignService campaigns, CampaignFormChecks checks,
                                 PageRequest request, PageFrames frames) {
        this.screens = screens;
        this.campaigns = campaigns;
        this.checks = checks;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "The form that creates a campaign")
    public TemplateInstance form() {
        return page(CampaignSettingsForm.blank(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a campaign from the form (it starts in DRAFT); errors come back beside the fields")
    public Response create(MultivaluedMap<String, String> fields) {
        CampaignMsg texts = request.bundle(CampaignMsg.class);
        CampaignSettingsForm form = CampaignSettingsForm.read(fields::getFirst);
        CreateCampaignRequest create = form.toCreateRequest();
        Map<String, String> errors = checks.check(form, create, texts);
        if (errors.isEmpty()) {
            try {
                CampaignView created = campaigns.create(create);
                return Response.seeOther(URI.create("/secretariat/campaigns/" + created.id()))
                        .cookie(Flash.CAMPAIGN_CREATED.cookie()).build();
            } catch (InvalidInputException e) {
                CampaignFormChecks.add(errors, e.errors(), form, texts);
            }
        }
        return Response.status(400).entity(page(form, errors)).build();
    }

    private TemplateInstance page(CampaignSettingsForm form, Map<String, String> errors) {
        return request.localized(Templates.create(frames.frame(), screens.creation(form, errors, null,
                request.bundle(CampaignMsg.class), request.bundle(SecretariatMsg.class))));
    }
}
