package org.craftrank.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.CurrentCaller;

import java.util.Optional;

/**
 * The page request being answered: its language (remembered in a cookie once chosen with {@code ?lang=}), its
 * flash message (shown once, then cleared), and the signed-in caller.
 */
@RequestScoped
public class PageRequest {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final RoutingContext context;
    private final CurrentCaller caller;
    private PageLanguage language;
    private Optional<Flash> flash;

    public PageRequest(RoutingContext context, CurrentCaller caller) {
        this.context = context;
        this.caller = caller;
    }

    public PageLanguage language() {
        if (language == null) {
            String param = context.request().getParam("lang");
            Cookie remembered = context.request().getCookie(PageLanguage.COOKIE);
            language = PageLanguage.choose(param, remembered == null ? null : remembered.getValue(),
                    context.request().getHeader("Accept-Language"));
            if (param != null && !param.isBlank()) {
                context.response().addCookie(Cookie.cookie(PageLanguage.COOKIE, language.param()).setPath("/")
                        .setMaxAge(ONE_YEAR).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
            }
        }
        return language;
    }

    /** The common wording in the page's language. */
    public Msg msg() {
        return language().bundle(Msg.class);
    }

    /** A role's own wording in the page's language. */
    public <T> T bundle(Class<T> bundle) {
        return language().bundle(bundle);
    }

    /** Renders the template's {@code {msg:…}} expressions in the page's language. */
    public TemplateInstance localized(TemplateInstance page) {
        return page.setLocale(language().locale());
    }

    /** The flash message set by the redirect that led here, if any; reading it clears it. */
    public Optional<Flash> flash() {
        if (flash == null) {
            Cookie cookie = context.request().getCookie(Flash.COOKIE);
            flash = cookie == null ? Optional.empty() : Flash.parse(cookie.getValue());
            if (cookie != null) {
                context.response().addCookie(Cookie.cookie(Flash.COOKIE, "").setPath("/").setMaxAge(0)
                        .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
            }
        }
        return flash;
    }

    /**
     * The signed-in caller. On the I/O thread — only the error page of a path no route matches is rendered there —
     * the identity cannot be resolved without blocking, so that page shows the frame of an anonymous visitor.
     */
    public Optional<Caller> caller() {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return Optional.empty();
        }
        return caller.find();
    }

    /** The request path and query, as the browser sent it. */
    public String uri() {
        return context.request().uri();
    }

    public String path() {
        return context.request().path();
    }

    /**
     * Whether the browser sent a session cookie; on a request that is not signed in, the session it names has
     * ended (expired, signed out elsewhere). The name is {@code security/auth/SessionCookie.NAME}, written out
     * here because the shell knows no feature.
     */
    public boolean hadSession() {
        Cookie session = context.request().getCookie("craftrank_session");
        return session != null && !session.getValue().isBlank();
    }

    /**
     * Whether the client asks for HTML before JSON ({@code Accept: text/html,…} from a browser), by the quality
     * values of {@code text/html} and of JSON; no {@code Accept}, or {@code *}{@code /*} alone, is not HTML.
     */
    public boolean prefersHtml() {
        return prefersHtml(context.request().getHeader("Accept"));
    }

    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double html = -1;
        double json = -1;
        for (String part : accept.split(",")) {
            String[] fields = part.trim().split(";");
            String type = fields[0].trim().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            } else if (type.equals("application/json") || type.equals("application/problem+json")) {
                json = Math.max(json, q);
            }
        }
        return html > 0 && html >= json;
    }

    public boolean isGet() {
        return io.vertx.core.http.HttpMethod.GET.equals(context.request().method());
    }
}
