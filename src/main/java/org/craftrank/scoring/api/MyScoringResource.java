package org.craftrank.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.scoring.conflict.ConflictDeclaration;
import org.craftrank.scoring.sheet.IdempotentSubmits;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.SheetBodyReader;
import org.craftrank.scoring.sheet.SheetContent;
import org.craftrank.scoring.sheet.SheetView;
import org.craftrank.scoring.work.ExpertWork;
import org.craftrank.scoring.work.ExpertWorkService;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The expert's side of scoring. The expert is the caller: there is no expert id in these paths, so nobody can
 * name another expert's sheet. Only candidates assigned to the caller exist here; others answer 404.
 */
@Path("/api/campaigns/{campaignId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EXPERT)
@Tag(name = "Scoring", description = "逐项打分: an expert's assignments and score sheets")
public class MyScoringResource {

    private final ScoreSheetService sheets;
    private final IdempotentSubmits submits;
    private final ExpertWorkService work;
    private final AccessGuard guard;

    public MyScoringResource(ScoreSheetService sheets, IdempotentSubmits submits, ExpertWorkService work,
                             AccessGuard guard) {
        this.sheets = sheets;
        this.submits = submits;
        this.work = work;
        this.guard = guard;
    }

    @GET
    @Path("/my/assignments")
    @Operation(summary = "The caller's assigned candidates with the state of the caller's own sheet for each "
            + "(NOT_STARTED, DRAFT, SUBMITTED, or CONFLICT once the caller declared a conflict); under blind scoring "
            + "(campaign setting scoring.blind) by code, without name or employer. The same list as the work list page")
    public List<MyAssignmentView> myAssignments(@PathParam("campaignId") long campaignId) {
        ExpertWork list = work.work(campaignId, expertInCampaign(campaignId));
        return list.rows().stream().map(r -> new MyAssignmentView(r.candidateId(), r.code(), r.name(), r.employer(),
                r.trade(), r.group(), r.state(), list.blind())).toList();
    }

    @POST
    @Path("/my/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest with an assigned candidate (主动回避); the sheet then "
            + "cannot be opened and the secretariat sees the declaration")
    public Response declareConflict(@PathParam("campaignId") long campaignId,
                                    @Valid @NotNull ConflictDeclarationRequest request) {
        long expertId = expertInCampaign(campaignId);
        var d = work.declareConflict(campaignId, expertId, request.candidateId(), request.reason().strip());
        return Response.status(201).entity(new AssignmentResource.DeclaredConflictView(d.id, d.expertId,
                d.candidateId, d.reason, d.declaredAt)).build();
    }

    @GET
    @Path("/sheets/{candidateId}")
    @Operation(summary = "The caller's sheet for an assigned candidate (blank until first saved); the ETag is "
            + "the version to send in If-Match")
    public Response sheet(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        SheetView view = sheets.open(campaignId, expertInCampaign(campaignId), candidateId);
        return withEtag(Response.ok(view), view);
    }

    @PUT
    @Path("/sheets/{candidateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a draft (partial is fine; SCORING phase only). The draft is replaced by what is "
            + "sent, so If-Match is required (428 without it: \"v0\" for a sheet never saved); a stale one is 412")
    public Response save(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                         @HeaderParam("If-Match") String ifMatch, String body) {
        IfMatch.required(ifMatch, "score sheet");
        SheetContent content = SheetBodyReader.read(body);
        if (content == null) {
            throw InvalidInputException.of("", "required", "send the sheet as a JSON object with items");
        }
        SheetView view = sheets.save(campaignId, expertInCampaign(campaignId), candidateId, content, ifMatch);
        return withEtag(Response.ok(view), view);
    }

    @POST
    @Path("/sheets/{candidateId}/submit")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Submit the sheet (optionally with its final content): every item needs a valid score; "
            + "totals are computed and stored. Honours Idempotency-Key: a replay returns the first response")
    public Response submit(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, String body, UriInfo uri) {
        long expertId = expertInCampaign(campaignId);
        IdempotentSubmits.Outcome outcome = submits.submit("account:" + guard.caller().accountId(),
                idempotencyKey, uri.getRequestUri().getRawPath(), body, campaignId, expertId, candidateId, ifMatch);
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.sheet());
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return withEtag(response, outcome.sheet());
    }

    /** The caller's expert record, which must belong to this campaign (else the campaign is unknown: 404). */
    private long expertInCampaign(long campaignId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        if (caller.expertId() == null) {
            throw new NotFoundException("campaign", campaignId);
        }
        return caller.expertId();
    }

    private static Response withEtag(Response.ResponseBuilder response, SheetView view) {
        return response.header("ETag", view.etag()).build();
    }

    public record ConflictDeclarationRequest(@NotNull Long candidateId, @NotBlank @Size(max = ConflictDeclaration.MAX_REASON) String reason) {
    }
}
