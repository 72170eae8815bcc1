package org.craftrank.shortlist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.export.CsvWriter;
import org.craftrank.export.ExportLanguage;
import org.craftrank.common.Downloads;
import org.craftrank.export.XlsxWriter;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.shortlist.notice.ObjectionDecisionRequest;
import org.craftrank.shortlist.notice.NoticeService;
import org.craftrank.shortlist.notice.NoticeView;
import org.craftrank.shortlist.notice.ObjectionRequest;
import org.craftrank.shortlist.notice.ObjectionService;
import org.craftrank.shortlist.notice.ObjectionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The secretariat's side of the public notice: the notice and its exports, and objections (异议). */
@Path("/api/campaigns/{campaignId}")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Public notice", description = "公示与公布: the published list, exports and objections")
public class NoticeResource {

    private final NoticeService notices;
    private final ObjectionService objections;
    private final AccessGuard guard;

    public NoticeResource(NoticeService notices, ObjectionService objections, AccessGuard guard) {
        this.notices = notices;
        this.objections = objections;
        this.guard = guard;
    }

    @GET
    @Path("/notice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The notice of the adopted list: publishable fields only (from APPROVED on)")
    public NoticeView notice(@PathParam("campaignId") long campaignId,
                             @QueryParam("lang") @DefaultValue("zh") String lang) {
        guard.campaign(campaignId);
        return notices.notice(campaignId, Downloads.language(lang));
    }

    @GET
    @Path("/notice/export.csv")
    @Produces(Downloads.CSV)
    @Operation(summary = "The notice as CSV (UTF-8 with BOM); at publication its SHA-256 is the published checksum")
    public Response csv(@PathParam("campaignId") long campaignId,
                        @QueryParam("lang") @DefaultValue("zh") String lang) {
        guard.campaign(campaignId);
        byte[] body = CsvWriter.write(NoticeService.table(notices.notice(campaignId, Downloads.language(lang))));
        return Downloads.attachment(body, Downloads.CSV, "notice-" + campaignId + ".csv");
    }

    @GET
    @Path("/notice/export.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "The notice as an XLSX workbook")
    public Response xlsx(@PathParam("campaignId") long campaignId,
                         @QueryParam("lang") @DefaultValue("zh") String lang) {
        guard.campaign(campaignId);
        ExportLanguage language = Downloads.language(lang);
        byte[] body = XlsxWriter.write(NoticeService.table(notices.notice(campaignId, language)),
                language == ExportLanguage.ZH ? "名单" : "List");
        return Downloads.attachment(body, Downloads.XLSX, "notice-" + campaignId + ".xlsx");
    }

    @GET
    @Path("/objections")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Objections received during the notice, with their outcomes")
    public List<ObjectionView> objections(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return objections.list(campaignId);
    }

    @POST
    @Path("/objections")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an objection against a listed candidate, by code (PUBLIC_NOTICE)")
    public Response record(@PathParam("campaignId") long campaignId, @Valid @NotNull ObjectionRequest request) {
        guard.campaign(campaignId);
        return Response.status(Response.Status.CREATED).entity(objections.record(campaignId, request)).build();
    }

    @POST
    @Path("/objections/{objectionId}/decision")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide an objection: DISMISSED, or WITHDRAWN (the list is re-solved; says who moved in)")
    public ObjectionService.DecisionView decide(@PathParam("campaignId") long campaignId,
                                                @PathParam("objectionId") long objectionId,
                                                @Valid @NotNull ObjectionDecisionRequest request) {
        guard.campaign(campaignId);
        return objections.decide(campaignId, objectionId, request);
    }
}
