package org.craftrank.shortlist.notice;

import org.craftrank.campaign.phase.CampaignPhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The public notice of a campaign's adopted list: only the model's publishable fields, listed by recommending unit
 * and then name — never in rank order, which stays with the committee (排名不分先后).
 *
 * @param checksum SHA-256 of the canonical CSV of this notice, fixed at publication; null before
 */
@Schema(name = "PublicNotice")
public record NoticeView(long campaignId, String heading, String introduction, CampaignPhase phase,
                         List<String> fields, List<String> headings, List<List<String>> rows, int count,
                         String checksum, Instant publishedAt) {
}
