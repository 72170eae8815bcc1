package org.craftrank.security.access;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.UnsupportedMediaTypeException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The media types a state-changing request (POST, PUT, PATCH) may carry, for every route at once, checked before
 * any body is read. A page route takes only its HTML form types, so the CSRF check (which reads the form) always
 * runs: a POST without a Content-Type, or with {@code text/plain}, is refused rather than acting without it. An API
 * route takes only the concrete types it declares with {@code @Consumes} (JSON when it declares none; a wildcard
 * does not count), so a cross-site "simple request" ({@code text/plain}, a form) never reaches it. A missing or
 * unparseable Content-Type is a 415 problem, never a 500.
 */
public class ContentTypeGuard {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final List<MediaType> FORMS = List.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.MULTIPART_FORM_DATA_TYPE);

    /** Before the body is read (the CSRF filter reads forms), and before the route's own checks. */
    @ServerRequestFilter(preMatching = true, priority = 10)
    public void refuseUnreadableContentTypes(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String header = request.getHeaderString("Content-Type");
        if (header == null || header.isBlank()) {
            throw new UnsupportedMediaTypeException("send a Content-Type: application/json for the API, "
                    + "a form type for the pages");
        }
        try {
            MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedMediaTypeException("the Content-Type header is not a media type");
        }
    }

    @ServerRequestFilter(priority = 10)
    public void refuseOtherMediaTypes(ContainerRequestContext request, ResourceInfo resource) {
        if (!WRITES.contains(request.getMethod()) || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        MediaType sent = request.getMediaType();
        String path = request.getUriInfo().getPath();
        boolean api = (path.startsWith("/") ? path.substring(1) : path).startsWith("api/");
        List<MediaType> allowed = api ? declared(resource) : FORMS;
        if (sent == null || allowed.stream().noneMatch(t -> t.isCompatible(sent) && !sent.isWildcardType()
                && !sent.isWildcardSubtype())) {
            throw new UnsupportedMediaTypeException(api
                    ? "this endpoint takes " + allowed.stream().map(MediaType::toString).toList()
                    : "page forms are posted as application/x-www-form-urlencoded or multipart/form-data");
        }
    }

    private static List<MediaType> declared(ResourceInfo resource) {
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        List<MediaType> types = consumes == null ? List.of() : Arrays.stream(consumes.value())
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).map(MediaType::valueOf)
                .filter(t -> !t.isWildcardType()).toList();
        return types.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : types;
    }
}
