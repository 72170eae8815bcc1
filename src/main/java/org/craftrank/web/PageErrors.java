package org.craftrank.web;

import org.craftrank.common.ErrorPages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

    /** Whether the failed request was for a page (rather than the JSON API). */
    @Override
    public boolean handles(SimpleResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type != null && type.isAnnotationPresent(HtmlPage.class);
    }

    /**
     * To the sign-in page, which brings the visitor back to the page they asked for. A form posted after the
     * session ended cannot be replayed, and its address may answer only posts, so it goes to the start page.
     */
    @Override
    public Response signIn() {
        PageRequest page = request.get();
        if (!page.isGet()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(page.uri(), StandardCharsets.UTF_8)))
                .build();
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

    /** A rule refused the action; {@code detail} says which (the service's own sentence). */
    @Override
    public Response refused(String rule, String detail) {
        Msg msg = request.get().msg();
        return page(409, msg.error_409_title(), detail);
    }

    @Override
    public Response invalid(String detail) {
        return page(400, request.get().msg().error_400_title(), detail);
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
