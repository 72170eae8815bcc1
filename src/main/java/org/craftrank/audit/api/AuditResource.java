package org.craftrank.audit.api;

import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditFilter;
import org.craftrank.audit.AuditPage;
import org.craftrank.audit.AuditQueries;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "审计日志: the append-only record of logins, account and token changes, reveals")
public class AuditResource {

    static final int MAX_PAGE_SIZE = 500;

    private final AuditQueries queries;

    public AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit log, newest first, with optional filters (times in ISO-8601 UTC)")
    public AuditPage search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                            @QueryParam("campaignId") Long campaignId, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("100") int size) {
        if (action != null && java.util.Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(action))) {
            throw InvalidInputException.of("action", "known-action",
                    "action: '" + action + "' is not one of " + java.util.Arrays.toString(AuditAction.values()));
        }
        if (page < 0) {
            throw InvalidInputException.of("page", "min", "page: must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "range", "size: must be between 1 and " + MAX_PAGE_SIZE);
        }
        AuditFilter filter = new AuditFilter(actor, action, objectType, objectId, campaignId,
                instant("from", from), instant("to", to));
        return queries.search(filter, page, size);
    }

    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "iso-instant",
                    field + ": '" + text + "' is not an ISO-8601 UTC time like 2026-11-21T08:00:00Z");
        }
    }
}
