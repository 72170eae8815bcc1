package org.craftrank.scoring.page;

import org.craftrank.campaign.page.CampaignHeader;

import java.util.List;

/** The saved draft, read back with its totals, for the expert to confirm before it becomes read-only. */
public record ConfirmPage(CampaignHeader campaign, long candidateId, String code, List<Capability> capabilities,
                          String overall, String version) {

    public record Capability(String name, String total, List<Item> items) {
    }

    public record Item(String code, String name, String score, String comment) {
    }
}
