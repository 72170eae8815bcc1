package org.craftrank.dossier.page;

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
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Roles;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The secretariat's dossier page of any candidate: the unit's page ({@link DossierPages}, same screens and
 * template) for the secretariat, who may change a dossier in DRAFT, NOMINATION and FORMAL_REVIEW.
 */
@Path("/secretariat/campaigns/{campaignId}/candidates/{candidateId}/dossier")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class SecretariatDossierPages {

    private final DossierScreens screens;
    private final AccessGuard guard;
    private final PageRequest request;

    public SecretariatDossierPages(DossierScreens screens, AccessGuard guard, PageRequest request) {
        this.screens = screens;
        this.guard = guard;
        this.request = request;
    }

    @GET
    @Operation(summary = "The dossier of a candidate for the secretariat: sections, files, texts, and the forms to "
            + "change them until the formal review ends")
    public Response page(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                         @QueryParam(DossierScreens.DONE) String done) {
        return screens.page(scope(campaignId, candidateId), done);
    }

    @POST
    @Path("/sections/{section}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file into a section; a refusal comes back beside the section")
    public Response upload(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           @PathParam("section") String section, @RestForm("file") FileUpload file) {
        return screens.upload(scope(campaignId, candidateId), section, file);
    }

    @POST
    @Path("/files/{fileId}/replace")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replace a file by another in its section")
    public Response replace(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                            @PathParam("fileId") long fileId, @RestForm("file") FileUpload file) {
        return screens.replace(scope(campaignId, candidateId), fileId, file);
    }

    @POST
    @Path("/files/{fileId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Remove a file")
    public Response remove(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           @PathParam("fileId") long fileId) {
        return screens.remove(scope(campaignId, candidateId), fileId);
    }

    @POST
    @Path("/sections/{section}/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a text section within its character limit (an empty text removes it); over the "
            + "limit the text comes back as typed, never cut")
    public Response saveText(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                             @PathParam("section") String section, @RestForm("text") String text) {
        return screens.saveText(scope(campaignId, candidateId), section, text);
    }

    /** Any candidate of a campaign the secretariat knows (an unknown one: 404). */
    private DossierScreens.Scope scope(long campaignId, long candidateId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        DossierMsg texts = request.bundle(DossierMsg.class);
        String base = "/secretariat/campaigns/" + campaignId;
        return new DossierScreens.Scope(campaignId, candidateId, caller, base + "/candidates/" + candidateId
                + "/dossier", base + "/formal-review", texts.back_secretariat());
    }
}
