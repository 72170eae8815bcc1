package org.craftrank.shortlist.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.craftrank.common.version.IfMatch;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.shortlist.ProposalComparison;
import org.craftrank.shortlist.ProposalRequest;
import org.craftrank.shortlist.ProposalView;
import org.craftrank.shortlist.ShortlistIdentities;
import org.craftrank.shortlist.ShortlistRules;
import org.craftrank.shortlist.ShortlistService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The shortlist (建议名单): rules (secretariat), proposals solved exactly and stored as versions (committee),
 * adoption (审定, secretariat) and the audited de-anonymisation of the adopted list (secretariat).
 */
@Path("/api/campaigns/{campaignId}/shortlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shortlist", description = "建议名单: quotas, proposals, approval and controlled de-anonymisation")
public class ShortlistResource {

    private final ShortlistService shortlists;
    private final ShortlistIdentities identities;
    private final AccessGuard guard;

    public ShortlistResource(ShortlistService shortlists, ShortlistIdentities identities, AccessGuard guard) {
        this.shortlists = shortlists;
        this.identities = identities;
        this.guard = guard;
    }

    @GET
    @Path("/rules")
    @RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
    @Operation(summary = "The campaign's shortlist constraints (caps per unit, industry, group; women and young "
            + "minima); the ETag is the version to send in If-Match")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ShortlistRules.class)))
    public Response rules(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return withEtag(shortlists.versionedRules(campaignId));
    }

    @PUT
    @Path("/rules")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the shortlist constraints (until deliberation ends). A stale If-Match is 412")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ShortlistRules.class)))
    public Response updateRules(@PathParam("campaignId") long campaignId, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull ShortlistRules rules) {
        guard.campaign(campaignId);
        return withEtag(shortlists.updateRules(campaignId, rules, IfMatch.optional(ifMatch)));
    }

    private static Response withEtag(ShortlistService.VersionedRules rules) {
        return Response.ok(rules.rules()).header("ETag", IfMatch.etag(rules.version())).build();
    }

    @POST
    @Path("/proposals")
    @RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
    @Operation(summary = "Solve a shortlist under the rules plus fixed inclusions/exclusions and store it as the "
            + "next version (DELIBERATION); infeasible constraints are a 422 naming the constraint and the shortfall")
    public Response propose(@PathParam("campaignId") long campaignId, @Valid @NotNull ProposalRequest request,
                            UriInfo uri) {
        guard.campaign(campaignId);
        ProposalView created = shortlists.propose(campaignId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.version())).build())
                .entity(created).build();
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
    @Operation(summary = "Every stored version, oldest first")
    public List<ProposalView.Summary> proposals(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return shortlists.list(campaignId);
    }

    @GET
    @Path("/proposals/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
    @Operation(summary = "One version: the selected codes with why each is in, and why each candidate at or above "
            + "the cut score is out")
    public ProposalView proposal(@PathParam("campaignId") long campaignId, @PathParam("version") int version) {
        guard.campaign(campaignId);
        return shortlists.get(campaignId, version);
    }

    @GET
    @Path("/proposals/{version}/compare/{other}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMITTEE})
    @Operation(summary = "Who is on one version and not the other")
    public ProposalComparison compare(@PathParam("campaignId") long campaignId, @PathParam("version") int version,
                                      @PathParam("other") int other) {
        guard.campaign(campaignId);
        return shortlists.compare(campaignId, version, other);
    }

    @POST
    @Path("/proposals/{version}/adopt")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "审定: adopt a version; the campaign moves to APPROVED")
    public ProposalView adopt(@PathParam("campaignId") long campaignId, @PathParam("version") int version,
                              @Valid @NotNull ReasonRequest request) {
        guard.campaign(campaignId);
        return shortlists.adopt(campaignId, version, request.reason());
    }

    @POST
    @Path("/identities")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "De-anonymise the adopted list (from APPROVED on), with a reason; every call is audited")
    public ShortlistIdentities.View identities(@PathParam("campaignId") long campaignId,
                                               @Valid @NotNull ReasonRequest request) {
        guard.campaign(campaignId);
        return identities.reveal(campaignId, request.reason());
    }
}
