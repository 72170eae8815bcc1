package org.craftrank.candidate.page;

import org.craftrank.campaign.page.CampaignHeader;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import org.craftrank.candidate.CandidateRequest;
import org.craftrank.candidate.CandidateView;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.version.IfMatch;
import org.craftrank.unit.RecommendingUnitService;
import org.craftrank.candidate.CandidateService;
import org.craftrank.candidate.Nominator;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.RuleConflictException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recommending unit's pages: its quota and its own candidates (ID and phone masked), and the nomination
 * form, which goes through the same checks and service as {@code POST /api/campaigns/{id}/candidates}.
 */
@Path("/unit")
@RolesAllowed(Roles.UNIT)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class UnitPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(PageFrame frame, List<CampaignLink> campaigns);

        static native TemplateInstance landing(PageFrame frame, UnitScreens.Landing page);

        static native TemplateInstance nominate(PageFrame frame, UnitScreens.FormContext context, NominationForm form,
                                                Map<String, String> errors, String refusal,
                                                List<NominationForm.ErrorLink> summary, CandidateView editing);

        static native TemplateInstance withdraw(PageFrame frame, UnitScreens.FormContext context, CandidateView candidate,
                                                String refusal);

        static native TemplateInstance submit(PageFrame frame, UnitScreens.Submission page, String refusal);
    }

    private final UnitScreens screens;
    private final CandidateService candidates;
    private final CampaignService campaigns;
    private final RecommendingUnitService units;
    private final Validator validator;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public UnitPages(UnitScreens screens, CandidateService candidates, CampaignService campaigns,
                     RecommendingUnitService units, Validator validator, AccessGuard guard, PageRequest request,
                     PageFrames frames) {
        this.units = units;
        this.screens = screens;
        this.candidates = candidates;
        this.campaigns = campaigns;
        this.validator = validator;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Unit start page: straight to the unit's campaign")
    public Response start() {
        List<Long> ids = guard.caller().campaignIds().stream().sorted().toList();
        if (ids.size() == 1) {
            return Response.seeOther(URI.create("/unit/campaigns/" + ids.get(0))).build();
        }
        List<CampaignLink> links = ids.stream().flatMap(id -> campaigns.find(id).stream())
                .map(c -> new CampaignLink(c.name(), CampaignHeader.phases(request.msg()).of(c.phase()), "/unit/campaigns/" + c.id(), null))
                .toList();
        return Response.ok(request.localized(Templates.campaigns(frames.frame(), links))).build();
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(summary = "The unit's quota and its own candidates (ID and phone masked)")
    public TemplateInstance landing(@PathParam("campaignId") long campaignId) {
        long unitId = unitIn(campaignId);
        return request.localized(Templates.landing(frames.frame(), screens.landing(campaignId, unitId, request.msg())));
    }

    @GET
    @Path("/campaigns/{campaignId}/candidates/new")
    @Operation(summary = "Nomination form (DRAFT or NOMINATION phase; otherwise back to the unit's page, which "
            + "says why)")
    public Response nominationForm(@PathParam("campaignId") long campaignId) {
        long unitId = unitIn(campaignId);
        if (!screens.landing(campaignId, unitId, request.msg()).nominationOpen()) {
            return Response.seeOther(URI.create("/unit/campaigns/" + campaignId)).build();
        }
        return Response.ok(form(campaignId, unitId, NominationForm.blank(), Map.of(), null, null)).build();
    }

    @POST
    @Path("/campaigns/{campaignId}/candidates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Nominate a candidate from the form; refused fields come back beside the form's fields")
    public Response nominate(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        long unitId = unitIn(campaignId);
        return save(campaignId, unitId, null, fields);
    }

    @GET
    @Path("/campaigns/{campaignId}/candidates/{candidateId}")
    @Operation(summary = "The correction form of one of the unit's own candidates (ID and phone kept unless typed)")
    public Response correctionForm(@PathParam("campaignId") long campaignId,
                                   @PathParam("candidateId") long candidateId) {
        long unitId = unitIn(campaignId);
        CandidateView candidate = screens.ownCandidate(campaignId, unitId, candidateId);
        if (!screens.landing(campaignId, unitId, request.msg()).listOpen()) {
            return Response.seeOther(URI.create("/unit/campaigns/" + campaignId)).build();
        }
        return Response.ok(form(campaignId, unitId, NominationForm.of(candidate), Map.of(), null, candidate)).build();
    }

    @POST
    @Path("/campaigns/{campaignId}/candidates/{candidateId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Correct one of the unit's own candidates (NOMINATION, list not submitted), with the version "
            + "the form was rendered from; errors come back beside the fields")
    public Response correct(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                            MultivaluedMap<String, String> fields) {
        long unitId = unitIn(campaignId);
        CandidateView candidate = screens.ownCandidate(campaignId, unitId, candidateId);
        return save(campaignId, unitId, candidate, fields);
    }

    @GET
    @Path("/campaigns/{campaignId}/candidates/{candidateId}/withdraw")
    @Operation(summary = "Confirmation before withdrawing one of the unit's own candidates")
    public TemplateInstance confirmWithdrawal(@PathParam("campaignId") long campaignId,
                                              @PathParam("candidateId") long candidateId) {
        long unitId = unitIn(campaignId);
        CandidateView candidate = screens.ownCandidate(campaignId, unitId, candidateId);
        return request.localized(Templates.withdraw(frames.frame(), screens.form(campaignId, unitId, request.msg(),
                request.bundle(UnitMsg.class)), candidate, null));
    }

    @POST
    @Path("/campaigns/{campaignId}/candidates/{candidateId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Withdraw one of the unit's own candidates (NOMINATION, list not submitted)")
    public Response withdraw(@PathParam("campaignId") long campaignId, @PathParam("candidateId") long candidateId,
                             @jakarta.ws.rs.FormParam("version") String version) {
        long unitId = unitIn(campaignId);
        CandidateView candidate = screens.ownCandidate(campaignId, unitId, candidateId);
        UnitMsg texts = request.bundle(UnitMsg.class);
        try {
            candidates.delete(campaignId, candidateId, Nominator.UNIT, IfMatch.optional(version));
            return Response.seeOther(URI.create("/unit/campaigns/" + campaignId))
                    .cookie(Flash.CANDIDATE_WITHDRAWN.cookie()).build();
        } catch (RuleConflictException e) {
            return Response.status(409).entity(request.localized(Templates.withdraw(frames.frame(),
                    screens.form(campaignId, unitId, request.msg(), texts), candidate, texts.portal_refused(e.rule()))))
                    .build();
        } catch (PreconditionFailedException e) {
            return Response.status(409).entity(request.localized(Templates.withdraw(frames.frame(),
                    screens.form(campaignId, unitId, request.msg(), texts), candidate,
                    texts.portal_refused("stale-version")))).build();
        }
    }

    @GET
    @Path("/campaigns/{campaignId}/submission")
    @Operation(summary = "Confirmation before submitting the unit's list (上报), with what will be submitted")
    public TemplateInstance confirmSubmission(@PathParam("campaignId") long campaignId) {
        long unitId = unitIn(campaignId);
        return request.localized(Templates.submit(frames.frame(), screens.submission(campaignId, unitId,
                request.msg()), null));
    }

    @POST
    @Path("/campaigns/{campaignId}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "上报: submit the unit's list, which locks it until the secretariat returns it; audited")
    public Response submit(@PathParam("campaignId") long campaignId) {
        long unitId = unitIn(campaignId);
        try {
            units.submitList(campaignId, unitId);
            return Response.seeOther(URI.create("/unit/campaigns/" + campaignId))
                    .cookie(Flash.LIST_SUBMITTED.cookie()).build();
        } catch (RuleConflictException e) {
            return Response.status(409).entity(request.localized(Templates.submit(frames.frame(),
                    screens.submission(campaignId, unitId, request.msg()),
                    request.bundle(UnitMsg.class).portal_refused(e.rule())))).build();
        }
    }

    /** Nominates ({@code editing} null) or corrects a candidate from the form; the same checks as the API. */
    private Response save(long campaignId, long unitId, CandidateView editing, MultivaluedMap<String, String> fields) {
        UnitMsg texts = request.bundle(UnitMsg.class);
        NominationForm form = NominationForm.read(fields::getFirst);
        CandidateRequest candidate = form.toRequest(unitId);
        Map<String, String> errors = new LinkedHashMap<>();
        form.unreadable().forEach(field -> errors.put(field, field.equals("shopFloorYears")
                ? texts.error_range("0", "60") : texts.error_choice()));
        for (ConstraintViolation<CandidateRequest> v : validator.validate(candidate)) {
            String field = v.getPropertyPath().toString();
            // a correction keeps the stored ID number and phone when their fields are left empty
            if (editing != null && (field.equals("idNumber") || field.equals("phone")) && form.value(field).isEmpty()) {
                continue;
            }
            // The limit comes from the constraint itself, not from its (locale-dependent) message.
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            errors.putIfAbsent(field, NominationErrorWording.of(new FieldError(field, rule(v), v.getMessage()), texts,
                    max == null ? null : String.valueOf(max)));
        }
        if (errors.isEmpty()) {
            try {
                if (editing == null) {
                    candidates.create(campaignId, candidate, Nominator.UNIT);
                } else {
                    candidates.correct(campaignId, editing.id(), candidate, Nominator.UNIT,
                            IfMatch.optional(form.value(NominationForm.VERSION)));
                }
                return Response.seeOther(URI.create("/unit/campaigns/" + campaignId))
                        .cookie(Flash.CANDIDATE_NOMINATED.cookie()).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(v -> errors.putIfAbsent(v.field(), NominationErrorWording.of(v, texts, null)));
            } catch (PreconditionFailedException e) {
                return Response.status(409).entity(form(campaignId, unitId, form, errors,
                        texts.refused(texts.portal_refused("stale-version")), editing)).build();
            } catch (RuleConflictException e) {
                if ("duplicate-id-number".equals(e.rule())) {
                    errors.put("idNumber", texts.error_duplicate_id());
                } else {
                    String reason = "unit-quota".equals(e.rule()) ? texts.quota_used() : texts.portal_refused(e.rule());
                    return Response.status(409).entity(form(campaignId, unitId, form, errors,
                            texts.refused(reason), editing)).build();
                }
            }
        }
        return Response.status(400).entity(form(campaignId, unitId, form, errors, null, editing)).build();
    }

    private TemplateInstance form(long campaignId, long unitId, NominationForm form, Map<String, String> errors,
                                  String refusal, CandidateView editing) {
        return request.localized(Templates.nominate(frames.frame(), screens.form(campaignId, unitId, request.msg(),
                request.bundle(UnitMsg.class)), form, errors, refusal, NominationForm.links(errors), editing));
    }

    /** The caller's unit, which must belong to this campaign (else the campaign is unknown: 404). */
    private long unitIn(long campaignId) {
        guard.campaign(campaignId);
        Caller caller = guard.caller();
        if (caller.unitId() == null) {
            throw new org.craftrank.common.NotFoundException("campaign", campaignId);
        }
        guard.unit(campaignId, caller.unitId());
        return caller.unitId();
    }

    private static String rule(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
