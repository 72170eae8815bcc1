package org.craftrank.security.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.CurrentCaller;
import org.craftrank.common.access.Roles;
import org.craftrank.security.account.AccountService;
import org.craftrank.security.account.ChangePasswordRequest;
import org.craftrank.security.account.OwnAccountService;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every user's own account (issue 21): their live sessions, and changing their password (the other sessions end),
 * through {@link OwnAccountService} as {@code GET /api/session/sessions} and {@code POST /api/session/password}.
 */
@Path("/account")
@RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.EXPERT, Roles.COMMITTEE})
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class AccountPages {

    /** @param errors by field: currentPassword, newPassword, repeatPassword */
    public record Page(String who, List<OwnAccountService.SessionView> sessions, Map<String, String> errors,
                       String done, int minLength) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(PageFrame frame, Page page);
    }

    private final OwnAccountService own;
    private final CurrentCaller caller;
    private final PageRequest request;
    private final PageFrames frames;

    public AccountPages(OwnAccountService own, CurrentCaller caller, PageRequest request, PageFrames frames) {
        this.own = own;
        this.caller = caller;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "The caller's own account: live sessions and the form to change the password")
    public TemplateInstance account(@CookieParam(SessionCookie.NAME) String sessionId) {
        return page(sessionId, Map.of(), null);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change one's own password from the page; the other sessions end; audited")
    public Response changePassword(@CookieParam(SessionCookie.NAME) String sessionId,
                                   @FormParam("currentPassword") String current, @FormParam("newPassword") String next,
                                   @FormParam("repeatPassword") String repeat) {
        AccountMsg texts = request.bundle(AccountMsg.class);
        int min = AccountService.MIN_PASSWORD_LENGTH;
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            errors.put("currentPassword", texts.error("not-null", min));
        }
        if (next == null || next.isEmpty()) {
            errors.put("newPassword", texts.error("not-null", min));
        } else if (!next.equals(repeat)) {
            errors.put("repeatPassword", texts.error("repeat", min));
        }
        if (errors.isEmpty()) {
            try {
                int ended = own.changePassword(caller.get().accountId(), new ChangePasswordRequest(current, next),
                        sessionId);
                return Response.ok(page(sessionId, Map.of(), texts.changed(ended))).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field(), texts.error(f.rule(), min)));
            }
        }
        return Response.status(400).entity(page(sessionId, errors, null)).build();
    }

    private TemplateInstance page(String sessionId, Map<String, String> errors, String done) {
        Caller c = caller.get();
        return request.localized(Templates.account(frames.frame(), new Page(
                request.bundle(AccountMsg.class).who(c.username(), request.msg().role(c.role())),
                own.sessions(c.accountId(), sessionId), errors, done, AccountService.MIN_PASSWORD_LENGTH)));
    }
}
