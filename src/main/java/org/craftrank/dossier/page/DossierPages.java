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
import org.craftrank.common.NotFoundException;
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
 * A recommending unit's dossier page for one of its own candidates (申报材料): every section of the campaign's
 * model, upload, replace and remove files, write the texts — while nomination is open; read-only afterwards.
 * Forms follow the petclinic flow: a refused change comes back beside its section (400, 409, 413), a saved one
 * redirects (303) to the page, which says what was done. The multipart forms carry the CSRF token as a field.
 */
@Path("/unit/campaigns/{campaignId}/candidates/{candidateId}/dossier")
@RolesAllowed(Roles.UNIT)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class DossierPages {

    private final DossierScreens screens;
    private final AccessGuard guard;
    private final PageRequest request;

    public DossierPages(DossierScreens screens, AccessGuard guard, PageRequest request) {
        this.screens = screens;
        this.guard = guard;
        this.request = request;
    }

    @GET
    @Operation(summary = "The dossier of one of the unit's candidates: sections, files, texts, and the forms to "
            + "change them during nomination")
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

    /** The caller's own unit, which must belong to this campaign (else the campaign is unknown: 404). */
    private DossierScreens.Scope scope(long campaignId, long candidateId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        if (caller.unitId() == null) {
            throw new NotFoundException("campaign", campaignId);
        }
        guard.unit(campaignId, caller.unitId());
        DossierMsg texts = request.bundle(DossierMsg.class);
        return new DossierScreens.Scope(campaignId, candidateId, caller, "/unit/campaigns/" + campaignId
                + "/candidates/" + candidateId + "/dossier", "/unit/campaigns/" + campaignId, texts.back_unit());
    }
}
