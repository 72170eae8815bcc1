package org.craftrank.dossier.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.FieldError;
import org.craftrank.common.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * A multipart upload is a form to the CSRF filter (quarkus-rest-csrf), which refuses one without the token with an
 * empty 400. On the dossier API that refusal becomes a problem+json naming the missing token, so an API client
 * learns what to send: the {@code X-CSRF-TOKEN} header equal to the {@code csrf-token} cookie (double submit;
 * a cross-site page can set neither), or the file as the raw body, which needs no token.
 */
public class UploadCsrfRefusals {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        MediaType sent = request.getMediaType();
        if (!path.contains("/dossier") || !path.startsWith("/api/") || sent == null
                || !MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(sent)) {
            return;
        }
        Problem problem = Problem.of("bad-request", "Bad request", 400, "a multipart upload carries the CSRF token: "
                        + "send the header X-CSRF-TOKEN with the value of the csrf-token cookie, or send the file as "
                        + "the raw body (Content-Type application/pdf, image/jpeg, image/png, video/mp4 or "
                        + "application/octet-stream) with its name in ?name=", path)
                .withErrors(List.of(new FieldError("X-CSRF-TOKEN", "csrf-token", "the CSRF token is missing or does "
                        + "not match its cookie")));
        response.setEntity(problem, null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
