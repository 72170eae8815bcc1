package org.craftrank.web;

import java.util.List;
import org.craftrank.common.text.TextRules;
import org.craftrank.common.FieldError;
import org.craftrank.common.ErrorPages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Refusals and failures on {@link HtmlPage} resources, as pages: an anonymous visitor is sent to the sign-in
 * page (303, coming back afterwards), a role the page is not for gets a 403 page, an object the caller may not
 * know a 404 page — the same statuses the JSON API answers with, in a form a person can read.
 */
@ApplicationScoped
public class PageErrors implements ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageFrame frame, String title, String message, int status);
    }

    private final Instance<PageFrames> frames;
    private final Instance<PageRequest> request;

    public PageErrors(Instance<PageFrames> frames, Instance<PageRequest> request) {
        this.frames = frames;
        this.request = request;
    }

    /**
     * Whether the failed request gets a page rather than problem+json: a page route always; any other route
     * outside the JSON API ({@code /api/}, {@code /q/}) — an unknown path, the public notice — when the browser
     * asks for HTML (content negotiation on {@code Accept}). API clients keep getting problem+json.
     */
    @Override
    public boolean handles(SimpleResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (type != null && type.isAnnotationPresent(HtmlPage.class)) {
            return true;
        }
        PageRequest page = request.get();
        String path = page.path();
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/") && page.prefersHtml();
    }

    /**
     * To the sign-in page, which brings the visitor back to the page they asked for. A form posted after the
     * session ended cannot be replayed; when its address also shows a page (the score sheet posts to itself), the
     * visitor comes back to that page, where the script offers back what was typed (kept in the browser);
     * otherwise to the start page. A visitor whose browser still sent a session cookie, or who posted a form, is
     * told that the session ended.
     */
    @Override
    public Response signIn(SimpleResourceInfo resource) {
        PageRequest page = request.get();
        String back = page.isGet() ? page.uri() : (hasGetTwin(resource) ? page.path() : null);
        StringBuilder location = new StringBuilder("/login");
        String separator = "?";
        // A form can only have been shown to a signed-in visitor, so a refused post means the session ended too.
        if (page.hadSession() || !page.isGet()) {
            location.append("?expired=1");
            separator = "&";
        }
        if (back != null) {
            location.append(separator).append("next=").append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return Response.seeOther(URI.create(location.toString())).build();
    }

    /** Whether the refused route's path also answers GET on the same resource class (a form posting to itself). */
    static boolean hasGetTwin(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return false;
        }
        Class<?> type = resource.getResourceClass();
        String path = null;
        boolean found = false;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(resource.getMethodName())
                    && Arrays.equals(m.getParameterTypes(), resource.parameterTypes())) {
                Path p = m.getAnnotation(Path.class);
                path = p == null ? "" : p.value();
                found = true;
            }
        }
        if (!found) {
            return false;
        }
        for (Method m : type.getMethods()) {
            Path p = m.getAnnotation(Path.class);
            if (m.isAnnotationPresent(GET.class) && normalised(p == null ? "" : p.value()).equals(normalised(path))) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Override
    public Response forbidden() {
        Msg msg = request.get().msg();
        String role = request.get().caller().map(c -> msg.role(c.role())).orElse("");
        return page(403, msg.error_403_title(), msg.error_403_text(role));
    }

    @Override
    public Response notFound() {
        Msg msg = request.get().msg();
        return page(404, msg.error_404_title(), msg.error_404_text());
    }

    /**
     * A rule refused the action. The page words it from the rule code in the page's language; the service's
     * {@code detail} is English, so it is shown on English pages only, and only for a rule without its own wording.
     */
    @Override
    public Response refused(String rule, String detail) {
        PageRequest page = request.get();
        Msg msg = page.msg();
        String text = switch (rule == null ? "" : rule) {
            case "concurrent-change" -> msg.refusal_concurrent_change();
            case "phase" -> msg.refusal_phase();
            default -> page.language() == PageLanguage.EN && detail != null ? detail : msg.refusal_generic();
        };
        return page(409, msg.error_409_title(), text);
    }

    @Override
    public Response invalid(String detail) {
        PageRequest page = request.get();
        String text = page.language() == PageLanguage.EN && detail != null ? detail : page.msg().invalid_generic();
        return page(400, page.msg().error_400_title(), text);
    }

    @Override
    public Response invalidText(List<FieldError> errors) {
        PageRequest page = request.get();
        Msg msg = page.msg();
        String separator = page.language() == PageLanguage.ZH ? "；" : "; ";
        String fields = errors.stream().map(f -> TextRules.LONE_SURROGATE.equals(f.rule())
                ? msg.invalid_text_surrogate(f.field()) : msg.invalid_text_control(f.field()))
                .distinct().collect(java.util.stream.Collectors.joining(separator));
        return page(400, msg.error_400_title(), msg.invalid_text(fields));
    }

    @Override
    public Response unexpected(String reference) {
        Msg msg = request.get().msg();
        return page(500, msg.error_500_title(), msg.error_500_text(reference));
    }

    private Response page(int status, String title, String message) {
        String html = request.get().localized(Templates.error(frames.get().frame().withoutForms(), title, message, status)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
