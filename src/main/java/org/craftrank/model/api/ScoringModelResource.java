package org.craftrank.model.api;

import org.craftrank.model.ScoringModelCatalog;
import org.craftrank.model.ScoringModelSummary;
import org.craftrank.model.ScoringModelView;

import jakarta.annotation.security.RolesAllowed;
import org.craftrank.common.access.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.common.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/scoring-models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.UNIT, Roles.EXPERT, Roles.COMMITTEE})
@Tag(name = "Scoring models", description = "评价指标体系: the models in scoring-models/, validated at start")
public class ScoringModelResource {

    private final ScoringModelCatalog catalog;

    public ScoringModelResource(ScoringModelCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the available scoring models")
    public List<ScoringModelSummary> list() {
        return catalog.all().stream().map(ScoringModelSummary::of).toList();
    }

    @GET
    @Path("/{modelId}")
    @Operation(summary = "One scoring model with its capabilities, sub-indicators, texts and weights")
    public ScoringModelView get(@PathParam("modelId") String modelId) {
        return catalog.find(modelId).map(ScoringModelView::of)
                .orElseThrow(() -> new NotFoundException("scoring model", modelId));
    }
}
