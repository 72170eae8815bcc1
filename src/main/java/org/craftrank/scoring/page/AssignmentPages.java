package org.craftrank.scoring.page;

import org.craftrank.campaign.page.SecretariatMsg;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.scoring.assignment.AssignmentInfeasibleException;
import org.craftrank.scoring.assignment.AutoAssignmentService;
import org.craftrank.scoring.assignment.AutoAssignmentView;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.SheetRules;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The assignments page: who scores whom and the declared conflicts, the automatic assignment (preview, then
 * commit with the preview's fingerprint) and reopening a submitted sheet. Each action goes through the service the
 * JSON API uses ({@link AutoAssignmentService}, {@link ScoreSheetService#reopen}), so the phase rules, the
 * conflict rules and the audit entries are the same.
 */
@Path("/secretariat/campaigns/{campaignId}/assignments")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class AssignmentPages {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(PageFrame frame, ScoringViews.Assignments page,
                                                   AutoAssignForm auto, AutoPreview preview, ReopenForm reopen,
                                                   String refusal);
    }

    /** A plan shown before it is stored: loads, coverage, affinity and the fingerprint to commit it with. */
    public record AutoPreview(AutoAssignmentView plan, long covered, int candidates) {
    }

    /** A reopen form as typed, for the sheet it names, with the error beside its reason. */
    public record ReopenForm(long expertId, long candidateId, String reason, String error) {

        static final ReopenForm NONE = new ReopenForm(-1, -1, "", null);

        public boolean isFor(long expert, long candidate) {
            return expert == expertId && candidate == candidateId;
        }
    }

    private final ScoringScreens screens;
    private final AutoAssignmentService auto;
    private final ScoreSheetService sheets;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public AssignmentPages(ScoringScreens screens, AutoAssignmentService auto, ScoreSheetService sheets,
                           AccessGuard guard, PageRequest request, PageFrames frames) {
        this.screens = screens;
        this.auto = auto;
        this.sheets = sheets;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Who scores whom, optionally for one expert, the conflicts experts declared, the "
            + "automatic assignment form and the reopen buttons of submitted sheets")
    public TemplateInstance assignments(@PathParam("campaignId") long campaignId,
                                        @QueryParam("expertId") Long expertId) {
        guard.campaign(campaignId);
        return page(campaignId, expertId, AutoAssignForm.blank(), null, ReopenForm.NONE, null);
    }

    @POST
    @Path("/auto/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Preview an automatic assignment from the page: loads per expert, coverage, affinity "
            + "matches and new pairs; nothing is stored")
    public Response preview(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        guard.campaign(campaignId);
        AutoAssignForm form = AutoAssignForm.read(fields::getFirst, texts(), request.msg());
        if (!form.valid()) {
            return Response.status(400).entity(page(campaignId, null, form, null, ReopenForm.NONE, null)).build();
        }
        try {
            AutoAssignmentView plan = auto.preview(campaignId, form.toRequest(null));
            return Response.ok(page(campaignId, null, form, preview(plan), ReopenForm.NONE, null)).build();
        } catch (RuntimeException e) {
            return refused(campaignId, form, e);
        }
    }

    @POST
    @Path("/auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Commit the previewed automatic assignment (the preview's fingerprint comes with the "
            + "form); a plan that changed meanwhile comes back as a new preview")
    public Response commit(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        guard.campaign(campaignId);
        AutoAssignForm form = AutoAssignForm.read(fields::getFirst, texts(), request.msg());
        String fingerprint = fields.getFirst("fingerprint");
        if (!form.valid()) {
            return Response.status(400).entity(page(campaignId, null, form, null, ReopenForm.NONE, null)).build();
        }
        try {
            auto.commit(campaignId, form.toRequest(fingerprint == null || fingerprint.isBlank() ? "-"
                    : fingerprint.strip()));
            return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.ASSIGNMENTS_CREATED.cookie())
                    .build();
        } catch (PreconditionFailedException e) {
            // The plan changed since the preview: show the plan as it is now, to be checked and saved again.
            AutoPreview now;
            try {
                now = preview(auto.preview(campaignId, form.toRequest(null)));
            } catch (RuntimeException again) {
                return refused(campaignId, form, again);
            }
            return Response.status(412).entity(page(campaignId, null, form, now, ReopenForm.NONE,
                    texts().plan_changed())).build();
        } catch (RuntimeException e) {
            return refused(campaignId, form, e);
        }
    }

    @POST
    @Path("/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Reopen a submitted score sheet (SCORING phase) so the expert can correct it; the reason "
            + "is required and audited")
    public Response reopen(@PathParam("campaignId") long campaignId, @FormParam("expertId") Long expertId,
                           @FormParam("candidateId") Long candidateId, @FormParam("reason") String reason) {
        guard.campaign(campaignId);
        if (expertId == null || candidateId == null) {
            throw new NotFoundException("score sheet", 0);
        }
        AssignMsg texts = texts();
        String typed = reason == null ? "" : reason.strip();
        String error = typed.isEmpty() ? texts.error_reopen_reason()
                : typed.length() > SheetRules.MAX_REOPEN_REASON
                ? request.msg().error_reason_too_long(SheetRules.MAX_REOPEN_REASON) : null;
        if (error == null) {
            try {
                sheets.reopen(campaignId, expertId, candidateId, typed);
                return Response.seeOther(URI.create(base(campaignId) + "?expertId=" + expertId))
                        .cookie(Flash.SHEET_REOPENED.cookie()).build();
            } catch (RuleConflictException e) {
                String why = switch (e.rule()) {
                    case "phase" -> texts.refused_reopen_phase();
                    case "sheet-not-submitted" -> texts.refused_not_submitted();
                    default -> e.getMessage();
                };
                return Response.status(409).entity(page(campaignId, expertId, AutoAssignForm.blank(), null,
                        new ReopenForm(expertId, candidateId, typed, null), request.msg().refused(why))).build();
            }
        }
        return Response.status(400).entity(page(campaignId, expertId, AutoAssignForm.blank(), null,
                new ReopenForm(expertId, candidateId, typed, error), null)).build();
    }

    /** A refusal of the service, on the page: field errors beside the form, 422 and 409 as messages. */
    private Response refused(long campaignId, AutoAssignForm form, RuntimeException e) {
        AssignMsg texts = texts();
        if (e instanceof InvalidInputException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return Response.status(400).entity(page(campaignId, null, form.withErrors(errors), null,
                    ReopenForm.NONE, null)).build();
        }
        if (e instanceof AssignmentInfeasibleException infeasible) {
            // The solver names the bottleneck (which candidate or which bound); the page says it in its language.
            return Response.status(422).entity(page(campaignId, null, form, null, ReopenForm.NONE,
                    texts.infeasible(InfeasibleWording.of(infeasible.why().facts(), texts)))).build();
        }
        if (e instanceof RuleConflictException conflict) {
            return Response.status(409).entity(page(campaignId, null, form, null, ReopenForm.NONE,
                    request.msg().refused("phase".equals(conflict.rule()) ? request.msg().refused_phase()
                            : conflict.getMessage())))
                    .build();
        }
        throw e;
    }

    private static AutoPreview preview(AutoAssignmentView plan) {
        long covered = plan.coverage().stream().filter(c -> c.total() >= c.required()).count();
        return new AutoPreview(plan, covered, plan.coverage().size());
    }

    private TemplateInstance page(long campaignId, Long expertId, AutoAssignForm form, AutoPreview preview,
                                  ReopenForm reopen, String refusal) {
        ScoringViews.Assignments view = screens.assignments(campaignId, expertId, request.msg(),
                request.bundle(SecretariatMsg.class));
        return request.localized(Templates.assignments(frames.frame(), view, form, preview, reopen, refusal));
    }

    private AssignMsg texts() {
        return request.bundle(AssignMsg.class);
    }

    private static String base(long campaignId) {
        return "/secretariat/campaigns/" + campaignId + "/assignments";
    }

}
