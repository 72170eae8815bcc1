package org.craftrank.common.access;


import java.util.Set;

/**
 * Who is calling and what they are bound to, resolved once per request from their session or token.
 * Pure: the per-object rules below are plain logic, tested without the framework.
 *
 * @param allCampaigns true for an administrator not restricted by a token to one campaign
 * @param campaignIds  the campaigns the caller may know about (ignored when {@code allCampaigns})
 * @param token        set when the caller authenticated with an API token rather than a session
 */
public record Caller(long accountId, String username, Role role, Long unitId, Long expertId,
                     boolean allCampaigns, Set<Long> campaignIds, ViaToken token) {

    /** Key of the {@link Caller} among the security identity's attributes. */
    public static final String ATTRIBUTE = "craftrank.caller";

    /**
     * The API token a caller authenticated with.
     *
     * @param campaignId the one campaign the token reaches; null only for an unscoped ADMIN token
     */
    public record ViaToken(long id, String label, Long campaignId) {

        public boolean scoped() {
            return campaignId != null;
        }
    }

    public Caller {
        campaignIds = Set.copyOf(campaignIds);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Whether the caller authenticated with an API token. */
    public boolean viaToken() {
        return token != null;
    }

    /**
     * Whether the caller is an API token scoped to one campaign: such a caller reaches only routes bound to that
     * campaign (a campaign in the path, or a route declared {@link CampaignScoped}), never a global one.
     */
    public boolean scopedToOneCampaign() {
        return token != null && token.scoped();
    }

    /** Whether the caller may learn that the campaign exists; everything else about it hangs off this. */
    public boolean mayKnowCampaign(long campaignId) {
        return allCampaigns || campaignIds.contains(campaignId);
    }

    /** A UNIT caller sees only its own unit's objects; others are not restricted by unit. */
    public boolean mayKnowUnit(long unitIdToCheck) {
        return role != Role.UNIT || Long.valueOf(unitIdToCheck).equals(unitId);
    }

    /** The same caller acting through an API token, restricted to the token's campaign when it has one. */
    public Caller through(ViaToken via) {
        if (via.campaignId() == null) {
            return new Caller(accountId, username, role, unitId, expertId, allCampaigns, campaignIds, via);
        }
        boolean known = mayKnowCampaign(via.campaignId());
        return new Caller(accountId, username, role, unitId, expertId, false,
                known ? Set.of(via.campaignId()) : Set.of(), via);
    }
}
