package org.craftrank.security.access;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.OutOfTokenScopeException;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.CampaignScoped;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps a campaign-scoped API token inside its campaign, for every route at once: a route with a
 * {@code {campaignId}} in its path must name the token's campaign (else 404, as for any campaign the caller may
 * not know), and a route without one must declare itself {@link CampaignScoped} (it then filters by the caller's
 * campaigns itself); every other route is global and answers 403 to such a token. So a new global route is out
 * of a scoped token's reach by default. Sessions and unscoped ADMIN tokens pass untouched.
 */
public class TokenScopeFilter {

    static final String CAMPAIGN_PARAM = "campaignId";

    private final CurrentIdentityAssociation identities;

    public TokenScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> keepTokensInScope(ContainerRequestContext request, ResourceInfo resource) {
        if (request.getHeaderString("Authorization") == null) {
            return Uni.createFrom().nullItem(); // no token: nothing to restrict (sessions pass untouched)
        }
        return identities.getDeferredIdentity().map(identity -> {
            check(identity, request, resource);
            return null;
        });
    }

    private static void check(SecurityIdentity identity, ContainerRequestContext request,
                              ResourceInfo resource) {
        Caller caller = identity == null || identity.isAnonymous() ? null : identity.getAttribute(Caller.ATTRIBUTE);
        if (caller == null || !caller.scopedToOneCampaign()) {
            return;
        }
        long tokenCampaign = caller.token().campaignId();
        String inPath = request.getUriInfo().getPathParameters().getFirst(CAMPAIGN_PARAM);
        if (inPath != null) {
            if (!inPath.equals(String.valueOf(tokenCampaign))) {
                throw new NotFoundException("campaign", inPath);
            }
            return;
        }
        if (declaresCampaignScoped(resource)) {
            return;
        }
        throw new OutOfTokenScopeException("this API token is scoped to campaign " + tokenCampaign
                + " and may call only routes of that campaign; this route is not bound to a campaign");
    }

    private static boolean declaresCampaignScoped(ResourceInfo resource) {
        if (resource == null) {
            return false;
        }
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(
                CampaignScoped.class) || resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(CampaignScoped.class);
    }
}
