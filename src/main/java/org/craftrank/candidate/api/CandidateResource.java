package org.craftrank.candidate.api;

import org.craftrank.common.version.IfMatch;
import org.craftrank.candidate.CandidateImportService;
import org.craftrank.candidate.CandidatePage;
import org.craftrank.candidate.CandidateRequest;
import org.craftrank.candidate.CandidateService;
import org.craftrank.candidate.CandidateView;
import org.craftrank.candidate.ImportReport;
import org.craftrank.candidate.Nominator;
import org.craftrank.candidate.PersonalDataView;
import org.craftrank.candidate.RevealRequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.craftrank.common.PayloadTooLargeException;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Role;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;

/**
 * Candidates, for the secretariat and for recommending units (each sees and changes only its own nominations).
 */
@Path("/api/campaigns/{campaignId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.UNIT})
@Tag(name = "Candidates", description = "推荐对象: nominated workers (ID number and phone always masked)")
public class CandidateResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CandidateService service;
    private final CandidateImportService importer;
    private final AccessGuard guard;

    public CandidateResource(CandidateService service, CandidateImportService importer, AccessGuard guard) {
        this.service = service;
        this.importer = importer;
        this.guard = guard;
    }

    @GET
    @Operation(summary = "List candidates by id, a page at a time, optionally of one recommending unit "
            + "(a UNIT operator always gets only their own unit's)")
    public CandidatePage list(@PathParam("campaignId") long campaignId, @QueryParam("unitId") Long unitId,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("100") int size) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        if (unitId != null) {
            guard.unit(campaignId, unitId);
        }
        Long scope = caller.unitId() != null ? caller.unitId() : unitId;
        return service.list(campaignId, scope, page, size);
    }

    @POST
    @Operation(summary = "Nominate a candidate within the unit's quota (ADMIN in DRAFT or NOMINATION; a UNIT operator "
            + "only for its own unit and only in NOMINATION)")
    public Response create(@PathParam("campaignId") long campaignId, @Valid @NotNull CandidateRequest request,
                           UriInfo uri) {
        guard.unit(campaignId, request.recommendingUnitId());
        CandidateView created = service.create(campaignId, request, nominator());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import candidates from a units' summary table (汇总表, 2024 annex 2 or 2026 annex 3 columns) "
            + "sent as the body, XLSX or CSV (UTF-8); dryRun=true (the default) reports every row and every broken rule "
            + "and stores nothing; dryRun=false stores all rows or, if any rule is broken, none (400 listing them). "
            + "A UNIT operator imports for its own unit only, in NOMINATION")
    public Response importTable(@PathParam("campaignId") long campaignId, @QueryParam("unitId") Long unitId,
                                @QueryParam("dryRun") @DefaultValue("true") boolean dryRun, InputStream body)
            throws IOException {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        Long unit = caller.is(Role.UNIT) && unitId == null ? caller.unitId() : unitId;
        if (unit != null) {
            guard.unit(campaignId, unit);
        }
        byte[] file = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                importer.maxBytes() + 1));
        if (file.length > importer.maxBytes()) {
            throw new PayloadTooLargeException("the file is larger than " + importer.maxBytes() + " bytes; split it");
        }
        ImportReport report = importer.importTable(campaignId, file, unit, dryRun, nominator());
        return Response.status(dryRun ? 200 : 201).type(MediaType.APPLICATION_JSON).entity(report).build();
    }

    @GET
    @Path("/{candidateId}")
    @Operation(summary = "One candidate")
    public CandidateView get(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        requireOwn(campaignId, candidateId);
        return service.find(campaignId, candidateId).orElseThrow(() -> new NotFoundException("candidate", candidateId));
    }

    @PUT
    @Path("/{candidateId}")
    @Operation(summary = "Correct a candidate's data (ADMIN up to the formal review; a UNIT operator in NOMINATION)")
    public CandidateView update(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                                @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CandidateRequest request) {
        requireOwn(campaignId, candidateId);
        guard.unit(campaignId, request.recommendingUnitId());
        return service.update(campaignId, candidateId, request, nominator(), IfMatch.optional(ifMatch));
    }

    @DELETE
    @Path("/{candidateId}")
    @Operation(summary = "Withdraw a candidate (ADMIN in DRAFT or NOMINATION; a UNIT operator in NOMINATION)")
    public Response delete(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           @HeaderParam("If-Match") String ifMatch) {
        requireOwn(campaignId, candidateId);
        service.delete(campaignId, candidateId, nominator(), IfMatch.optional(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{candidateId}/personal-data/reveal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Show the full ID and phone numbers, with a reason; every reveal is audited")
    public PersonalDataView reveal(@PathParam("campaignId") long campaignId,
                                   @PathParam("candidateId") long candidateId, @Valid @NotNull RevealRequest request) {
        guard.campaign(campaignId);
        return service.reveal(campaignId, candidateId, request.reason().strip());
    }

    /** A recommending unit's operator nominates only while nomination is open; the secretariat also before. */
    private Nominator nominator() {
        return guard.caller().is(Role.UNIT) ? Nominator.UNIT : Nominator.SECRETARIAT;
    }

    /** 404 unless the candidate exists in a campaign the caller takes part in and, for UNIT, is their unit's. */
    private void requireOwn(long campaignId, long candidateId) {
        guard.campaign(campaignId);
        if (!guard.caller().mayKnowUnit(service.unitIdOf(campaignId, candidateId))) {
            throw new NotFoundException("candidate", candidateId);
        }
    }
}
