package org.craftrank.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.common.text.TextRules;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every error the API returns goes through here and leaves as RFC 9457 problem+json: a clear detail, the
 * offending field and rule, never a stack trace or a Java class name. Errors of the HTML pages leave as pages
 * with the same status ({@link ErrorPages}); a page's own forms handle their field errors themselves.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ErrorPages pages;

    public ProblemMappers(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri, SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            boolean text = !e.errors().isEmpty() && e.errors().stream().allMatch(f ->
                    TextRules.LONE_SURROGATE.equals(f.rule()) || TextRules.CONTROL_CHARACTER.equals(f.rule()));
            return text ? pages.invalidText(e.errors()) : pages.invalid(e.getMessage());
        }
        return invalidInput(e, uri);
    }

    private Response invalidInput(InvalidInputException e, UriInfo uri) {
        List<FieldError> errors = e.errors();
        String detail = errors.size() == 1 ? errors.get(0).message()
                : errors.size() + " fields are invalid; see errors[]";
        return respond(Problem.of("invalid-input", "Invalid input", 400, detail, path(uri)).withErrors(errors));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.notFound();
        }
        return respond(Problem.of("not-found", "Not found", 404, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response authenticationRequired(AuthenticationRequiredException e, UriInfo uri,
                                           SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.signIn(resource);
        }
        return unauthorized(e.getMessage(), uri);
    }

    /** No or unusable credentials on a route that needs them. Declared for the framework's exact types. */
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri,
                                    SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.signIn(resource);
        }
        return unauthorized("sign in or send a valid bearer token", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri,
                                         SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.signIn(resource);
        }
        return unauthorized("the session or bearer token is invalid, expired or revoked", uri);
    }

    /** Signed in, but the route is not for the caller's role. Objects the caller may not know are 404s. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.forbidden();
        }
        return respond(Problem.of("forbidden", "Forbidden", 403, "your role may not call this endpoint", path(uri)));
    }

    /** A campaign-scoped API token on a route not bound to its campaign. */
    @ServerExceptionMapper
    public Response outOfTokenScope(OutOfTokenScopeException e, UriInfo uri, SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.forbidden();
        }
        return respond(Problem.of("forbidden", "Forbidden", 403, e.getMessage(), path(uri))
                .withRule("token-campaign-scope"));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(UnsupportedMediaTypeException e, UriInfo uri) {
        return respond(Problem.of("unsupported-media-type", "Unsupported media type", 415, e.getMessage(), path(uri))
                .withRule("media-type"));
    }

    @ServerExceptionMapper
    public Response throttled(ThrottledException e, UriInfo uri) {
        Problem problem = Problem.of("too-many-requests", "Too many requests", 429, e.getMessage(), path(uri));
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return respond(Problem.of("precondition-failed", "Precondition failed", 412, e.getMessage(), path(uri))
                .withRule(e.rule()));
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return respond(Problem.of("precondition-required", "Precondition required", 428, e.getMessage(), path(uri))
                .withRule("if-match-required"));
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return respond(Problem.of("payload-too-large", "Payload too large", 413, e.getMessage(), path(uri))
                .withRule(e.rule()));
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableException e, UriInfo uri) {
        return respond(Problem.of("unprocessable", "Unprocessable request", 422, e.getMessage(), path(uri))
                .withRule(e.rule()));
    }

    @ServerExceptionMapper
    public Response conflict(RuleConflictException e, UriInfo uri, SimpleResourceInfo resource) {
        if (pages.handles(resource)) {
            return pages.refused(e.rule(), e.getMessage());
        }
        return respond(Problem.of("rule-conflict", "Refused by a rule", 409, e.getMessage(), path(uri))
                .withRule(e.rule()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), ruleOf(v), fieldOf(v) + ": " + v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return invalidInput(new InvalidInputException(errors), uri);
    }

    /** Declared for the exact type so it wins over the framework's own mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        FieldError error;
        if (e instanceof StrictJson.UnsafeTextException t) {
            String field = jsonPath(t);
            error = new FieldError(field, t.rule(), TextRules.message(field, t.rule()));
        } else if (e instanceof UnrecognizedPropertyException u) {
            String field = jsonPath(u);
            error = new FieldError(field, "known-field", "unknown field '" + field + "'");
        } else if (e instanceof InvalidFormatException f) {
            String field = jsonPath(f);
            error = new FieldError(field, "type",
                    field + ": value " + quoted(f.getValue()) + "is not a valid " + simpleType(f.getTargetType()));
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m);
            error = new FieldError(field, "type", field + ": value has the wrong type or shape");
        } else if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage())
                .startsWith("Trailing token")) {
            error = new FieldError("", "trailing-tokens", "the request body has content after the JSON document");
        } else {
            error = new FieldError("", "json", "the request body is not well-formed JSON");
        }
        return invalidInput(new InvalidInputException(List.of(error)), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the framework wraps body-parsing failures; report them like any other bad field
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && pages.handles(resource)) {
            return pages.notFound();
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Problem problem = Problem.of("http-" + status, title, status, title, path(uri));
        // a body type the route does not declare, refused by the framework's matching
        if (status == 415) {
            return respond(problem.withRule("media-type"));
        }
        // an Accept header the route cannot answer: the refusal itself is still problem+json
        if (status == 406) {
            return respond(Problem.of("http-406", title, 406, "the Accept header asks for a type this operation does "
                    + "not produce" + produced(resource).map(types -> "; it produces " + types).orElse(""), path(uri))
                    .withRule("not-acceptable"));
        }
        return respond(problem);
    }

    /** The media types the matched operation declares, when the framework got as far as matching one. */
    private static Optional<String> produced(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        try {
            Produces produces = resource.getResourceClass().getMethod(resource.getMethodName(),
                    resource.parameterTypes()).getAnnotation(Produces.class);
            if (produces == null) {
                produces = resource.getResourceClass().getAnnotation(Produces.class);
            }
            return Optional.ofNullable(produces).map(p -> String.join(", ", p.value()));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, SimpleResourceInfo resource) {
        Optional<String> race = ConcurrentWrites.lostRace(e);
        if (race.isPresent()) {
            return lostRace(race.get(), uri, resource);
        }
        String reference = UUID.randomUUID().toString();
        // The stack goes to the log under a reference the caller can quote; the body carries no internals.
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        if (pages.handles(resource)) {
            return pages.unexpected(reference);
        }
        return respond(Problem.of("internal", "Internal error", 500,
                "The request could not be completed; quote reference " + reference + " to the secretariat",
                path(uri)));
    }

    /** The transaction rolled back, so nothing was written; the caller reloads and retries. */
    private Response lostRace(String constraint, UriInfo uri, SimpleResourceInfo resource) {
        LOG.warnf("Concurrent write refused by %s on %s", constraint, path(uri));
        String detail = "someone else changed the same data at the same moment; nothing was saved, reload and try again";
        if (pages.handles(resource)) {
            return pages.refused("concurrent-change", detail);
        }
        return respond(Problem.of("rule-conflict", "Refused by a rule", 409, detail, path(uri))
                .withRule("concurrent-change"));
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        Problem problem = Problem.of("unauthorized", "Unauthorized", 401, detail, path(uri));
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer realm=\"craftrank\"")
                .entity(problem).build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Bean Validation paths look like {@code create.request.name}: keep what follows the method argument. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The refused value in quotes followed by a space, only when it is short, plain text that cannot carry
     * personal data (no run of digits) or break the response; otherwise nothing.
     */
    private static String quoted(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 40 || TextRules.violation(text).isPresent() || text.matches(".*\\d{5,}.*")) {
            return "";
        }
        return "'" + text + "' ";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "choice; one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        return "value";
    }
}
