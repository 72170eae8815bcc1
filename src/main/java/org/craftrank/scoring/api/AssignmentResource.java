package org.craftrank.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.scoring.assignment.AssignmentRequest;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.assignment.AssignmentView;
import org.craftrank.scoring.assignment.AutoAssignRequest;
import org.craftrank.scoring.assignment.AutoAssignmentService;
import org.craftrank.scoring.assignment.AutoAssignmentView;
import org.craftrank.scoring.sheet.ScoringProgress;
import org.craftrank.scoring.work.ScoringOverviewService;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The secretariat's side of scoring: who scores whom, declared conflicts, and progress. */
@Path("/api/campaigns/{campaignId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Assignments", description = "评审分配: which expert scores which candidate, conflicts, progress")
public class AssignmentResource {

    private final AssignmentService assignments;
    private final AutoAssignmentService auto;
    private final ScoringOverviewService overview;
    private final ScoringProgress progress;
    private final AccessGuard guard;

    public AssignmentResource(AssignmentService assignments, AutoAssignmentService auto, ScoringOverviewService overview,
                              ScoringProgress progress, AccessGuard guard) {
        this.assignments = assignments;
        this.auto = auto;
        this.overview = overview;
        this.progress = progress;
        this.guard = guard;
    }

    @GET
    @Path("/assignments")
    @Operation(summary = "List assignments, optionally of one expert or one candidate")
    public List<AssignmentView> list(@PathParam("campaignId") long campaignId, @QueryParam("expertId") Long expertId,
                                     @QueryParam("candidateId") Long candidateId) {
        guard.campaign(campaignId);
        return assignments.list(campaignId, expertId, candidateId);
    }

    @POST
    @Path("/assignments")
    @Operation(summary = "Assign an expert to a candidate (FORMAL_REVIEW or SCORING); only a candidate the formal "
            + "review admitted (passed, or overridden in) may be assigned (409 not-eligible); a conflict of interest "
            + "is a 409 naming the rule")
    public Response create(@PathParam("campaignId") long campaignId, @Valid @NotNull AssignmentRequest request,
                           UriInfo uri) {
        guard.campaign(campaignId);
        AssignmentView created = assignments.create(campaignId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/assignments/auto/preview")
    @Operation(summary = "Plan assignments automatically (FORMAL_REVIEW or SCORING) and show the plan: new "
            + "assignments, kept ones, loads per expert, coverage per candidate, affinity. Nothing is stored. "
            + "An impossible request is a 422 (rule assignment-infeasible) naming the bottleneck")
    public AutoAssignmentView preview(@PathParam("campaignId") long campaignId,
                                      @Valid @NotNull AutoAssignRequest request) {
        guard.campaign(campaignId);
        return auto.preview(campaignId, request);
    }

    @POST
    @Path("/assignments/auto")
    @Operation(summary = "Plan and create assignments automatically, in one transaction; existing assignments "
            + "are kept. With the preview's fingerprint, a plan that changed since is refused (412 plan-changed)")
    public AutoAssignmentView commitAuto(@PathParam("campaignId") long campaignId,
                                         @Valid @NotNull AutoAssignRequest request) {
        guard.campaign(campaignId);
        return auto.commit(campaignId, request);
    }

    @DELETE
    @Path("/assignments/{assignmentId}")
    @Operation(summary = "Remove an assignment the expert has not started a sheet for")
    public Response delete(@PathParam("campaignId") long campaignId, @PathParam("assignmentId") long assignmentId) {
        guard.campaign(campaignId);
        assignments.delete(campaignId, assignmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("/conflicts")
    @Operation(summary = "Conflicts experts declared, with their reasons")
    public List<DeclaredConflictView> declared(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return overview.declarations(campaignId).stream()
                .map(d -> new DeclaredConflictView(d.id, d.expertId, d.candidateId, d.reason, d.declaredAt)).toList();
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Scoring progress per expert (assigned, not started, draft, submitted) and per candidate "
            + "(submitted of required); counts only, never scores")
    public ScoringProgress.View progress(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return progress.of(campaignId);
    }

    public record DeclaredConflictView(long id, long expertId, long candidateId, String reason, Instant declaredAt) {
    }
}
