package org.craftrank.web;

/** One campaign on a role's start page: where to go, and the phase it is in. */
public record CampaignLink(String name, String phaseLabel, String href) {
}
