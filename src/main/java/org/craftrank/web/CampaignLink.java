package org.craftrank.web;

/**
 * One campaign on a role's start page: the phase it is in and, when there is something to see there yet,
 * where to go ({@code href} null otherwise, with a {@code note} saying why).
 */
public record CampaignLink(String name, String phaseLabel, String href, String note) {
}
