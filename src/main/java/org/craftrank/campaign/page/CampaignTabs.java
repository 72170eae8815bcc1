package org.craftrank.campaign.page;

import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.web.Msg;
import org.craftrank.web.NavLink;

import java.util.ArrayList;
import java.util.List;

/**
 * The tab bar of a campaign's secretariat pages. A tab appears only once its page has something to show
 * (the summary-table import while candidates may be nominated, formal review, progress and assignments from the formal review on, ranking, diagnostics and shortlist from
 * deliberation on, the notice once a list is adopted), so no link leads to an empty page.
 */
public final class CampaignTabs {

    public enum Tab { OVERVIEW, SETTINGS, UNITS, IMPORT, FORMAL_REVIEW, PROGRESS, ASSIGNMENTS, RANKING, DIAGNOSTICS, SHORTLIST, NOTICE }

    private CampaignTabs() {
    }

    public static List<NavLink> of(long campaignId, CampaignPhase phase, Tab current, SecretariatMsg texts,
                                   Msg msg) {
        String base = "/secretariat/campaigns/" + campaignId;
        List<NavLink> tabs = new ArrayList<>();
        tabs.add(new NavLink(texts.tab_overview(), base, current == Tab.OVERVIEW));
        tabs.add(new NavLink(texts.tab_settings(), base + "/settings", current == Tab.SETTINGS));
        tabs.add(new NavLink(texts.tab_units(), base + "/units", current == Tab.UNITS));
        if (phase.compareTo(CampaignPhase.NOMINATION) <= 0) {
            // the summary-table import for any unit; its page lives with the units' own import page
            tabs.add(new NavLink(texts.tab_import(), base + "/import", current == Tab.IMPORT));
        }
        if (phase.compareTo(CampaignPhase.FORMAL_REVIEW) >= 0) {
            tabs.add(new NavLink(texts.tab_formal_review(), base + "/formal-review", current == Tab.FORMAL_REVIEW));
            tabs.add(new NavLink(msg.scoring_progress(), base + "/progress", current == Tab.PROGRESS));
            tabs.add(new NavLink(texts.tab_assignments(), base + "/assignments", current == Tab.ASSIGNMENTS));
        }
        if (phase.rankingOpen()) {
            tabs.add(new NavLink(msg.ranking(), base + "/ranking", current == Tab.RANKING));
            tabs.add(new NavLink(texts.tab_diagnostics(), base + "/diagnostics", current == Tab.DIAGNOSTICS));
            tabs.add(new NavLink(msg.shortlist(), base + "/shortlist", current == Tab.SHORTLIST));
        }
        if (phase.compareTo(CampaignPhase.APPROVED) >= 0) {
            tabs.add(new NavLink(msg.public_notice(), base + "/notice", current == Tab.NOTICE));
        }
        tabs.add(new NavLink(msg.nav_audit(), "/secretariat/audit?campaignId=" + campaignId, false));
        return tabs;
    }
}
