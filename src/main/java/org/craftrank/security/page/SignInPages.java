package org.craftrank.security.page;

import org.craftrank.web.PageLanguage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.audit.RequestInfo;
import org.craftrank.common.AuthenticationRequiredException;
import org.craftrank.common.ThrottledException;
import org.craftrank.security.SecurityConfig;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.CurrentCaller;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.security.session.LoginService;
import org.craftrank.web.PageFrames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;

/**
 * The HTML sign-in and sign-out forms. Both are CSRF-protected by quarkus-rest-csrf: the page carries a token
 * that must come back with the form, so another site cannot sign a browser in or out. After signing in, the
 * start page sends each role to its own pages ({@link PageFrames#landingOf}), or back to the page that asked
 * for the sign-in ({@code next}, a local path only).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Pages", description = "网页: sign-in and start pages")
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(SignInWording text, String error, String username, String next,
                                             String notice);
    }

    private final LoginService logins;
    private final CurrentCaller caller;
    private final RequestInfo request;
    private final SecurityConfig config;

    public SignInPages(LoginService logins, CurrentCaller caller, RequestInfo request, SecurityConfig config) {
        this.logins = logins;
        this.caller = caller;
        this.request = request;
        this.config = config;
    }

    @GET
    @Operation(summary = "Start page: sends each role to its own pages, and anonymous visitors to the sign-in page")
    public Response home(@QueryParam("lang") String lang, @CookieParam(PageLanguage.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept) {
        SignInWording text = SignInWording.of(PageLanguage.choose(lang, remembered, accept));
        Optional<Caller> who = caller.find();
        if (who.isEmpty()) {
            return Response.seeOther(URI.create("/login?lang=" + text.param())).build();
        }
        return Response.seeOther(URI.create(PageFrames.landingOf(who.get().role()))).build();
    }

    @GET
    @Path("login")
    @Operation(summary = "Sign-in form")
    public TemplateInstance loginForm(@QueryParam("lang") String lang,
                                      @CookieParam(PageLanguage.COOKIE) String remembered,
                                      @HeaderParam("Accept-Language") String accept, @QueryParam("next") String next,
                                      @QueryParam("expired") String expired) {
        SignInWording text = SignInWording.of(PageLanguage.choose(lang, remembered, accept));
        String back = localPathOrNull(next);
        String notice = expired != null ? text.expired(back != null) : back != null ? text.signInFirst() : null;
        return Templates.login(text, null, "", back, notice);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign in from the form; on success redirects to the start page with the session cookie")
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @FormParam("next") String next, @QueryParam("lang") String lang,
                          @CookieParam(PageLanguage.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, UriInfo uri) {
        SignInWording text = SignInWording.of(PageLanguage.choose(lang, remembered, accept));
        String shownName = username == null ? "" : username.strip();
        String back = localPathOrNull(next);
        try {
            LoginService.SignedIn in = logins.login(username, password, request.address());
            return Response.seeOther(URI.create(back != null ? back : "/?lang=" + text.param()))
                    .cookie(SessionCookie.issue(in.sessionId(), uri, config.sessionAbsoluteTimeout())).build();
        } catch (ThrottledException e) {
            return Response.status(429).header("Retry-After", e.retryAfterSeconds())
                    .entity(Templates.login(text, text.throttledFor(e.retryAfterSeconds()), shownName, back, null)).build();
        } catch (AuthenticationRequiredException e) {
            return Response.status(401).entity(Templates.login(text, text.refused(), shownName, back, null)).build();
        }
    }

    /**
     * {@code next} only ever leads to a page of this site: a path starting with one slash, without a scheme,
     * host or backslash, so the sign-in form cannot be used to send someone elsewhere (open redirect).
     */
    static String localPathOrNull(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("://") || next.length() > 500 || next.chars().anyMatch(c -> c < 0x21)) {
            return null;
        }
        return next;
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out from the form; the session ends on the server")
    public Response logout(@CookieParam(SessionCookie.NAME) String sessionId, @QueryParam("lang") String lang,
                           UriInfo uri) {
        logins.logout(sessionId);
        return Response.seeOther(URI.create("/login?lang=" + PageLanguage.choose(lang, null).param()))
                .cookie(SessionCookie.clear(uri)).build();
    }
}
