package org.craftrank.security.session;

import org.craftrank.common.access.Caller;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who the caller is, as the API tells them.
 *
 * @param campaignIds the campaigns the caller takes part in; empty with {@code allCampaigns} for an admin
 * @param viaToken    true when the caller authenticated with an API token
 */
public record CallerView(String username, String role, Long unitId, Long expertId, boolean allCampaigns,
                         Set<Long> campaignIds, boolean viaToken) {

    public static CallerView of(Caller c) {
        return new CallerView(c.username(), c.role().name(), c.unitId(), c.expertId(), c.allCampaigns(),
                new TreeSet<>(c.campaignIds()), c.tokenId() != null);
    }
}
