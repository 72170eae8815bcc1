package org.craftrank.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.SheetRules;
import org.craftrank.scoring.sheet.SheetView;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/campaigns/{campaignId}/experts/{expertId}/sheets/{candidateId}/reopen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Assignments")
public class SheetReopenResource {

    private final ScoreSheetService sheets;
    private final AccessGuard guard;

    public SheetReopenResource(ScoreSheetService sheets, AccessGuard guard) {
        this.sheets = sheets;
        this.guard = guard;
    }

    @POST
    @Operation(summary = "Reopen a submitted sheet so the expert can correct it; the reason is mandatory and audited")
    public SheetView reopen(@PathParam("campaignId") long campaignId, @PathParam("expertId") long expertId,
                            @PathParam("candidateId") long candidateId, @Valid @NotNull ReopenRequest request) {
        guard.campaign(campaignId);
        return sheets.reopen(campaignId, expertId, candidateId, request.reason().strip());
    }

    public record ReopenRequest(@NotBlank @Size(max = SheetRules.MAX_REOPEN_REASON) String reason) {
    }
}
