package org.craftrank.model.definition;

/** The level a campaign runs at; the 2025 measures set different eligibility per level. */
public enum CampaignLevel {
    /** 大国工匠, run by the national federation. */
    NATIONAL,
    /** 省级工匠 (and municipalities directly under the central government, such as Shanghai). */
    PROVINCIAL,
    /** 市级工匠. */
    CITY
}
