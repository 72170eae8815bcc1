package org.craftrank.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API takes only the query parameters an operation declares (issue 29): a misspelt {@code metod=MEDIAN} used to
 * return the default ranking as if it had been asked for. Any other name is a 400 problem naming it (rule
 * {@code unknown-parameter}) with the names the operation takes, before the operation runs. The declared names are
 * read once per resource method from its {@code @QueryParam} / {@code @RestQuery} parameters, so a new parameter
 * needs nothing here. Pages are left alone: a browser adds what it likes (the language switch is read globally).
 */
public class StrictQueryParameters {

    /** The rule code of a query parameter the operation does not take. */
    public static final String UNKNOWN_PARAMETER = "unknown-parameter";

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = 12)
    public void refuseUnknownQueryParameters(ContainerRequestContext request, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("/") ? path.substring(1) : path).startsWith("api/")) {
            return;
        }
        Set<String> sent = request.getUriInfo().getQueryParameters().keySet();
        if (sent.isEmpty()) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(resource.getResourceMethod(),
                StrictQueryParameters::queryParametersOf);
        List<FieldError> unknown = new TreeSet<>(sent).stream().filter(name -> !allowed.contains(name))
                .map(name -> new FieldError(name, UNKNOWN_PARAMETER, allowed.isEmpty()
                        ? "this operation takes no query parameters"
                        : "not a query parameter of this operation, which takes " + String.join(", ", allowed)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    private static Set<String> queryParametersOf(Method method) {
        java.util.SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                } else if (annotation instanceof RestQuery query) {
                    names.add(query.value().isEmpty() ? parameter.getName() : query.value());
                }
            }
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
