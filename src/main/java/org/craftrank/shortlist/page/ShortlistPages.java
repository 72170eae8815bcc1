package org.craftrank.shortlist.page;

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
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.version.IfMatch;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.shortlist.ProposalComparison;
import org.craftrank.shortlist.ProposalView;
import org.craftrank.shortlist.ShortlistService;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.Flash;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.NavLink;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageRequest;
import org.craftrank.web.TemplateFormats;
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
    private static final ShortlistScreens.Audience SECRETARIAT = ShortlistScreens.Audience.SECRETARIAT;
    
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shortlist(PageFrame frame, ShortlistPage page);

    }

    /**
     * @param base        the page's own address (the secretariat's or the committee's); forms and links start here
     * @param secretariat whether the rules form and adoption are offered (the committee proposes and compares only)
     */
    public record ShortlistPage(CampaignHeader campaign, List<NavLink> tabs, String base, boolean secretariat,
                                String places, boolean rulesEditable,
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

        /** The form as typed, from field/value pairs; values are stripped and a missing one is empty. */
        static TextForm of(String... pairs) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].strip());
            }
            return new TextForm(values, Map.of());
        }

        TextForm withErrors(Map<String, String> errors) {
            return new TextForm(values, errors);
        }

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
    private final ShortlistScreens screens;
    private final AccessGuard guard;
    private final PageRequest request;

    public ShortlistPages(ShortlistService shortlists, ShortlistScreens screens, AccessGuard guard, PageRequest request) {
        this.shortlists = shortlists;
        this.screens = screens;
        this.guard = guard;
        this.request = request;
    }

    // --- shortlist ----------------------------------------------------------------------------------------------

    @GET
    @Operation(summary = "Shortlist rules, the versions with why each candidate is in or out (?version=), "
            + "comparison of two versions (?compare=&with=), and the forms to propose and adopt")
    public TemplateInstance shortlist(@PathParam("campaignId") long campaignId, @QueryParam("version") Integer version,
                                      @QueryParam("compare") Integer compare, @QueryParam("with") Integer with) {
        guard.campaign(campaignId);
        return screens.view(SECRETARIAT, campaignId, version, compare, with);
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the shortlist rules from the page (until deliberation ends); audited")
    public Response saveRules(@PathParam("campaignId") long campaignId, MultivaluedMap<String, String> fields) {
        guard.campaign(campaignId);
        ShortlistMsg texts = request.bundle(ShortlistMsg.class);
        ShortlistRulesForm form = ShortlistRulesForm.read(fields::getFirst, texts, request.msg());
        if (form.valid()) {
            try {
                shortlists.updateRules(campaignId, form.toRules(shortlists.rules(campaignId)),
                        IfMatch.optional(form.value(ShortlistRulesForm.VERSION)));
                return Response.seeOther(URI.create(ShortlistScreens.base(SECRETARIAT, campaignId)))
                        .cookie(Flash.SHORTLIST_RULES_SAVED.cookie()).build();
            } catch (PreconditionFailedException e) {
                // Someone saved the rules (or changed the campaign) after this form was opened: show what is
                // stored now, with its version, and say so; nothing of this form was saved.
                return Response.status(409).entity(screens.render(SECRETARIAT, campaignId, null,
                        ShortlistRulesForm.of(shortlists.versionedRules(campaignId)), TextForm.EMPTY, null,
                        TextForm.EMPTY, texts.rules_changed_meanwhile())).build();
            } catch (InvalidInputException e) {
                Map<String, String> errors = new LinkedHashMap<>(form.errors());
                e.errors().forEach(f -> errors.putIfAbsent(formField(f.field()), f.message()));
                form = new ShortlistRulesForm(form.values(), errors);
            } catch (RuleConflictException e) {
                return Response.status(409).entity(screens.render(SECRETARIAT, campaignId, null, form, TextForm.EMPTY,
                        null, TextForm.EMPTY, screens.refusal(e))).build();
            }
        }
        return Response.status(400).entity(screens.render(SECRETARIAT, campaignId, null, form, TextForm.EMPTY, null,
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
        return screens.propose(SECRETARIAT, campaignId, note, inclusions, exclusions);
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
        ShortlistMsg texts = request.bundle(ShortlistMsg.class);
        String typed = reason == null ? "" : reason.strip();
        String error = typed.isEmpty() ? texts.error_required()
                : typed.length() > MAX_REASON ? texts.error_too_long(MAX_REASON) : null;
        ShortlistRulesForm rules = ShortlistRulesForm.of(shortlists.versionedRules(campaignId));
        TextForm form = TextForm.of("for", String.valueOf(version), "reason", typed)
                .withErrors(error == null ? Map.of() : Map.of("reason", error));
        if (error == null) {
            try {
                shortlists.adopt(campaignId, version, typed);
                return Response.seeOther(URI.create(ShortlistScreens.base(SECRETARIAT, campaignId) + "?version="
                        + version)).cookie(Flash.SHORTLIST_ADOPTED.cookie()).build();
            } catch (RuleConflictException e) {
                return Response.status(409).entity(screens.render(SECRETARIAT, campaignId, version, rules,
                        TextForm.EMPTY, null, form, screens.refusal(e))).build();
            }
        }
        return Response.status(400).entity(screens.render(SECRETARIAT, campaignId, version, rules, TextForm.EMPTY,
                null, form, null)).build();
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

    /** A score or difference as the page shows it; a missing one as a dash. */
    static String plain(BigDecimal value) {
        return value == null ? "—" : TemplateFormats.plain(value);
    }

}
