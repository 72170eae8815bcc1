package org.craftrank.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditedCampaigns;

import java.util.List;

/** Names the campaigns for the audit log's filter. */
@ApplicationScoped
public class CampaignsForAudit implements AuditedCampaigns {

    private final CampaignRepository campaigns;

    public CampaignsForAudit(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    @Transactional
    public List<Named> all() {
        return campaigns.listNewestFirst().stream().map(c -> new Named(c.id, c.name)).toList();
    }
}
