package org.craftrank.campaign.api;

import org.craftrank.common.version.IfMatch;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.CreateCampaignRequest;
import org.craftrank.campaign.TransitionRequest;
import org.craftrank.campaign.TransitionView;
import org.craftrank.campaign.UpdateCampaignRequest;

import jakarta.annotation.security.RolesAllowed;
import org.craftrank.common.access.CampaignScoped;
import org.craftrank.common.access.Roles;
import org.craftrank.security.access.AccessGuard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.common.NotFoundException;
import org.craftrank.model.ScoringModelView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "推选活动: selection rounds, their frozen model and their phases")
public class CampaignResource {

    private final CampaignService service;
    private final AccessGuard guard;

    public CampaignResource(CampaignService service, AccessGuard guard) {
        this.service = service;
        this.guard = guard;
    }

    @GET
    @CampaignScoped
    @RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.EXPERT, Roles.COMMITTEE})
    @Operation(summary = "List the campaigns the caller takes part in (all of them for ADMIN), newest first")
    public List<CampaignView> list() {
        return service.list().stream().filter(c -> guard.mayKnowCampaign(c.id())).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open a campaign from a scoring model; the campaign freezes a copy of the model")
    public Response create(@Valid @NotNull CreateCampaignRequest request, UriInfo uri) {
        CampaignView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{campaignId}")
    @Operation(summary = "One campaign with its phase, frozen model reference, settings and counts")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.EXPERT, Roles.COMMITTEE})
    public CampaignView get(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return service.find(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }

    @PUT
    @Path("/{campaignId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change name, year, aggregation settings and shortlist size (until scoring ends)")
    public CampaignView update(@PathParam("campaignId") long campaignId, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull UpdateCampaignRequest request) {
        return service.update(campaignId, request, IfMatch.optional(ifMatch));
    }

    @GET
    @Path("/{campaignId}/model")
    @Operation(summary = "The campaign's frozen copy of its scoring model")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.EXPERT, Roles.COMMITTEE})
    public ScoringModelView model(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return service.frozenModel(campaignId);
    }

    @POST
    @Path("/{campaignId}/transitions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move the campaign to its next phase; an illegal move is a 409 naming both phases")
    public CampaignView transition(@PathParam("campaignId") long campaignId,
                                   @Valid @NotNull TransitionRequest request) {
        return service.transition(campaignId, request);
    }

    @GET
    @Path("/{campaignId}/transitions")
    @Operation(summary = "The campaign's phase history, oldest first")
    @RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
    public List<TransitionView> history(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return service.history(campaignId);
    }
}
