package org.craftrank.review.api;

import org.craftrank.review.ReviewDecisionRequest;

import org.craftrank.review.FormalReviewService;
import org.craftrank.review.ReviewSummary;
import org.craftrank.review.ReviewView;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.NotFoundException;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's formal review (形式审查); a unit may read its own candidates' results. */
@Path("/api/campaigns/{campaignId}/formal-review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Formal review", description = "形式审查: eligibility rules of the campaign's model, PASS / WARN / FAIL with "
        + "every reason, confirmed or overridden by the secretariat")
public class FormalReviewResource {

    private final FormalReviewService service;
    private final AccessGuard guard;

    public FormalReviewResource(FormalReviewService service, AccessGuard guard) {
        this.service = service;
        this.guard = guard;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run every eligibility rule over every candidate (FORMAL_REVIEW phase) and record PASS / "
            + "WARN / FAIL with every reason; a decision is kept only where the candidate and its result are unchanged")
    public ReviewSummary run(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return service.run(campaignId, guard.caller().username());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "The formal review's results, counts and notices about units (a UNIT operator sees only "
            + "its own unit's)")
    public ReviewSummary list(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        return service.list(campaignId, caller.unitId());
    }

    @GET
    @Path("/{candidateId}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "One candidate's formal review result (outcome null before the review has run)")
    public ReviewView get(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        guard.campaign(campaignId);
        ReviewView view = service.find(campaignId, candidateId);
        if (!guard.caller().mayKnowUnit(view.recommendingUnitId())) {
            throw new NotFoundException("candidate", candidateId);
        }
        return view;
    }

    @POST
    @Path("/{candidateId}/decision")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Confirm a candidate's result, or override it with a reason (a FAIL then enters scoring, a "
            + "PASS or WARN stays out); FORMAL_REVIEW phase; audited")
    public ReviewView decide(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                             @Valid @NotNull ReviewDecisionRequest request) {
        guard.campaign(campaignId);
        return service.decide(campaignId, candidateId, request, guard.caller().username());
    }
}
