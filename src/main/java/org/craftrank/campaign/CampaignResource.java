package org.craftrank.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

    public CampaignResource(CampaignService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List campaigns, newest first")
    public List<CampaignView> list() {
        return service.list();
    }

    @POST
    @Operation(summary = "Open a campaign from a scoring model; the campaign freezes a copy of the model")
    public Response create(@Valid @NotNull CreateCampaignRequest request, UriInfo uri) {
        CampaignView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{campaignId}")
    @Operation(summary = "One campaign with its phase, frozen model reference, settings and counts")
    public CampaignView get(@PathParam("campaignId") long campaignId) {
        return service.find(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }

    @PUT
    @Path("/{campaignId}")
    @Operation(summary = "Change name, year, aggregation settings and shortlist size (until scoring ends)")
    public CampaignView update(@PathParam("campaignId") long campaignId, @Valid @NotNull UpdateCampaignRequest request) {
        return service.update(campaignId, request);
    }

    @GET
    @Path("/{campaignId}/model")
    @Operation(summary = "The campaign's frozen copy of its scoring model")
    public ScoringModelView model(@PathParam("campaignId") long campaignId) {
        return service.frozenModel(campaignId);
    }

    @POST
    @Path("/{campaignId}/transitions")
    @Operation(summary = "Move the campaign to its next phase; an illegal move is a 409 naming both phases")
    public CampaignView transition(@PathParam("campaignId") long campaignId,
                                   @Valid @NotNull TransitionRequest request) {
        return service.transition(campaignId, request);
    }

    @GET
    @Path("/{campaignId}/transitions")
    @Operation(summary = "The campaign's phase history, oldest first")
    public List<TransitionView> history(@PathParam("campaignId") long campaignId) {
        return service.history(campaignId);
    }
}
