package org.craftrank.campaign.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.campaign.phase.CampaignPhase;

/**
 * The names of the phases, as every page shows them. Lives with the campaign (not in the page shell's
 * {@code Msg}) because the shell knows no feature; {@code messages/phase_en.properties} holds the English.
 */
@MessageBundle(value = "phase", locale = "zh-CN")
public interface PhaseLabels {

    @Message("{#when phase}{#is DRAFT}筹备{#is NOMINATION}推荐{#is FORMAL_REVIEW}形式审查{#is SCORING}专家逐项打分"
            + "{#is DELIBERATION}评审会议{#is APPROVED}审定{#is PUBLIC_NOTICE}公示{#is PUBLISHED}公布{/when}")
    String of(CampaignPhase phase);
}
