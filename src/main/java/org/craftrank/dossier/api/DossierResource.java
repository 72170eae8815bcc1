package org.craftrank.dossier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.access.Roles;
import org.craftrank.dossier.DossierService;
import org.craftrank.dossier.DossierView;
import org.craftrank.dossier.FileContent;
import org.craftrank.dossier.FileView;
import org.craftrank.dossier.SectionView;
import org.craftrank.dossier.TextRequest;
import org.craftrank.security.access.AccessGuard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A candidate's dossier (申报材料): files and texts per section of the campaign's model. The unit writes its own
 * candidates' dossiers during nomination, the secretariat until the formal review ends; the unit, the secretariat
 * and the experts assigned to the candidate read them (anybody else: 404).
 */
@Path("/api/campaigns/{campaignId}/candidates/{candidateId}/dossier")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.EXPERT})
@Tag(name = "Dossiers", description = "申报材料: files (PDF, JPEG, PNG, MP4; type from the bytes) and texts per section")
public class DossierResource {

    private final DossierService service;
    private final AccessGuard guard;
    private final FileResponses responses;

    public DossierResource(DossierService service, AccessGuard guard, FileResponses responses) {
        this.service = service;
        this.guard = guard;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "Every section of the dossier with its files (metadata) and texts")
    public DossierView view(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        guard.campaign(campaignId);
        return service.view(campaignId, candidateId, guard.caller());
    }

    @POST
    @Path("/sections/{section}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Upload a file into a section (multipart part 'file'). Refused: a type the section does not "
            + "take (file-type), 0 bytes (not-empty), an encrypted, scripted or cut-off PDF (pdf-encrypted, "
            + "pdf-javascript, pdf-incomplete), the same bytes twice (409 duplicate), a full section (409 "
            + "section-full), a file or candidate over its size (413 file-size, candidate-total), outside the phase "
            + "(409 phase)")
    public Response upload(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           @PathParam("section") String section, @RestForm("file") FileUpload file, UriInfo uri) {
        guard.campaign(campaignId);
        FileView saved = service.upload(campaignId, candidateId, section, upload(file), guard.caller());
        return Response.created(uri.getBaseUriBuilder().path("api/campaigns/{c}/candidates/{k}/dossier/files/{f}/content")
                .build(campaignId, candidateId, saved.id())).entity(saved).build();
    }

    @POST
    @Path("/sections/{section}/files")
    @Consumes({"application/pdf", "image/jpeg", "image/png", "video/mp4", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Upload a file as the raw request body, its name in ?name= (the way for API-token clients: "
            + "no CSRF token, since a cross-site page cannot send these types without a CORS preflight). The type is "
            + "still decided from the bytes; the same refusals as the multipart upload, and name (required) when "
            + "the name is missing")
    public Response uploadBody(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                               @PathParam("section") String section, @QueryParam("name") String name, File body,
                               UriInfo uri) {
        try {
            guard.campaign(campaignId);
            FileView saved = service.upload(campaignId, candidateId, section, upload(body, name), guard.caller());
            return Response.created(uri.getBaseUriBuilder()
                    .path("api/campaigns/{c}/candidates/{k}/dossier/files/{f}/content")
                    .build(campaignId, candidateId, saved.id())).entity(saved).build();
        } finally {
            deleteQuietly(body);
        }
    }

    @PUT
    @Path("/files/{fileId}")
    @Consumes({"application/pdf", "image/jpeg", "image/png", "video/mp4", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Replace a file by the raw request body, its name in ?name=; the same checks")
    public FileView replaceBody(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                                @PathParam("fileId") long fileId, @QueryParam("name") String name, File body) {
        try {
            guard.campaign(campaignId);
            return service.replace(campaignId, candidateId, fileId, upload(body, name), guard.caller());
        } finally {
            deleteQuietly(body);
        }
    }

    @PUT
    @Path("/files/{fileId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Replace a file by another in the same section (multipart part 'file'); the same checks")
    public FileView replace(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                            @PathParam("fileId") long fileId, @RestForm("file") FileUpload file) {
        guard.campaign(campaignId);
        return service.replace(campaignId, candidateId, fileId, upload(file), guard.caller());
    }

    @DELETE
    @Path("/files/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Remove a file")
    public Response remove(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           @PathParam("fileId") long fileId) {
        guard.campaign(campaignId);
        service.remove(campaignId, candidateId, fileId, guard.caller());
        return Response.noContent().build();
    }

    @GET
    @Path("/files/{fileId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png", "video/mp4", MediaType.APPLICATION_JSON})
    @Operation(summary = "The file's bytes, with range requests (Range: bytes=…); every read is audited. An expert "
            + "gets PDFs watermarked with their account and the time (then without ranges)")
    public Response content(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                            @PathParam("fileId") long fileId, @HeaderParam("Range") String range) {
        guard.campaign(campaignId);
        FileContent content = service.openForReading(campaignId, candidateId, fileId, guard.caller());
        return responses.of(content, range, false);
    }

    @PUT
    @Path("/sections/{section}/text")
    @RolesAllowed({Roles.ADMIN, Roles.UNIT})
    @Operation(summary = "Write the text of a TEXT section within its character limit (max-length); an empty text "
            + "removes it")
    public SectionView saveText(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                                @PathParam("section") String section, @NotNull TextRequest request) {
        guard.campaign(campaignId);
        return service.saveText(campaignId, candidateId, section, request.text(), guard.caller());
    }

    private static DossierService.Upload upload(FileUpload file) {
        return file == null ? null : new DossierService.Upload(file.uploadedFile(), file.fileName());
    }

    /** A raw body has no file name of its own: the client names it, and a missing name is bad input. */
    private static DossierService.Upload upload(File body, String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "required", "the query parameter name gives the file's name");
        }
        return body == null ? null : new DossierService.Upload(body.toPath(), name);
    }

    /** The HTTP layer leaves a raw body's temporary file behind; it holds the plain bytes, so it goes at once. */
    private static void deleteQuietly(File body) {
        if (body != null) {
            try {
                Files.deleteIfExists(body.toPath());
            } catch (IOException e) {
                // Nothing to tell the client: the temporary folder is the HTTP layer's and is emptied at start.
            }
        }
    }
}
