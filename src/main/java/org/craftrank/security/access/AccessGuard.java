package org.craftrank.security.access;

import org.craftrank.common.access.Caller;
import org.craftrank.common.access.CurrentCaller;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.common.NotFoundException;

/**
 * Per-object checks. Roles are checked by {@code @RolesAllowed} on each endpoint; this decides whether the
 * caller may know a particular object. An object the caller may not know answers 404, exactly as a missing
 * one does, so ids cannot be probed.
 */
@ApplicationScoped
public class AccessGuard {

    private final CurrentCaller caller;

    public AccessGuard(CurrentCaller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller.get();
    }

    /** @throws NotFoundException when the caller has no part in the campaign */
    public void campaign(long campaignId) {
        if (!caller.get().mayKnowCampaign(campaignId)) {
            throw new NotFoundException("campaign", campaignId);
        }
    }

    /** @throws NotFoundException when the caller is a UNIT operator of another unit */
    public void unit(long campaignId, long unitId) {
        campaign(campaignId);
        if (!caller.get().mayKnowUnit(unitId)) {
            throw new NotFoundException("unit", unitId);
        }
    }

    public boolean mayKnowCampaign(long campaignId) {
        return caller.get().mayKnowCampaign(campaignId);
    }
}
