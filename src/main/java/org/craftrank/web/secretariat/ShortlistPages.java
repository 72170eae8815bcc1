package org.craftrank.web.secretariat;

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
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.common.UnprocessableException;
import org.craftrank.shortlist.ProposalComparison;
import org.craftrank.shortlist.ProposalRequest;
import org.craftrank.shortlist.ProposalView;
import org.craftrank.shortlist.ShortlistResultView;
import org.craftrank.shortlist.ShortlistService;
import org.craftrank.shortlist.solver.ConstraintKind;
import org.craftrank.shortlist.solver.ReasonKind;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.security.account.Roles;
import org.craftrank.security.web.PageLanguage;
import org.craftrank.web.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.NavLink;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shortlist (建议名单) page: the rules, the versions with why each candidate is in or out, proposing,
 * comparing and adopting a version. Every action goes through the service of {@code /api/campaigns/{id}/shortlist},
 * so its phase rules and audit entries apply unchanged. The notice that follows is {@link NoticePages}.
 */
@Path("/secretariat/campaigns/{campaignId}/shortlist")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class ShortlistPages {

    static final int MAX_REASON = 1000;
    
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shortlist(PageFrame frame, ShortlistPage page);

    }

    public record ShortlistPage(CampaignHeader campaign, List<NavLink> tabs, String places, boolean rulesEditable,
                                boolean deliberating, ShortlistRulesForm rules, TextForm propose,
                                List<ProposalView.Summary> versions, Shown shown, Compared comparison,
                                TextForm adopt, String refusal) {
    }

    /** Two versions side by side: who is only on one of them, how many on both, the difference of the totals. */
    public record Compared(int version, int other, String onlyInVersion, String onlyInOther, int inBoth,
                           String difference) {

        static Compared of(ProposalComparison c) {
            return new Compared(c.version(), c.other(), codes(c.onlyInVersion()), codes(c.onlyInOther()), c.inBoth(),
                    plain(c.scoreDifference()));
        }

        private static String codes(List<String> codes) {
            return codes.isEmpty() ? "—" : String.join(" ", codes);
        }
    }

    /** One version as the page shows it, reasons in the page's language. */
    public record Shown(int version, boolean adopted, String summary, boolean optimal, List<Row> selected,
                        List<Row> out, List<ConstraintRow> constraints, List<String> notes) {
    }

    public record Row(String code, Integer rank, BigDecimal score, boolean tied, List<String> reasons) {
    }

    public record ConstraintRow(String label, String key, int limit, int selected, boolean binding) {
    }

    /** A small form as typed (field → value) with its errors (field → message). */
    public record TextForm(Map<String, String> values, Map<String, String> errors) {

        static final TextForm EMPTY = new TextForm(Map.of(), Map.of());

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** Whether this form was posted for the given object (a version, an objection). */
        public boolean isFor(Object id) {
            return String.valueOf(id).equals(values.get("for"));
        }
    }

    private final ShortlistService shortlists;
    private final CampaignService campaigns;
    private final SecretariatDesk desk;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public ShortlistPages(ShortlistService shortlists, CampaignService campaigns, SecretariatDesk desk,
                          AccessGuard guard, PageRequest request, PageFrames frames) {
        this.shortlists = shortlists;
        this.campaigns = campaigns;
        this.desk = desk;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    // --- shortlist ----------------------------------------------------------------------------------------------

    @GET
    @Operation(summary = "Shortlist rules, the versions with why each candidate is in or out (?version=), "
            + "comparison of two versions (?compare=&with=), and the forms to propose and adopt")
    public TemplateInstance shortlist(@PathParam("campaignId") long campaignId, @QueryParam("version") Integer version,
                                      @QueryParam("compare") Integer compare, @QueryParam("with") Integer with) {
        guard.campaign(campaignId);
        ShortlistRulesForm rules = ShortlistRulesForm.of(shortlists.rules(campaignId));
        Compared comparison = null;
        if (compare != null && with != null) {
            comparison = Compared.of(shortlists.compare(campaignId, compare, with));
        }
        return shortlistPage(campaignId, version, rules, TextForm.EMPTY, comparison, TextForm.EMPTY, null);
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the shortlist rules from the page (until deliberation ends); audited")
    public Response saveRules(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        guard.campaign(campaignId);
        ShortlistMsg texts = texts();
        ShortlistRulesForm form = ShortlistRulesForm.read(fields::getFirst, texts);
        if (form.valid()) {
            try {
                shortlists.updateRules(campaignId, form.toRules(shortlists.rules(campaignId)));
                return Response.seeOther(URI.create(base(campaignId) + "/shortlist"))
                        .cookie(Flash.SHORTLIST_RULES_SAVED.cookie()).build();
            } catch (InvalidInputException e) {
                Map<String, String> errors = new LinkedHashMap<>(form.errors());
                e.errors().forEach(f -> errors.putIfAbsent(formField(f.field()), f.message()));
                form = new ShortlistRulesForm(form.values(), errors);
            } catch (RuleConflictException e) {
                return Response.status(409).entity(shortlistPage(campaignId, null, form, TextForm.EMPTY, null,
                        TextForm.EMPTY, refusal(e))).build();
            }
        }
        return Response.status(400).entity(shortlistPage(campaignId, null, form, TextForm.EMPTY, null,
                TextForm.EMPTY, null)).build();
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Solve a shortlist under the rules plus fixed inclusions / exclusions and store it as the "
            + "next version (DELIBERATION); infeasible constraints come back as a message naming the shortfall")
    public Response propose(@PathParam("campaignId") long campaignId, @FormParam("note") String note,
                            @FormParam("fixedInclusions") String inclusions,
                            @FormParam("fixedExclusions") String exclusions) {
        guard.campaign(campaignId);
        ShortlistMsg texts = texts();
        TextForm typed = new TextForm(values("note", note, "fixedInclusions", inclusions, "fixedExclusions",
                exclusions), Map.of());
        Map<String, String> errors = new LinkedHashMap<>();
        if (typed.value("note").length() > MAX_REASON) {
            errors.put("note", texts.error_too_long(MAX_REASON));
        }
        ShortlistRulesForm rules = ShortlistRulesForm.of(shortlists.rules(campaignId));
        if (errors.isEmpty()) {
            try {
                ProposalView created = shortlists.propose(campaignId, new ProposalRequest(
                        typed.value("note").isEmpty() ? null : typed.value("note"),
                        codes(typed.value("fixedInclusions")), codes(typed.value("fixedExclusions"))));
                return Response.seeOther(URI.create(base(campaignId) + "/shortlist?version=" + created.version()))
                        .cookie(Flash.SHORTLIST_PROPOSED.cookie()).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field().startsWith("fixedExclusions")
                        ? "fixedExclusions" : f.field().startsWith("fixedInclusions") ? "fixedInclusions"
                        : "note", f.message()));
            } catch (UnprocessableException e) {
                return Response.status(422).entity(shortlistPage(campaignId, null, rules, typed, null,
                        TextForm.EMPTY, texts.infeasible(e.getMessage()))).build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(shortlistPage(campaignId, null, rules, typed, null,
                        TextForm.EMPTY, refusal(e))).build();
            }
        }
        return Response.status(400).entity(shortlistPage(campaignId, null, rules,
                new TextForm(typed.values(), errors), null, TextForm.EMPTY, null)).build();
    }

    @POST
    @Path("/adopt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "审定: adopt a version from the page with a decision note; the campaign moves to APPROVED")
    public Response adopt(@PathParam("campaignId") long campaignId, @FormParam("version") Integer version,
                          @FormParam("reason") String reason) {
        guard.campaign(campaignId);
        if (version == null) {
            throw new NotFoundException("shortlist version", 0);
        }
        ShortlistMsg texts = texts();
        String typed = reason == null ? "" : reason.strip();
        String error = typed.isEmpty() ? texts.error_required()
                : typed.length() > MAX_REASON ? texts.error_too_long(MAX_REASON) : null;
        ShortlistRulesForm rules = ShortlistRulesForm.of(shortlists.rules(campaignId));
        TextForm form = new TextForm(values("for", String.valueOf(version), "reason", typed),
                error == null ? Map.of() : Map.of("reason", error));
        if (error == null) {
            try {
                shortlists.adopt(campaignId, version, typed);
                return Response.seeOther(URI.create(base(campaignId) + "/shortlist?version=" + version))
                        .cookie(Flash.SHORTLIST_ADOPTED.cookie()).build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(shortlistPage(campaignId, version, rules, TextForm.EMPTY, null,
                        form, refusal(e))).build();
            }
        }
        return Response.status(400).entity(shortlistPage(campaignId, version, rules, TextForm.EMPTY, null, form,
                null)).build();
    }

    // --- rendering ----------------------------------------------------------------------------------------------

    private TemplateInstance shortlistPage(long campaignId, Integer version, ShortlistRulesForm rules,
                                           TextForm propose, Compared comparison, TextForm adopt,
                                           String refusal) {
        CampaignHeader header = desk.header(campaignId, request.msg());
        Integer places = campaigns.find(campaignId).map(c -> c.shortlistSize()).orElse(null);
        List<ProposalView.Summary> versions = shortlists.list(campaignId);
        Integer chosen = version;
        if (chosen == null && !versions.isEmpty()) {
            // The adopted list when there is one, else the newest version.
            chosen = versions.stream().filter(ProposalView.Summary::adopted).reduce((a, b) -> b)
                    .orElse(versions.get(versions.size() - 1)).version();
        }
        Shown shown = chosen == null ? null : shown(shortlists.get(campaignId, chosen));
        List<NavLink> tabs = CampaignTabs.of(campaignId, header.phase(), CampaignTabs.Tab.SHORTLIST,
                request.bundle(SecretariatMsg.class));
        return request.localized(Templates.shortlist(frames.frame(), new ShortlistPage(header, tabs,
                places == null ? "—" : String.valueOf(places), header.phase().compareTo(CampaignPhase.DELIBERATION) <= 0,
                header.phase() == CampaignPhase.DELIBERATION, rules, propose, versions, shown, comparison, adopt,
                refusal)));
    }

    private Shown shown(ProposalView view) {
        ShortlistMsg texts = texts();
        ShortlistResultView r = view.result();
        String summary = texts.version_summary(r.placesRequested(), r.placesFilled(), r.candidateCount(),
                r.eligibleCount(), plain(r.totalScore()), plain(r.cutScore()));
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
        ShortlistMsg texts = texts();
        return texts.refused("phase".equals(e.rule()) ? texts.refused_phase() : e.getMessage());
    }

    private ShortlistMsg texts() {
        return request.bundle(ShortlistMsg.class);
    }

    /** The form field an API field error belongs to ("women" → the women fields, "unitCaps.3" → none). */
    private static String formField(String apiField) {
        return switch (apiField) {
            case "women" -> "womenCount";
            case "young" -> "youngCount";
            default -> apiField;
        };
    }

    /** Codes typed with spaces, commas (also Chinese ones) or new lines between them. */
    static Set<String> codes(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : typed.split("[\\s,，、;；]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return codes;
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].strip());
        }
        return values;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String base(long campaignId) {
        return "/secretariat/campaigns/" + campaignId;
    }
}
