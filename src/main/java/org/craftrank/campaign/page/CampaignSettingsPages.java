package org.craftrank.campaign.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.UpdateCampaignRequest;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.access.Roles;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;

/**
 * A campaign's settings (活动设置): name, year, aggregation method and k, tie-break order, shortlist places, blind
 * scoring and the optional conflict rule, saved through {@link CampaignService#update} as {@code PUT
 * /api/campaigns/{id}} is, with the version the form was rendered from as its If-Match. Read-only once the phase
 * no longer allows a change.
 */
@Path("/secretariat/campaigns/{campaignId}/settings")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class CampaignSettingsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(PageFrame frame, CampaignSettingsScreens.Page page);
    }

    private final CampaignSettingsScreens screens;
    private final CampaignService campaigns;
    private final CampaignFormChecks checks;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public CampaignSettingsPages(CampaignSettingsScreens screens, CampaignService campaigns, CampaignFormChecks checks,
                                 AccessGuard guard, PageRequest request, PageFrames frames) {
        this.screens = screens;
        this.campaigns = campaigns;
        this.checks = checks;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "The campaign's settings form (read-only once the phase no longer allows a change)")
    public TemplateInstance settings(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return page(campaignId, null, Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the campaign's settings from the page; errors come back beside the fields, a change "
            + "made meanwhile comes back as the current settings; audited as CAMPAIGN_SETTINGS_CHANGED")
    public Response save(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        guard.campaign(campaignId);
        CampaignMsg texts = texts();
        CampaignSettingsForm form = CampaignSettingsForm.read(fields::getFirst);
        boolean blindOffered = CampaignService.blindSettingEditable(campaigns.heading(campaignId).phase());
        UpdateCampaignRequest update = form.toUpdateRequest(blindOffered);
        Map<String, String> errors = checks.check(form, update, texts);
        if (errors.isEmpty()) {
            try {
                campaigns.update(campaignId, update, form.ifMatch());
                return Response.seeOther(URI.create("/secretariat/campaigns/" + campaignId + "/settings"))
                        .cookie(Flash.CAMPAIGN_SETTINGS_SAVED.cookie()).build();
            } catch (InvalidInputException e) {
                CampaignFormChecks.add(errors, e.errors(), form, texts);
            } catch (PreconditionFailedException e) {
                // Someone saved the settings (or moved the campaign on) after this form was opened.
                return Response.status(409).entity(page(campaignId, null, Map.of(), texts.changed_meanwhile()))
                        .build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(page(campaignId, form, Map.of(),
                        texts.refused(texts.refused_phase())))
                        .build();
            }
        }
        return Response.status(400).entity(page(campaignId, form, errors, null)).build();
    }

    private TemplateInstance page(long campaignId, CampaignSettingsForm form, Map<String, String> errors,
                                  String refusal) {
        return request.localized(Templates.settings(frames.frame(), screens.settings(campaignId, form, errors, refusal,
                request.msg(), texts(), request.bundle(SecretariatMsg.class))));
    }

    private CampaignMsg texts() {
        return request.bundle(CampaignMsg.class);
    }
}
