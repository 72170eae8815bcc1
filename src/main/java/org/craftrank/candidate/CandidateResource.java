package org.craftrank.candidate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.common.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{campaignId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "推荐对象: nominated workers (ID number and phone always masked)")
public class CandidateResource {

    private final CandidateService service;

    public CandidateResource(CandidateService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List candidates by id, a page at a time, optionally of one recommending unit")
    public CandidatePage list(@PathParam("campaignId") long campaignId, @QueryParam("unitId") Long unitId,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("100") int size) {
        return service.list(campaignId, unitId, page, size);
    }

    @POST
    @Operation(summary = "Nominate a candidate (DRAFT or NOMINATION phase, within the unit's quota)")
    public Response create(@PathParam("campaignId") long campaignId, @Valid @NotNull CandidateRequest request,
                           UriInfo uri) {
        CandidateView created = service.create(campaignId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{candidateId}")
    @Operation(summary = "One candidate")
    public CandidateView get(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        return service.find(campaignId, candidateId).orElseThrow(() -> new NotFoundException("candidate", candidateId));
    }

    @PUT
    @Path("/{candidateId}")
    @Operation(summary = "Correct a candidate's data (up to the formal review)")
    public CandidateView update(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                                @Valid @NotNull CandidateRequest request) {
        return service.update(campaignId, candidateId, request);
    }

    @DELETE
    @Path("/{candidateId}")
    @Operation(summary = "Withdraw a candidate (DRAFT or NOMINATION phase)")
    public Response delete(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        service.delete(campaignId, candidateId);
        return Response.noContent().build();
    }
}
