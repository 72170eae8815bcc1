package org.craftrank.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, the one error body of the API ({@code application/problem+json}).
 *
 * @param type   a URN naming the kind of problem
 * @param rule   for conflicts, the business rule that refused the request
 * @param errors for invalid input, every broken field rule
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String rule,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:craftrank:problem:";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, null, null);
    }

    public Problem withRule(String rule) {
        return new Problem(type, title, status, detail, instance, rule, errors);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, rule, errors);
    }
}
