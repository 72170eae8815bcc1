package org.craftrank.audit.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEventView;
import org.craftrank.audit.AuditFilter;
import org.craftrank.audit.AuditPage;
import org.craftrank.audit.AuditQueries;
import org.craftrank.audit.AuditedCampaigns;
import org.craftrank.common.access.Role;
import org.craftrank.common.access.Roles;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The audit log, newest first, filtered by actor, action and campaign, a page at a time. */
@Path("/secretariat/audit")
@RolesAllowed(Roles.ADMIN)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class AuditPages {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(PageFrame frame, AuditLogPage page);
    }

    /** One audit line as the page shows it. */
    public record Line(Instant at, String actor, String role, String action, String object, Long campaignId,
                       String reason, String before, String after, String address) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /**
     * @param previousHref the newer page, or null on the first
     * @param nextHref     the older page, or null on the last
     */
    public record AuditLogPage(List<Line> lines, String actor, List<Option> actions, List<Option> campaigns,
                               int page, long pages, long total, String previousHref, String nextHref) {
    }

    private final AuditQueries queries;
    private final AuditedCampaigns campaigns;
    private final PageRequest request;
    private final PageFrames frames;

    public AuditPages(AuditQueries queries, AuditedCampaigns campaigns, PageRequest request, PageFrames frames) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "The audit log as a page, newest first, filtered by actor, action and campaign")
    public TemplateInstance audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("campaignId") Long campaignId,
                                  @QueryParam("page") @DefaultValue("0") int page) {
        AuditMsg texts = request.bundle(AuditMsg.class);
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        // An unknown action filters nothing rather than failing: the select offers only known ones.
        String what = Arrays.stream(AuditAction.values()).map(Enum::name).filter(a -> a.equals(action)).findFirst()
                .orElse(null);
        int shown = Math.max(0, page);
        AuditPage result = queries.search(new AuditFilter(who, what, null, null, campaignId, null, null), shown,
                PAGE_SIZE);
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Line> lines = result.events().stream().map(e -> line(e, texts)).toList();
        List<Option> actions = Arrays.stream(AuditAction.values())
                .map(a -> new Option(a.name(), texts.action(a), a.name().equals(what))).toList();
        List<Option> campaignOptions = campaigns.all().stream()
                .map(c -> new Option(String.valueOf(c.id()), c.id() + " · " + c.name(),
                        Long.valueOf(c.id()).equals(campaignId))).toList();
        String query = "actor=" + encode(who) + "&action=" + encode(what)
                + "&campaignId=" + (campaignId == null ? "" : campaignId);
        return request.localized(Templates.audit(frames.frame(), new AuditLogPage(lines, who == null ? "" : who,
                actions, campaignOptions, shown + 1, pages, result.total(),
                shown > 0 ? "/secretariat/audit?" + query + "&page=" + (shown - 1) : null,
                shown + 1 < pages ? "/secretariat/audit?" + query + "&page=" + (shown + 1) : null)));
    }

    private Line line(AuditEventView e, AuditMsg texts) {
        String action = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(e.action())).findFirst()
                .map(texts::action).orElse(e.action());
        String role = e.actorRole() == null ? "" : Arrays.stream(Role.values())
                .filter(r -> r.name().equals(e.actorRole())).findFirst().map(r -> request.msg().role(r))
                .orElse(e.actorRole());
        String object = e.objectType() == null ? ""
                : texts.object_type(e.objectType()) + (e.objectId() == null ? "" : " " + e.objectId());
        return new Line(e.occurredAt(), e.actor(), role, action, object, e.campaignId(), e.reason(), e.before(),
                e.after(), e.address());
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
