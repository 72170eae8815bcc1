package org.craftrank.security.api;

import org.craftrank.common.version.IfMatch;
import org.craftrank.common.access.Roles;
import org.craftrank.security.account.AccountRequest;
import org.craftrank.security.account.AccountService;
import org.craftrank.security.account.AccountView;
import org.craftrank.security.account.PasswordRequest;
import org.craftrank.security.account.UpdateAccountRequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Accounts", description = "账号: who may sign in, in which role, bound to which unit, expert or campaigns")
public class AccountResource {

    private final AccountService service;

    public AccountResource(AccountService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List accounts by username")
    public List<AccountView> list() {
        return service.list();
    }

    @POST
    @Operation(summary = "Create an account; without a password a random one is generated and returned once")
    public Response create(@Valid @NotNull AccountRequest request, UriInfo uri) {
        AccountView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{accountId}")
    @Operation(summary = "One account")
    public AccountView get(@PathParam("accountId") long accountId) {
        return service.find(accountId);
    }

    @PUT
    @Path("/{accountId}")
    @Operation(summary = "Rename, enable or disable (which ends its sessions and stops its tokens), "
            + "or change a committee member's campaigns")
    public AccountView update(@PathParam("accountId") long accountId, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull UpdateAccountRequest request) {
        return service.update(accountId, request, IfMatch.optional(ifMatch));
    }

    @POST
    @Path("/{accountId}/password")
    @Operation(summary = "Set a new password (random when none is given, returned once); ends the account's sessions")
    public AccountView resetPassword(@PathParam("accountId") long accountId, @Valid PasswordRequest request) {
        return service.resetPassword(accountId, request);
    }
}
