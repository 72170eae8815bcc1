package org.craftrank.expert.api;

import org.craftrank.common.version.IfMatch;
import org.craftrank.expert.ExpertRequest;
import org.craftrank.expert.ExpertService;
import org.craftrank.expert.ExpertView;

import org.craftrank.security.access.AccessGuard;
import jakarta.annotation.security.RolesAllowed;
import org.craftrank.common.access.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/campaigns/{campaignId}/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Experts", description = "评审专家: the campaign's expert panel")
public class ExpertResource {

    private final ExpertService service;
    private final AccessGuard guard;

    public ExpertResource(ExpertService service, AccessGuard guard) {
        this.service = service;
        this.guard = guard;
    }

    @GET
    @Operation(summary = "List the campaign's experts")
    public List<ExpertView> list(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return service.list(campaignId);
    }

    @POST
    @Operation(summary = "Add an expert (DRAFT to SCORING phase)")
    public Response create(@PathParam("campaignId") long campaignId, @Valid @NotNull ExpertRequest request,
                           UriInfo uri) {
        guard.campaign(campaignId);
        ExpertView created = service.create(campaignId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{expertId}")
    @Operation(summary = "One expert")
    public ExpertView get(@PathParam("campaignId") long campaignId, @PathParam("expertId") long expertId) {
        guard.campaign(campaignId);
        return service.find(campaignId, expertId).orElseThrow(() -> new NotFoundException("expert", expertId));
    }

    @PUT
    @Path("/{expertId}")
    @Operation(summary = "Replace an expert's details (DRAFT to SCORING phase)")
    public ExpertView update(@PathParam("campaignId") long campaignId, @PathParam("expertId") long expertId,
                             @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ExpertRequest request) {
        guard.campaign(campaignId);
        return service.update(campaignId, expertId, request, IfMatch.optional(ifMatch));
    }

    @DELETE
    @Path("/{expertId}")
    @Operation(summary = "Remove an expert (before scoring starts)")
    public Response delete(@PathParam("campaignId") long campaignId, @PathParam("expertId") long expertId,
                           @HeaderParam("If-Match") String ifMatch) {
        guard.campaign(campaignId);
        service.delete(campaignId, expertId, IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }
}
