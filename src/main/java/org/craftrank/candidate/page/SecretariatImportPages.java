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
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Roles;
import org.craftrank.web.HtmlPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The secretariat imports a summary table (汇总表) for any unit of the campaign (chosen on the form, or each row's
 * 推荐单位 column): upload, read the check, import. Same flow and template as the units' {@link UnitImportPages};
 * a class of its own so its paths sit under /secretariat and only ADMIN reaches them.
 */
@Path("/secretariat/campaigns/{campaignId}/import")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class SecretariatImportPages {

    private final ImportScreens screens;
    private final AccessGuard guard;

    public SecretariatImportPages(ImportScreens screens, AccessGuard guard) {
        this.screens = screens;
        this.guard = guard;
    }

    @GET
    @Operation(summary = "Summary-table import page of the secretariat (choose the unit, upload, empty templates)")
    public Response form(@PathParam("campaignId") long campaignId) {
        return screens.form(scope(campaignId));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a summary table (XLSX or CSV) and check it without saving; a clean file can then be "
            + "imported")
    public Response check(@PathParam("campaignId") long campaignId, @RestForm("file") FileUpload file,
                          @RestForm("unitId") String unitId) {
        return screens.check(scope(campaignId), file, unitId);
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

    private ImportScreens.Scope scope(long campaignId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        return new ImportScreens.Scope(campaignId, "/secretariat/campaigns/" + campaignId + "/import",
                "/secretariat/campaigns/" + campaignId, null, Nominator.SECRETARIAT, caller.username());
    }
}
