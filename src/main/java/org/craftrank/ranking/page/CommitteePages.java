package org.craftrank.ranking.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.campaign.CampaignService;
import org.craftrank.security.access.AccessGuard;
import org.craftrank.common.access.Roles;
import org.craftrank.campaign.page.CampaignHeader;
import org.craftrank.web.CampaignLink;
import org.craftrank.web.HtmlPage;
import org.craftrank.web.PageFrame;
import org.craftrank.web.PageFrames;
import org.craftrank.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The review committee's pages: the campaigns they sit on and, from deliberation on, each one's anonymised
 * ranking (codes only) with its charts and the comparison of aggregation methods.
 */
@Path("/committee")
@RolesAllowed(Roles.COMMITTEE)
@HtmlPage
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Pages")
public class CommitteePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(PageFrame frame, List<CampaignLink> campaigns);

        static native TemplateInstance ranking(PageFrame frame, CampaignHeader campaign, RankingBoard board,
                                               CutSection cut);

        static native TemplateInstance rankingClosed(PageFrame frame, CampaignHeader campaign);
    }

    private final CampaignService campaigns;
    private final RankingScreens rankingScreens;
    private final AccessGuard guard;
    private final PageRequest request;
    private final PageFrames frames;

    public CommitteePages(CampaignService campaigns, RankingScreens rankingScreens, AccessGuard guard, PageRequest request,
                          PageFrames frames) {
        this.campaigns = campaigns;
        this.rankingScreens = rankingScreens;
        this.guard = guard;
        this.request = request;
        this.frames = frames;
    }

    @GET
    @Operation(summary = "Committee start page: the campaigns the member sits on, with a link to each open ranking")
    public TemplateInstance campaigns() {
        RankingMsg texts = request.bundle(RankingMsg.class);
        List<CampaignLink> links = guard.caller().campaignIds().stream().sorted()
                .flatMap(id -> campaigns.find(id).stream())
                .map(c -> c.phase().rankingOpen()
                        ? new CampaignLink(c.name(), CampaignHeader.phases(request.msg()).of(c.phase()),
                        "/committee/campaigns/" + c.id() + "/ranking", null)
                        : new CampaignLink(c.name(), CampaignHeader.phases(request.msg()).of(c.phase()), null,
                        texts.not_open(CampaignHeader.phases(request.msg()).of(c.phase()))))
                .toList();
        return request.localized(Templates.campaigns(frames.frame(), links));
    }

    @GET
    @Path("/campaigns/{campaignId}/ranking")
    @Operation(summary = "The anonymised ranking in codes (from DELIBERATION on), its charts and the comparison "
            + "of aggregation methods; ?method= previews another method")
    public TemplateInstance ranking(@PathParam("campaignId") long campaignId, @QueryParam("method") String method,
                                    @QueryParam("trimCount") String trimCount,
                                    @QueryParam("places") String places) {
        guard.campaign(campaignId);
        CampaignHeader header = rankingScreens.header(campaignId, request.msg());
        if (!rankingScreens.isOpen(campaignId)) {
            return request.localized(Templates.rankingClosed(frames.frame(), header));
        }
        RankingMsg texts = request.bundle(RankingMsg.class);
        RankingBoard board = rankingScreens.board(campaignId, method, trimCount, true, request.language(), request.msg(),
                texts);
        PageFrame frame = frames.frame();
        // Issue 19: how firmly the cut stands, under the campaign's own method, when the committee names the places.
        // Without ?places= it follows the shortlist's places, as the table's cut line does.
        String placesShown = (places == null || places.isBlank()) && board.cutAfter() != null
                ? board.cutAfter().toString() : places;
        CutSection cut = rankingScreens.cut(campaignId, placesShown, texts, frame.separator());
        return request.localized(Templates.ranking(frame, header, board, cut));
    }
}
