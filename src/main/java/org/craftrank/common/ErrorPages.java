package org.craftrank.common;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The HTML answers to refusals on page routes. The error mappers ask this instead of the page shell, so the
 * shared error handling knows no page code; the page shell implements it.
 */
public interface ErrorPages {

    /** Whether the route answers with pages, so its refusals become pages too. */
    boolean handles(SimpleResourceInfo resource);

    /**
     * To the sign-in page, and back to the page afterwards. {@code resource} is the route that was refused: a form
     * posted to an address that also shows a page comes back to that page.
     */
    Response signIn(SimpleResourceInfo resource);

    Response forbidden();

    Response notFound();

    Response refused(String rule, String detail);

    Response invalid(String detail);

    /** A page form refused by the text rule ({@code common/text/TextRules}): each field and its rule, worded. */
    Response invalidText(java.util.List<FieldError> errors);

    /** An unexpected failure, named by the reference the log holds it under. */
    Response unexpected(String reference);
}
