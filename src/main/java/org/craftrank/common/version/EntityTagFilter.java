package org.craftrank.common.version;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends {@code ETag: "v<version>"} with every successful response whose body is a {@link Versioned} read model
 * (a GET, and a PUT/PATCH/POST that returns what it wrote), unless the resource set one itself.
 */
@Provider
public class EntityTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() / 100 == 2 && response.getEntity() instanceof Versioned v
                && !response.getHeaders().containsKey("ETag")) {
            response.getHeaders().putSingle("ETag", IfMatch.etag(v.version()));
        }
    }
}
