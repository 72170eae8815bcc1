package org.craftrank.shortlist.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.craftrank.export.ExportLanguage;
import org.craftrank.web.PageLanguage;
import org.craftrank.shortlist.notice.NoticeService;
import org.craftrank.shortlist.notice.NoticeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The printable public notice (公示/公布), open to everyone while the notice is up and after publication — it is
 * public by nature — and a 404 in every other phase. Publishable fields only, with a print stylesheet.
 */
@Path("/notice/{campaignId}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Pages")
public class PublicNoticePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(NoticeView notice, String lang);
    }

    private final NoticeService notices;

    public PublicNoticePage(NoticeService notices) {
        this.notices = notices;
    }

    @GET
    @Operation(summary = "Printable public notice (PUBLIC_NOTICE and PUBLISHED only)")
    public TemplateInstance page(@PathParam("campaignId") long campaignId, @QueryParam("lang") String lang,
                                 @HeaderParam("Accept-Language") String accept) {
        PageLanguage language = PageLanguage.choose(lang, accept);
        NoticeView notice = notices.publicNotice(campaignId,
                language == PageLanguage.EN ? ExportLanguage.EN : ExportLanguage.ZH);
        return Templates.notice(notice, language.tag());
    }
}
