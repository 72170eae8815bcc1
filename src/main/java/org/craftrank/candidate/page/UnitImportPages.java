package org.craftrank.candidate.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.candidate.Nominator;
import org.craftrank.common.NotFoundException;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Roles;
import org.craftrank.web.HtmlPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A recommending unit's operator imports its summary table (汇总表) for its own unit: upload, read the check,
 * import. The CSRF token travels as a field of the multipart form, where the CSRF filter reads it.
 */
@Path("/unit/campaigns/{campaignId}/import")
@RolesAllowed(Roles.UNIT)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class UnitImportPages {

    private final ImportScreens screens;
    private final AccessGuard guard;

    public UnitImportPages(ImportScreens screens, AccessGuard guard) {
        this.screens = screens;
        this.guard = guard;
    }

    @GET
    @Operation(summary = "Summary-table import page of the unit (upload form, empty templates)")
    public Response form(@PathParam("campaignId") long campaignId) {
        return screens.form(scope(campaignId));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a summary table (XLSX or CSV) and check it without saving; a clean file can then be "
            + "imported")
    public Response check(@PathParam("campaignId") long campaignId, @RestForm("file") FileUpload file) {
        return screens.check(scope(campaignId), file, null);
    }

    @POST
    @Path("/commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Import the summary table checked before (all rows or none)")
    public Response commit(@PathParam("campaignId") long campaignId, @RestForm("token") String token) {
        return screens.commit(scope(campaignId), token);
    }

    @GET
    @Path("/template.xlsx")
    @Produces(ImportScreens.XLSX)
    @Operation(summary = "An empty summary table with the notice's headers, every column formatted as text")
    public Response template(@PathParam("campaignId") long campaignId, @QueryParam("layout") String layout) {
        scope(campaignId);
        return screens.template(layout);
    }

    /** The caller's own unit, which must belong to this campaign (else the campaign is unknown: 404). */
    private ImportScreens.Scope scope(long campaignId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        if (caller.unitId() == null) {
            throw new NotFoundException("campaign", campaignId);
        }
        guard.unit(campaignId, caller.unitId());
        return new ImportScreens.Scope(campaignId, "/unit/campaigns/" + campaignId + "/import",
                "/unit/campaigns/" + campaignId, caller.unitId(), Nominator.UNIT, caller.username());
    }
}
