package org.craftrank.shortlist.page;

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
import org.craftrank.common.UnprocessableException;
import org.craftrank.export.ExportLanguage;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.web.PageLanguage;
import org.craftrank.shortlist.Objection;
import org.craftrank.shortlist.ProposalView;
import org.craftrank.shortlist.ShortlistService;
import org.craftrank.shortlist.notice.ObjectionDecisionRequest;
import org.craftrank.shortlist.notice.NoticeService;
import org.craftrank.shortlist.notice.NoticeView;
import org.craftrank.shortlist.notice.ObjectionRequest;
import org.craftrank.shortlist.notice.ObjectionService;
import org.craftrank.shortlist.notice.ObjectionView;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.NavLink;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.craftrank.shortlist.page.ShortlistPages.TextForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public notice (公示) page of the adopted list: the notice as the public will see it, its CSV / XLSX
 * downloads, the link to the public page, and the objections (异议) with their outcomes. It calls
 * {@link NoticeService} and {@link ObjectionService} as {@code /api/campaigns/{id}/notice} and
 * {@code …/objections} do.
 */
@Path("/secretariat/campaigns/{campaignId}/notice")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class NoticePages {

    static final int MAX_SUMMARY = 2000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(PageFrame frame, NoticePage page);
    }

    public record NoticePage(CampaignHeader campaign, List<NavLink> tabs, NoticeView notice, String lang,
                             boolean publicPage, boolean objectionsOpen, List<String> listedCodes,
                             List<ObjectionView> objections, TextForm record, TextForm decision, String refusal) {
    }

    private final ShortlistService shortlists;
    private final NoticeService notices;
    private final ObjectionService objections;
    private final CampaignScreens campaignScreens;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public NoticePages(ShortlistService shortlists, NoticeService notices, ObjectionService objections,
                       CampaignScreens campaignScreens, AccessGuard guard, PageRequest request, PageFrames frames) {
        this.shortlists = shortlists;
        this.notices = notices;
        this.objections = objections;
        this.campaignScreens = campaignScreens;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    // --- public notice ------------------------------------------------------------------------------------------

    @GET
        @Operation(summary = "The notice of the adopted list (publishable fields only) with its CSV / XLSX downloads, "
            + "the link to the public page, and the objections with their forms")
    public TemplateInstance notice(@PathParam("campaignId") long campaignId) {
        guard.campaign(campaignId);
        return noticePage(campaignId, TextForm.EMPTY, TextForm.EMPTY, null);
    }

    @POST
    @Path("/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Record an objection against a listed candidate (PUBLIC_NOTICE); audited")
    public Response recordObjection(@PathParam("campaignId") long campaignId, @FormParam("code") String code,
                                    @FormParam("summary") String summary) {
        guard.campaign(campaignId);
        ShortlistMsg texts = texts();
        TextForm typed = TextForm.of("code", code, "summary", summary);
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.value("code").isEmpty()) {
            errors.put("code", texts.error_required());
        }
        if (typed.value("summary").isEmpty()) {
            errors.put("summary", texts.error_required());
        } else if (typed.value("summary").length() > MAX_SUMMARY) {
            errors.put("summary", texts.error_too_long(MAX_SUMMARY));
        }
        if (errors.isEmpty()) {
            try {
                objections.record(campaignId, new ObjectionRequest(typed.value("code"), typed.value("summary")));
                return Response.seeOther(URI.create(base(campaignId) + "/notice"))
                        .cookie(Flash.OBJECTION_RECORDED.cookie()).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field(), "listed".equals(f.rule())
                        ? texts.error_not_listed() : f.message()));
            } catch (RuleConflictException e) {
                return Response.status(409).entity(noticePage(campaignId, typed, TextForm.EMPTY, refusal(e))).build();
            }
        }
        return Response.status(400).entity(noticePage(campaignId, typed.withErrors(errors),
                TextForm.EMPTY, null)).build();
    }

    @POST
    @Path("/objections/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Decide an objection (PUBLIC_NOTICE): dismiss it, or withdraw the candidate, which "
            + "re-solves the list with everyone else kept; audited")
    public Response decideObjection(@PathParam("campaignId") long campaignId,
                                    @FormParam("objectionId") Long objectionId, @FormParam("outcome") String outcome,
                                    @FormParam("reason") String reason) {
        guard.campaign(campaignId);
        if (objectionId == null) {
            throw new NotFoundException("objection", 0);
        }
        ShortlistMsg texts = texts();
        String typed = reason == null ? "" : reason.strip();
        Objection.Outcome chosen = Arrays.stream(Objection.Outcome.values())
                .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen == null) {
            errors.put("outcome", texts.error_required());
        }
        if (typed.isEmpty()) {
            errors.put("reason", texts.error_required());
        } else if (typed.length() > MAX_SUMMARY) {
            errors.put("reason", texts.error_too_long(MAX_SUMMARY));
        }
        TextForm form = TextForm.of("for", String.valueOf(objectionId), "reason", typed).withErrors(errors);
        if (errors.isEmpty()) {
            try {
                objections.decide(campaignId, objectionId, new ObjectionDecisionRequest(chosen, typed));
                return Response.seeOther(URI.create(base(campaignId) + "/notice"))
                        .cookie(Flash.OBJECTION_DECIDED.cookie()).build();
            } catch (UnprocessableException e) {
                return Response.status(422).entity(noticePage(campaignId, TextForm.EMPTY, form,
                        ShortlistInfeasibleWording.refusal(e, texts, request.language().clauseSeparator()))).build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(noticePage(campaignId, TextForm.EMPTY, form, refusal(e))).build();
            }
        }
        return Response.status(400).entity(noticePage(campaignId, TextForm.EMPTY, form, null)).build();
    }

    private TemplateInstance noticePage(long campaignId, TextForm record, TextForm decision, String refusal) {
        CampaignHeader header = campaignScreens.header(campaignId, request.msg());
        PageLanguage language = request.language();
        NoticeView notice = null;
        if (header.phase().compareTo(CampaignPhase.APPROVED) >= 0) {
            notice = notices.notice(campaignId, language == PageLanguage.ZH ? ExportLanguage.ZH : ExportLanguage.EN);
        }
        List<String> listed = List.of();
        if (notice != null) {
            listed = shortlists.list(campaignId).stream().filter(ProposalView.Summary::adopted)
                    .reduce((a, b) -> b).map(s -> shortlists.get(campaignId, s.version()).result().selectedCodes())
                    .orElse(List.of()).stream().sorted().toList();
        }
        List<ObjectionView> received = notice == null ? List.of() : objections.list(campaignId);
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.NOTICE,
                request.bundle(SecretariatMsg.class), request.msg());
        return request.localized(Templates.notice(frames.frame(), new NoticePage(header, tabs, notice,
                language.param(), NoticeService.PUBLIC.contains(header.phase()),
                header.phase() == CampaignPhase.PUBLIC_NOTICE, listed, received, record, decision, refusal)));
    }

    private String refusal(RuleConflictException e) {
        return ShortlistScreens.refusal(e, request.msg());
    }

    private ShortlistMsg texts() {
        return request.bundle(ShortlistMsg.class);
    }

    private static String base(long campaignId) {
        return "/secretariat/campaigns/" + campaignId;
    }
}
