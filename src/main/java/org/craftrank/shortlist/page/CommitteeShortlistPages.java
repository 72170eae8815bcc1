package org.craftrank.shortlist.page;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.web.HtmlPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The committee's shortlist page (建议名单): the versions in codes with why each candidate is in or out,
 * comparing two, and proposing a version with fixed inclusions or exclusions — what the committee may do through
 * {@code /api/campaigns/{id}/shortlist}. Rules and adoption stay with the secretariat.
 */
@Path("/committee/campaigns/{campaignId}/shortlist")
@RolesAllowed(Roles.COMMITTEE)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class CommitteeShortlistPages {

    private final ShortlistScreens screens;
    private final AccessGuard guard;

    public CommitteeShortlistPages(ShortlistScreens screens, AccessGuard guard) {
        this.screens = screens;
        this.guard = guard;
    }

    @GET
    @Operation(summary = "The committee's view of the shortlist versions (?version=), comparison (?compare=&with=) "
            + "and the form to propose a version")
    public TemplateInstance shortlist(@PathParam("campaignId") long campaignId, @QueryParam("version") Integer version,
                                      @QueryParam("compare") Integer compare, @QueryParam("with") Integer with) {
        guard.campaign(campaignId);
        return screens.view(ShortlistScreens.Audience.COMMITTEE, campaignId, version, compare, with);
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Propose a shortlist version from the committee's page (DELIBERATION); solved under the "
            + "secretariat's rules plus the committee's fixed inclusions and exclusions")
    public Response propose(@PathParam("campaignId") long campaignId, @FormParam("note") String note,
                            @FormParam("fixedInclusions") String inclusions,
                            @FormParam("fixedExclusions") String exclusions) {
        guard.campaign(campaignId);
        return screens.propose(ShortlistScreens.Audience.COMMITTEE, campaignId, note, inclusions, exclusions);
    }
}
