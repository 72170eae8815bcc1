package org.craftrank.review.page;

import org.craftrank.campaign.page.CampaignTabs;
import org.craftrank.campaign.page.CampaignScreens;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.review.ReviewDecisionRequest;
import org.craftrank.review.FormalReviewService;
import org.craftrank.review.ReviewDecision;
import org.craftrank.review.ReviewSummary;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.NavLink;
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
 * The formal review (形式审查) page: every candidate's PASS / WARN / FAIL with each reason (rule and the notice's
 * words it rests on), the button that runs the review, and per candidate a confirmation or an override with a
 * reason. It calls {@link FormalReviewService} exactly as {@code /api/campaigns/{id}/formal-review} does, so the
 * phase rules and the audit entries are the same.
 */
@Path("/secretariat/campaigns/{campaignId}/formal-review")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class FormalReviewPages {

    /** The longest reason the service accepts ({@link ReviewDecisionRequest}). */
    static final int MAX_REASON = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(PageFrame frame, ReviewPage page);
    }

    /**
     * @param editable whether the review can be run and decided now (FORMAL_REVIEW phase)
     * @param form     the decision form that was refused, to show again with its errors ({@link DecisionForm#NONE}
     *                 otherwise)
     * @param refusal  why the last action was refused (a rule of the service), or null
     */
    public record ReviewPage(CampaignHeader campaign, List<NavLink> tabs, boolean editable, ReviewSummary summary,
                             boolean reviewed, DecisionForm form, String refusal) {
    }

    /** A decision form as typed: for which candidate, the reason and the errors beside its fields. */
    public record DecisionForm(long candidateId, String reason, Map<String, String> errors) {

        static final DecisionForm NONE = new DecisionForm(-1, "", Map.of());

        public boolean isFor(long candidate) {
            return candidate == candidateId;
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    private final FormalReviewService reviews;
    private final CampaignScreens campaignScreens;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public FormalReviewPages(FormalReviewService reviews, CampaignScreens campaignScreens, AccessGuard guard,
                             PageRequest request, PageFrames frames) {
        this.reviews = reviews;
        this.campaignScreens = campaignScreens;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Formal review results per candidate (PASS / WARN / FAIL with every reason), the button "
            + "to run the review and the confirm / override forms")
    public TemplateInstance review(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return page(campaignId, DecisionForm.NONE, null);
    }

    @POST
    @Path("/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Run (or re-run) the formal review from the page (FORMAL_REVIEW phase); audited")
    public Response run(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        try {
            reviews.run(campaignId, guard.caller().username());
        } catch (RuleConflictException e) {
            return Response.status(409).entity(page(campaignId, DecisionForm.NONE, refusal(e))).build();
        }
        return Response.seeOther(URI.create(base(campaignId))).cookie(Flash.REVIEW_RUN.cookie()).build();
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Confirm a candidate's result, or override it with a required reason (FORMAL_REVIEW "
            + "phase); a refused form comes back with the error beside the reason")
    public Response decide(@PathParam("campaignId") long campaignId, @FormParam("candidateId") Long candidateId,
                           @FormParam("decision") String decision, @FormParam("reason") String reason) {
        guard.campaign(campaignId);
        if (candidateId == null) {
            throw new NotFoundException("candidate", 0);
        }
        ReviewMsg texts = texts();
        String typed = reason == null ? "" : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        ReviewDecision chosen = null;
        try {
            chosen = decision == null ? null : ReviewDecision.valueOf(decision);
        } catch (IllegalArgumentException unknown) {
            // reported below, beside the buttons
        }
        if (chosen == null) {
            errors.put("decision", texts.error_decision());
        } else if (chosen == ReviewDecision.OVERRIDDEN && typed.isEmpty()) {
            errors.put("reason", texts.error_reason_required());
        }
        if (typed.length() > MAX_REASON) {
            errors.put("reason", request.msg().error_reason_too_long(MAX_REASON));
        }
        if (errors.isEmpty()) {
            try {
                reviews.decide(campaignId, candidateId, new ReviewDecisionRequest(chosen, typed.isEmpty() ? null : typed),
                        guard.caller().username());
                return Response.seeOther(URI.create(base(campaignId) + "#candidate-" + candidateId))
                        .cookie(Flash.REVIEW_DECIDED.cookie()).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field(), "reason".equals(f.field())
                        ? texts.error_reason_required() : f.message()));
            } catch (RuleConflictException e) {
                return Response.status(409).entity(page(campaignId, new DecisionForm(candidateId, typed, Map.of()),
                        refusal(e))).build();
            }
        }
        return Response.status(400).entity(page(campaignId, new DecisionForm(candidateId, typed, errors), null))
                .build();
    }

    private TemplateInstance page(long campaignId, DecisionForm form, String refusal) {
        CampaignHeader header = campaignScreens.header(campaignId, request.msg());
        ReviewSummary summary = reviews.list(campaignId, null);
        boolean reviewed = summary.results().stream().anyMatch(r -> r.outcome() != null);
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.FORMAL_REVIEW,
                request.bundle(SecretariatMsg.class), request.msg());
        return request.localized(Templates.review(frames.frame(), new ReviewPage(header, tabs,
                header.phase() == CampaignPhase.FORMAL_REVIEW, summary, reviewed, form, refusal)));
    }

    private String refusal(RuleConflictException e) {
        ReviewMsg texts = texts();
        return request.msg().refused(switch (e.rule()) {
            case "phase" -> request.msg().refused_phase();
            case "has-assignments" -> texts.refused_has_assignments();
            case "review-stale" -> texts.refused_stale();
            case "not-reviewed" -> texts.refused_not_reviewed();
            default -> e.getMessage();
        });
    }

    private ReviewMsg texts() {
        return request.bundle(ReviewMsg.class);
    }

    private static String base(long campaignId) {
        return "/secretariat/campaigns/" + campaignId + "/formal-review";
    }

}
