package org.craftrank.candidate;

import org.craftrank.campaign.phase.CampaignPhase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who changes a campaign's candidates, and so in which phases. The secretariat prepares a campaign in DRAFT and
 * corrects data up to the formal review; a recommending unit nominates, corrects and withdraws only while
 * nomination is open (and, as the resource checks, only for itself).
 */
public enum Nominator {
    SECRETARIAT(EnumSet.of(CampaignPhase.DRAFT, CampaignPhase.NOMINATION),
            EnumSet.range(CampaignPhase.DRAFT, CampaignPhase.FORMAL_REVIEW)),
    UNIT(EnumSet.of(CampaignPhase.NOMINATION), EnumSet.of(CampaignPhase.NOMINATION));

    /** Phases in which candidates may be added or withdrawn. */
    final Set<CampaignPhase> nominating;
    /** Phases in which candidates may be corrected. */
    final Set<CampaignPhase> correcting;

    Nominator(Set<CampaignPhase> nominating, Set<CampaignPhase> correcting) {
        this.nominating = nominating;
        this.correcting = correcting;
    }

    /** Whether candidates may be added in this phase. */
    public boolean mayNominateIn(CampaignPhase phase) {
        return nominating.contains(phase);
    }
}
