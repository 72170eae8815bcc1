package org.craftrank.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A page that fails, present in the test application only (and hidden from the OpenAPI document, so the
 * authorization matrix and the fuzzer do not see it): the way to show what a browser gets on an unexpected error.
 */
@Path("/test-only/failing-page")
@HtmlPage
@PermitAll
public class FailingPage {

    static final String SECRET = "internal detail that must not reach the page";

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }
}
