package org.craftrank.security.api;

import org.craftrank.security.token.ApiTokenService;
import org.craftrank.security.token.IssueTokenRequest;
import org.craftrank.security.token.TokenView;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.craftrank.common.access.CurrentCaller;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "API tokens", description = "接口令牌: bearer tokens for machine clients, scoped to an account's role "
        + "and one campaign")
public class ApiTokenResource {

    private final ApiTokenService service;
    private final CurrentCaller caller;

    public ApiTokenResource(ApiTokenService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List tokens (never the token itself)")
    public List<TokenView> list() {
        return service.list();
    }

    @POST
    @Operation(summary = "Issue a token; the response carries it once: send it as 'Authorization: Bearer <token>'")
    public Response issue(@Valid @NotNull IssueTokenRequest request, UriInfo uri) {
        TokenView issued = service.issue(request, caller.get().username());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.id())).build())
                .entity(issued).build();
    }

    @DELETE
    @Path("/{tokenId}")
    @Operation(summary = "Revoke a token; it stops working at once")
    public TokenView revoke(@PathParam("tokenId") long tokenId) {
        return service.revoke(tokenId);
    }
}
