package org.craftrank.common.access;


import java.util.Set;

/**
 * Who is calling and what they are bound to, resolved once per request from their session or token.
 * Pure: the per-object rules below are plain logic, tested without the framework.
 *
 * @param allCampaigns true for an administrator not restricted by a token to one campaign
 * @param campaignIds  the campaigns the caller may know about (ignored when {@code allCampaigns})
 * @param tokenId      set when the caller authenticated with an API token rather than a session
 */
public record Caller(long accountId, String username, Role role, Long unitId, Long expertId,
                     boolean allCampaigns, Set<Long> campaignIds, Long tokenId) {

    /** Key of the {@link Caller} among the security identity's attributes. */
    public static final String ATTRIBUTE = "craftrank.caller";

    public Caller {
        campaignIds = Set.copyOf(campaignIds);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Whether the caller may learn that the campaign exists; everything else about it hangs off this. */
    public boolean mayKnowCampaign(long campaignId) {
        return allCampaigns || campaignIds.contains(campaignId);
    }

    /** A UNIT caller sees only its own unit's objects; others are not restricted by unit. */
    public boolean mayKnowUnit(long unitIdToCheck) {
        return role != Role.UNIT || Long.valueOf(unitIdToCheck).equals(unitId);
    }

    /** The same caller restricted to one campaign, as an API token scoped to that campaign is. */
    public Caller restrictedTo(Long campaignId, Long viaTokenId) {
        if (campaignId == null) {
            return new Caller(accountId, username, role, unitId, expertId, allCampaigns, campaignIds, viaTokenId);
        }
        boolean known = mayKnowCampaign(campaignId);
        return new Caller(accountId, username, role, unitId, expertId, false,
                known ? Set.of(campaignId) : Set.of(), viaTokenId);
    }
}
