package org.craftrank.shortlist.notice;

import org.craftrank.campaign.PublicNoticeView;
import org.craftrank.campaign.phase.CampaignPhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The public notice of a campaign's adopted list: only the model's publishable fields, listed by recommending unit
 * and then name — never in rank order, which stays with the committee (排名不分先后).
 *
 * @param checksum SHA-256 of the canonical CSV of this notice, fixed at publication; null before
 * @param period   the notice's minimum period (公示期) and, once it is up, its first and last day
 */
@Schema(name = "PublicNotice")
public record NoticeView(long campaignId, String heading, String introduction, CampaignPhase phase,
                         List<String> fields, List<String> headings, List<List<String>> rows, int count,
                         String checksum, Instant publishedAt, PublicNoticeView period) {
}
