package org.craftrank.common.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a route without a {@code {campaignId}} in its path still keeps to the caller's campaigns (it
 * filters what it returns by {@link Caller#mayKnowCampaign}), so an API token scoped to one campaign may call it.
 * Every other route without a campaign in its path is global and refused (403) to a campaign-scoped token: a new
 * global route is out of a scoped token's reach by default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CampaignScoped {
}
