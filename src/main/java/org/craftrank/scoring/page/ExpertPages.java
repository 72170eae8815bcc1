package org.craftrank.scoring.page;

import org.craftrank.campaign.page.CampaignHeader;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.scoring.conflict.ConflictDeclaration;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.SheetStatus;
import org.craftrank.scoring.sheet.SheetView;
import org.craftrank.scoring.work.ExpertWorkService;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Roles;
import org.craftrank.web.CampaignLink;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expert's pages: the work list, and the score sheet of one assigned candidate. Forms follow the petclinic
 * flow — a GET renders; a POST validates through the same services as the JSON API and either re-renders with
 * the errors beside the fields (400, what was typed kept) or redirects (303) with a flash message. Submitting
 * takes a confirmation page, so a sheet never becomes read-only by a slip.
 */
@Path("/expert")
@RolesAllowed(Roles.EXPERT)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class ExpertPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(PageFrame frame, List<CampaignLink> campaigns);

        static native TemplateInstance workList(PageFrame frame, WorkList list);

        static native TemplateInstance sheet(PageFrame frame, SheetPage page);

        static native TemplateInstance confirm(PageFrame frame, ConfirmPage page);
    }

    private final ExpertScreens screens;
    private final ScoreSheetService sheets;
    private final ExpertWorkService work;
    private final CampaignService campaigns;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public ExpertPages(ExpertScreens screens, ScoreSheetService sheets, ExpertWorkService work,
                       CampaignService campaigns, AccessGuard guard, PageRequest request,
                       PageFrames frames) {
        this.screens = screens;
        this.sheets = sheets;
        this.work = work;
        this.campaigns = campaigns;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Expert start page: the campaign the expert scores in (straight to its work list when "
            + "there is one)")
    public Response start() {
        List<Long> ids = guard.caller().campaignIds().stream().sorted().toList();
        if (ids.size() == 1) {
            return Response.seeOther(URI.create("/expert/campaigns/" + ids.get(0))).build();
        }
        List<CampaignLink> links = ids.stream().flatMap(id -> campaigns.find(id).stream())
                .map(c -> new CampaignLink(c.name(), CampaignHeader.phases(request.msg()).of(c.phase()), "/expert/campaigns/" + c.id(), null))
                .toList();
        return Response.ok(page(Templates.campaigns(frames.frame(), links))).build();
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(summary = "The expert's assigned candidates with the state of their own sheet, and a progress bar")
    public TemplateInstance workList(@PathParam("campaignId") long campaignId) {
        long expertId = expertIn(campaignId);
        return page(Templates.workList(frames.frame(), screens.workList(campaignId, expertId, request.msg())));
    }

    @GET
    @Path("/campaigns/{campaignId}/candidates/{candidateId}")
    @Operation(summary = "Score sheet of an assigned candidate: materials, the 15 items with explanation and "
            + "evidence, the expert's scores; read-only once submitted")
    public TemplateInstance sheet(@PathParam("campaignId") long campaignId,
                                  @PathParam("candidateId") long candidateId) {
        return sheetPage(campaignId, candidateId, ExpertScreens.Overlay.NONE);
    }

    @POST
    @Path("/campaigns/{campaignId}/candidates/{candidateId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the score sheet form as a draft (action=save) or save it and go on to confirm the "
            + "submission (action=submit); refused scores come back beside their fields")
    public Response save(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                         MultivaluedMap<String, String> form) {
        long expertId = expertIn(campaignId);
        Map<String, String> fields = firstValues(form);
        ScoringForm.Read typed = ScoringForm.read(fields, work.itemCodes(campaignId));
        String version = fields.get("version");
        boolean submitting = "submit".equals(fields.get("action"));
        SheetView saved;
        try {
            saved = sheets.save(campaignId, expertId, candidateId, typed.content(), version);
        } catch (InvalidInputException e) {
            return refused(campaignId, candidateId, typed, e.errors(), null, version);
        } catch (PreconditionFailedException e) {
            // Somebody (another tab, the autosave of another window) saved first: keep what was typed, offer
            // the current version, and let the expert decide.
            SheetView current = sheets.open(campaignId, expertId, candidateId);
            if (current.status() == SheetStatus.SUBMITTED) {
                return Response.seeOther(URI.create(sheetPath(campaignId, candidateId))).build();
            }
            return refused(campaignId, candidateId, typed, List.of(), texts().stale_version(), current.etag());
        } catch (RuleConflictException e) {
            return afterRefusal(campaignId, candidateId, e);
        }
        if (submitting) {
            List<FieldError> missing = work.missingForSubmission(campaignId, saved);
            if (!missing.isEmpty()) {
                return refused(campaignId, candidateId, typed, missing, null, saved.etag());
            }
            return Response.seeOther(URI.create(sheetPath(campaignId, candidateId) + "/confirm")).build();
        }
        return Response.seeOther(URI.create(sheetPath(campaignId, candidateId))).cookie(Flash.SHEET_SAVED.cookie())
                .build();
    }

    @GET
    @Path("/campaigns/{campaignId}/candidates/{candidateId}/confirm")
    @Operation(summary = "Confirmation before submitting: the saved scores and their totals")
    public Response confirm(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId) {
        long expertId = expertIn(campaignId);
        return screens.confirmation(campaignId, expertId, candidateId, request.language(), request.msg())
                .map(page -> Response.ok(page(Templates.confirm(frames.frame(), page))).build())
                .orElseGet(() -> Response.seeOther(URI.create(sheetPath(campaignId, candidateId))).build());
    }

    @POST
    @Path("/campaigns/{campaignId}/candidates/{candidateId}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Submit the confirmed sheet: totals are computed and stored, and the sheet becomes read-only")
    public Response submit(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                           MultivaluedMap<String, String> form) {
        long expertId = expertIn(campaignId);
        String version = form.getFirst("version");
        try {
            sheets.submit(campaignId, expertId, candidateId, null, version);
        } catch (PreconditionFailedException | InvalidInputException e) {
            // Changed or incomplete since the confirmation page was shown (or submitted by a first click of a
            // double click): back to the sheet, to check it or to see it read-only.
            SheetView current = sheets.open(campaignId, expertId, candidateId);
            if (current.status() == SheetStatus.SUBMITTED) {
                return Response.seeOther(URI.create(sheetPath(campaignId, candidateId))).build();
            }
            return refused(campaignId, candidateId, null,
                    e instanceof InvalidInputException invalid ? invalid.errors() : List.of(),
                    e instanceof PreconditionFailedException ? texts().stale_version() : null, current.etag());
        } catch (RuleConflictException e) {
            return afterRefusal(campaignId, candidateId, e);
        }
        return Response.seeOther(URI.create(sheetPath(campaignId, candidateId)))
                .cookie(Flash.SHEET_SUBMITTED.cookie()).build();
    }

    @POST
    @Path("/campaigns/{campaignId}/candidates/{candidateId}/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Declare a conflict of interest with an assigned candidate (主动回避), with a reason")
    public Response declareConflict(@PathParam("campaignId") long campaignId,
                                    @PathParam("candidateId") long candidateId, MultivaluedMap<String, String> form) {
        long expertId = expertIn(campaignId);
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason").strip();
        if (reason.isEmpty() || reason.length() > ConflictDeclaration.MAX_REASON) {
            // The sheet page answers 404 itself when the candidate is not assigned to the expert.
            ExpertScreens.Overlay overlay = new ExpertScreens.Overlay(null, List.of(), null, null, reason,
                    texts().conflict_reason_required(ConflictDeclaration.MAX_REASON));
            return Response.status(400).entity(sheetPage(campaignId, candidateId, overlay)).build();
        }
        work.declareConflict(campaignId, expertId, candidateId, reason);
        return Response.seeOther(URI.create("/expert/campaigns/" + campaignId))
                .cookie(Flash.CONFLICT_DECLARED.cookie()).build();
    }

    private TemplateInstance sheetPage(long campaignId, long candidateId, ExpertScreens.Overlay overlay) {
        long expertId = expertIn(campaignId);
        return page(Templates.sheet(frames.frame(), screens.sheet(campaignId, expertId, candidateId, overlay,
                request.language(), request.msg(), texts(), guard.caller())));
    }

    private Response refused(long campaignId, long candidateId, ScoringForm.Read typed, List<FieldError> errors,
                             String notice, String version) {
        int status = notice != null ? 409 : 400;
        ExpertScreens.Overlay overlay = new ExpertScreens.Overlay(typed, errors, notice, version, null, null);
        return Response.status(status).entity(sheetPage(campaignId, candidateId, overlay)).build();
    }

    /**
     * A rule refused the write. A sheet submitted meanwhile (a second click, another tab) is simply shown, now
     * read-only; anything else (the phase, a conflict) is the error page's to explain.
     */
    private Response afterRefusal(long campaignId, long candidateId, RuleConflictException e) {
        if ("sheet-submitted".equals(e.rule())) {
            return Response.seeOther(URI.create(sheetPath(campaignId, candidateId))).build();
        }
        throw e;
    }

    /** The caller's expert record, which must belong to this campaign (else the campaign is unknown: 404). */
    private long expertIn(long campaignId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        if (caller.expertId() == null) {
            throw new NotFoundException("campaign", campaignId);
        }
        return caller.expertId();
    }

    private ExpertMsg texts() {
        return request.bundle(ExpertMsg.class);
    }

    private TemplateInstance page(TemplateInstance template) {
        return request.localized(template);
    }

    static String sheetPath(long campaignId, long candidateId) {
        return "/expert/campaigns/" + campaignId + "/candidates/" + candidateId;
    }

    private static Map<String, String> firstValues(MultivaluedMap<String, String> form) {
        Map<String, String> fields = new HashMap<>();
        form.forEach((key, values) -> {
            if (!values.isEmpty()) {
                fields.put(key, values.get(0));
            }
        });
        return fields;
    }
}
