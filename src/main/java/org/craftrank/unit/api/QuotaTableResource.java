package org.craftrank.unit.api;

import org.craftrank.unit.QuotaTableService;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.access.Roles;
import org.craftrank.unit.quota.QuotaTable;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/quota-tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommending units", description = "推荐单位 and their quotas (推荐名额)")
public class QuotaTableResource {

    private final QuotaTableService service;

    public QuotaTableResource(QuotaTableService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The quota tables that can be loaded into a campaign (2024 national allocation, 2026 "
            + "provincial ranges), with their units, ranges and the notice's text")
    public List<QuotaTable> list() {
        return List.copyOf(service.tables());
    }
}
