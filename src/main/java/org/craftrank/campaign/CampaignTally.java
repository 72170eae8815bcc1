package org.craftrank.campaign;

import org.craftrank.campaign.phase.CampaignFacts;

/** Collects what the {@link CampaignContents} implementations count for one campaign. */
public final class CampaignTally {

    private long units;
    private long candidates;
    private long experts;
    private long submittedSheets;
    private boolean adoptedShortlist;
    private long openObjections;
    private SheetProgress progress = new SheetProgress(0, 0, 0);

    public CampaignTally units(long count) {
        units += count;
        return this;
    }

    public CampaignTally candidates(long count) {
        candidates += count;
        return this;
    }

    public CampaignTally experts(long count) {
        experts += count;
        return this;
    }

    public CampaignTally submittedSheets(long count) {
        submittedSheets += count;
        return this;
    }

    public CampaignTally adoptedShortlist(boolean adopted) {
        adoptedShortlist |= adopted;
        return this;
    }

    public CampaignTally openObjections(long count) {
        openObjections += count;
        return this;
    }

    public CampaignTally progress(SheetProgress sheets) {
        progress = sheets;
        return this;
    }

    public CampaignFacts facts() {
        return new CampaignFacts(units, candidates, experts, submittedSheets, adoptedShortlist, openObjections);
    }

    public SheetProgress progress() {
        return progress;
    }
}
