package org.craftrank.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Binds {@link RequestInfo} for every API request and echoes the id in {@code X-Request-Id}. */
public class RequestInfoFilter {

    static final String HEADER = "X-Request-Id";

    private final RequestInfo info;

    public RequestInfoFilter(RequestInfo info) {
        this.info = info;
    }

    @ServerRequestFilter(preMatching = true)
    public void bind(ContainerRequestContext request, HttpServerRequest http) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        info.bind(request.getHeaderString(HEADER), address);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (info.requestId() != null) {
            response.getHeaders().putSingle(HEADER, info.requestId());
        }
    }
}
