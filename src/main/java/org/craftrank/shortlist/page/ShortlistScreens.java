package org.craftrank.shortlist.page;

import org.craftrank.web.Msg;

import org.craftrank.campaign.page.CampaignTabs;
import org.craftrank.campaign.page.CampaignScreens;
import org.craftrank.campaign.page.SecretariatMsg;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.UnprocessableException;
import org.craftrank.web.PageLanguage;
import org.craftrank.shortlist.ProposalRequest;
import org.craftrank.shortlist.ProposalView;
import org.craftrank.shortlist.ShortlistResultView;
import org.craftrank.shortlist.ShortlistService;
import org.craftrank.shortlist.solver.ConstraintKind;
import org.craftrank.shortlist.solver.ReasonKind;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.NavLink;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.craftrank.shortlist.page.ShortlistPages.Compared;
import org.craftrank.shortlist.page.ShortlistPages.ConstraintRow;
import org.craftrank.shortlist.page.ShortlistPages.Row;
import org.craftrank.shortlist.page.ShortlistPages.ShortlistPage;
import org.craftrank.shortlist.page.ShortlistPages.Shown;
import org.craftrank.shortlist.page.ShortlistPages.TextForm;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the secretariat's and the committee's shortlist pages share: showing the versions with their reasons,
 * comparing two, and proposing a new one. Holds no role check of its own (the page resources declare theirs and
 * check the campaign); the committee's page offers neither the rules form nor adoption.
 */
@RequestScoped
public class ShortlistScreens {

    /** Who the page is for: its address, its tabs and which forms it offers. */
    public enum Audience { SECRETARIAT, COMMITTEE }

    private final ShortlistService shortlists;
    private final CampaignService campaigns;
    private final CampaignScreens campaignScreens;
    private final PageRequest request;
    private final PageFrames frames;

    public ShortlistScreens(ShortlistService shortlists, CampaignService campaigns, CampaignScreens campaignScreens,
                          PageRequest request, PageFrames frames) {
        this.shortlists = shortlists;
        this.campaigns = campaigns;
        this.campaignScreens = campaignScreens;
        this.request = request;
        this.frames = frames;
    }

    static String base(Audience audience, long campaignId) {
        return (audience == Audience.SECRETARIAT ? "/secretariat" : "/committee") + "/campaigns/" + campaignId
                + "/shortlist";
    }

    /** The page: a version ({@code version}, else the adopted or newest one) and a comparison when both are given. */
    public TemplateInstance view(Audience audience, long campaignId, Integer version, Integer compare, Integer with) {
        ShortlistRulesForm rules = ShortlistRulesForm.of(shortlists.versionedRules(campaignId));
        Compared comparison = null;
        if (compare != null && with != null) {
            comparison = Compared.of(shortlists.compare(campaignId, compare, with));
        }
        return render(audience, campaignId, version, rules, TextForm.EMPTY, comparison, TextForm.EMPTY, null);
    }

    /** Solves and stores the next version; on success back to the page showing it, else the page with why. */
    public Response propose(Audience audience, long campaignId, String note, String inclusions, String exclusions) {
        ShortlistMsg texts = texts();
        TextForm typed = TextForm.of("note", note, "fixedInclusions", inclusions, "fixedExclusions", exclusions);
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.value("note").length() > ShortlistPages.MAX_REASON) {
            errors.put("note", texts.error_too_long(ShortlistPages.MAX_REASON));
        }
        ShortlistRulesForm rules = ShortlistRulesForm.of(shortlists.versionedRules(campaignId));
        if (errors.isEmpty()) {
            try {
                ProposalView created = shortlists.propose(campaignId, new ProposalRequest(
                        typed.value("note").isEmpty() ? null : typed.value("note"),
                        ShortlistPages.codes(typed.value("fixedInclusions")),
                        ShortlistPages.codes(typed.value("fixedExclusions"))));
                return Response.seeOther(URI.create(base(audience, campaignId) + "?version=" + created.version()))
                        .cookie(Flash.SHORTLIST_PROPOSED.cookie()).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field().startsWith("fixedExclusions")
                        ? "fixedExclusions" : f.field().startsWith("fixedInclusions") ? "fixedInclusions"
                        : "note", f.message()));
            } catch (UnprocessableException e) {
                return Response.status(422).entity(render(audience, campaignId, null, rules, typed, null,
                        TextForm.EMPTY, ShortlistInfeasibleWording.refusal(e, texts, request.language().clauseSeparator()))).build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(render(audience, campaignId, null, rules, typed, null,
                        TextForm.EMPTY, refusal(e))).build();
            }
        }
        return Response.status(400).entity(render(audience, campaignId, null, rules,
                typed.withErrors(errors), null, TextForm.EMPTY, null)).build();
    }

    /** The page with the forms as given (typed values, errors) and a refusal message, if any. */
    TemplateInstance render(Audience audience, long campaignId, Integer version, ShortlistRulesForm rules,
                            TextForm propose, Compared comparison, TextForm adopt, String refusal) {
        CampaignHeader header = campaignScreens.header(campaignId, request.msg());
        Integer places = campaigns.find(campaignId).map(c -> c.shortlistSize()).orElse(null);
        List<ProposalView.Summary> versions = shortlists.list(campaignId);
        Integer chosen = version;
        if (chosen == null && !versions.isEmpty()) {
            // The adopted list when there is one, else the newest version.
            chosen = versions.stream().filter(ProposalView.Summary::adopted).reduce((a, b) -> b)
                    .orElse(versions.get(versions.size() - 1)).version();
        }
        Shown shown = chosen == null ? null : shown(shortlists.get(campaignId, chosen));
        boolean secretariat = audience == Audience.SECRETARIAT;
        SecretariatMsg tabTexts = request.bundle(SecretariatMsg.class);
        List<NavLink> tabs = secretariat
                ? CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.SHORTLIST, tabTexts, request.msg())
                : List.of(new NavLink(request.msg().ranking(), "/committee/campaigns/" + campaignId + "/ranking", false),
                new NavLink(request.msg().shortlist(), base(audience, campaignId), true));
        return request.localized(ShortlistPages.Templates.shortlist(frames.frame(), new ShortlistPage(header, tabs,
                base(audience, campaignId), secretariat, places == null ? "—" : String.valueOf(places),
                secretariat && header.phase().compareTo(CampaignPhase.DELIBERATION) <= 0,
                header.phase() == CampaignPhase.DELIBERATION, rules, propose, versions, shown, comparison, adopt,
                refusal)));
    }

    private Shown shown(ProposalView view) {
        ShortlistMsg texts = texts();
        ShortlistResultView r = view.result();
        String summary = texts.version_summary(r.placesRequested(), r.placesFilled(), r.candidateCount(),
                r.eligibleCount(), ShortlistPages.plain(r.totalScore()), ShortlistPages.plain(r.cutScore()));
        List<ConstraintRow> constraints = r.constraints().stream().map(c -> new ConstraintRow(
                constraintLabel(c.kind(), texts), c.key(), c.limit(), c.selected(), c.binding())).toList();
        return new Shown(view.version(), view.adopted(), summary,
                r.optimality() == null || "PROVEN_OPTIMAL".equals(r.optimality().name()),
                r.selected().stream().map(e -> row(e, texts)).toList(),
                r.outAboveCut().stream().map(e -> row(e, texts)).toList(), constraints, r.notes());
    }

    private Row row(ShortlistResultView.Entry e, ShortlistMsg texts) {
        String separator = request.language() == PageLanguage.ZH ? "、" : ", ";
        List<String> reasons = e.reasons().stream().map(w -> reason(w, texts, separator)).toList();
        return new Row(e.code(), e.rank(), e.score(), e.tied(), reasons);
    }

    /** The solver's reason in the page's language, from its kind, key and limit; its own sentence if unknown. */
    static String reason(ShortlistResultView.Why why, ShortlistMsg texts, String separator) {
        ReasonKind kind;
        try {
            kind = ReasonKind.valueOf(why.kind());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return why.text();
        }
        return texts.reason(kind, why.key() == null ? "" : why.key(),
                why.limit() == null ? "—" : String.valueOf(why.limit()),
                why.relatedCodes() == null || why.relatedCodes().isEmpty() ? "—"
                        : String.join(separator, why.relatedCodes()));
    }

    private static String constraintLabel(String kind, ShortlistMsg texts) {
        try {
            return texts.constraint(ConstraintKind.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            return kind;
        }
    }

    String refusal(RuleConflictException e) {
        return refusal(e, request.msg());
    }

    /** A rule's refusal as the shortlist and notice pages say it: the phase in words, else the service's sentence. */
    static String refusal(RuleConflictException e, Msg msg) {
        return msg.refused("phase".equals(e.rule()) ? msg.refused_phase() : e.getMessage());
    }

    ShortlistMsg texts() {
        return request.bundle(ShortlistMsg.class);
    }
}
