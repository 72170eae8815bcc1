package org.craftrank.security.api;

import org.craftrank.security.session.CallerView;
import org.craftrank.security.account.ChangePasswordRequest;
import org.craftrank.security.account.OwnAccountService;
import org.craftrank.security.session.LoginRequest;
import org.craftrank.security.session.LoginService;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.audit.RequestInfo;
import org.craftrank.security.SecurityConfig;
import org.craftrank.common.access.CurrentCaller;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.common.access.CampaignScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for scripts and the web UI's JavaScript-free forms alike; machine clients use API tokens instead. */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "登录: sign in and out with a session cookie; see who you are")
public class SessionResource {

    private final LoginService logins;
    private final CurrentCaller caller;
    private final RequestInfo request;
    private final SecurityConfig config;
    private final OwnAccountService own;

    public SessionResource(LoginService logins, CurrentCaller caller, RequestInfo request, SecurityConfig config,
                           OwnAccountService own) {
        this.own = own;
        this.logins = logins;
        this.caller = caller;
        this.request = request;
        this.config = config;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in; sets the HttpOnly session cookie. 401 on a wrong username or password, "
            + "429 with Retry-After after 5 failures per user and address within a minute")
    public Response login(@Valid @NotNull LoginRequest body, UriInfo uri) {
        LoginService.SignedIn in = logins.login(body.username(), body.password(), request.address());
        return Response.ok(new SignedInView(in.username(), in.role(), in.displayName()))
                .cookie(SessionCookie.issue(in.sessionId(), uri, config.sessionAbsoluteTimeout())).build();
    }

    @GET
    @CampaignScoped
    @Authenticated
    @Operation(summary = "The signed-in caller: role and the unit, expert record or campaigns they are bound to")
    public CallerView me() {
        return CallerView.of(caller.get());
    }

    @DELETE
    @PermitAll
    @Operation(summary = "Sign out: the session ends on the server, so a copy of the cookie stops working too")
    public Response logout(@CookieParam(SessionCookie.NAME) String sessionId, UriInfo uri) {
        logins.logout(sessionId);
        return Response.noContent().cookie(SessionCookie.clear(uri)).build();
    }

    @GET
    @Path("/sessions")
    @jakarta.annotation.security.RolesAllowed({org.craftrank.common.access.Roles.ADMIN,
            org.craftrank.common.access.Roles.UNIT, org.craftrank.common.access.Roles.EXPERT,
            org.craftrank.common.access.Roles.COMMITTEE})
    @Operation(summary = "The caller's own live sessions (when each began and was last used; the one asking is "
            + "marked current)")
    public java.util.List<OwnAccountService.SessionView> sessions(@CookieParam(SessionCookie.NAME) String sessionId) {
        return own.sessions(caller.get().accountId(), sessionId);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed({org.craftrank.common.access.Roles.ADMIN,
            org.craftrank.common.access.Roles.UNIT, org.craftrank.common.access.Roles.EXPERT,
            org.craftrank.common.access.Roles.COMMITTEE})
    @Operation(summary = "Change one's own password, proving the current one (400 current-password, "
            + "password-length, same-password); the caller's other sessions end; audited")
    public Response changePassword(@CookieParam(SessionCookie.NAME) String sessionId,
                                   @Valid @NotNull ChangePasswordRequest body) {
        int ended = own.changePassword(caller.get().accountId(), body, sessionId);
        return Response.ok(java.util.Map.of("otherSessionsEnded", ended)).build();
    }

    public record SignedInView(String username, String role, String displayName) {
    }
}
