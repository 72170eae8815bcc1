package org.craftrank.unit.api;

import org.craftrank.common.version.IfMatch;
import org.craftrank.unit.ApplyQuotaTableRequest;
import org.craftrank.unit.QuotaTableApplication;
import org.craftrank.unit.QuotaTableService;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.unit.UnitRequest;
import org.craftrank.unit.UnitView;
import org.craftrank.unit.ReturnListRequest;

import jakarta.annotation.security.RolesAllowed;
import org.craftrank.common.access.Roles;
import org.craftrank.security.access.AccessGuard;
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

@Path("/api/campaigns/{campaignId}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommending units", description = "推荐单位 and their quotas (推荐名额)")
public class RecommendingUnitResource {

    private final RecommendingUnitService service;
    private final QuotaTableService quotaTables;
    private final AccessGuard guard;

    public RecommendingUnitResource(RecommendingUnitService service, QuotaTableService quotaTables, AccessGuard guard) {
        this.service = service;
        this.quotaTables = quotaTables;
        this.guard = guard;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.COMMITTEE})
    @Operation(summary = "List the campaign's recommending units with quota and nominations so far "
            + "(a UNIT operator sees only their own unit)")
    public List<UnitView> list(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return service.list(campaignId).stream().filter(u -> guard.caller().mayKnowUnit(u.id())).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a recommending unit (DRAFT or NOMINATION phase)")
    public Response create(@PathParam("campaignId") long campaignId, @Valid @NotNull UnitRequest request, UriInfo uri) {
        guard.campaign(campaignId);
        UnitView created = service.create(campaignId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/quota-table")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load a quota table into the campaign: creates and updates its units with the table's places "
            + "(DRAFT or NOMINATION phase; all or nothing; loading the same table again changes nothing)")
    public QuotaTableApplication applyQuotaTable(@PathParam("campaignId") long campaignId,
                                                 @Valid @NotNull ApplyQuotaTableRequest request) {
        guard.campaign(campaignId);
        return quotaTables.apply(campaignId, request);
    }

    @GET
    @Path("/{unitId}")
    @Operation(summary = "One recommending unit")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.COMMITTEE})
    public UnitView get(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId) {
        guard.unit(campaignId, unitId);
        return service.find(campaignId, unitId).orElseThrow(() -> new NotFoundException("recommending unit", unitId));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{unitId}")
    @Operation(summary = "Replace a unit's name, kind and quota (DRAFT or NOMINATION phase)")
    public UnitView update(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId,
                           @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UnitRequest request) {
        guard.campaign(campaignId);
        return service.update(campaignId, unitId, request, IfMatch.optional(ifMatch));
    }

    @POST
    @Path("/{unitId}/submission")
    @RolesAllowed(Roles.UNIT)
    @Operation(summary = "上报: the unit's operator submits its list of candidates, which locks it for the unit until "
            + "the secretariat returns it (NOMINATION phase; a submitted list is a 409 list-submitted); audited")
    public UnitView submitList(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId) {
        guard.unit(campaignId, unitId);
        return service.submitList(campaignId, unitId);
    }

    @POST
    @Path("/{unitId}/return")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "退回: the secretariat returns a unit's submitted list for corrections, with a reason the unit "
            + "sees (NOMINATION phase; a list not submitted is a 409 list-not-submitted); audited")
    public UnitView returnList(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId,
                               @Valid @NotNull ReturnListRequest request) {
        guard.unit(campaignId, unitId);
        return service.returnList(campaignId, unitId, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{unitId}")
    @Operation(summary = "Remove a unit that has nominated nobody (DRAFT or NOMINATION phase)")
    public Response delete(@PathParam("campaignId") long campaignId, @PathParam("unitId") long unitId,
                           @HeaderParam("If-Match") String ifMatch) {
        guard.campaign(campaignId);
        service.delete(campaignId, unitId, IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }
}
