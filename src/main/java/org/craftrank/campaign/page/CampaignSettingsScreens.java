package org.craftrank.campaign.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.campaign.AggregationSettings;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.CampaignView;
import org.craftrank.model.ScoringModelCatalog;
import org.craftrank.model.ScoringModelSummary;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.model.definition.CampaignLevel;
import org.craftrank.model.definition.Capability;
import org.craftrank.web.Msg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the campaign creation and settings pages show: the choices (models as {@code GET /api/scoring-models} lists
 * them, levels, methods, tie-break steps of the model), what the phase still allows, and the form with its errors.
 */
@ApplicationScoped
public class CampaignSettingsScreens {

    private final CampaignService campaigns;
    private final ScoringModelCatalog catalog;

    public CampaignSettingsScreens(CampaignService campaigns, ScoringModelCatalog catalog) {
        this.campaigns = campaigns;
        this.catalog = catalog;
    }

    /** One choice of a select. */
    public record Option(String value, String label) {
    }

    /** One tie-break select of the form. */
    public record TieBreakField(int number, String name, String id) {
    }

    /** An error of the summary above the form, linking to its field. */
    public record ErrorLink(String id, String message) {
    }

    /**
     * @param campaign     null on the creation page
     * @param editable     the phase still allows changing the settings
     * @param blindEditable the phase still allows switching blind scoring
     */
    public record Page(CampaignHeader campaign, List<org.craftrank.web.NavLink> tabs, String levelLabel,
                       String modelName, List<Option> models, List<Option> levels, List<Option> methods,
                       List<Option> tieBreakSteps, boolean editable, boolean blindEditable, String lockedNote,
                       CampaignSettingsForm form, Map<String, String> errors, List<ErrorLink> summary,
                       String refusal) {

        public boolean creating() {
            return campaign == null;
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** The tie-break selects: their number, field name and element id. */
        public List<TieBreakField> tieBreakFields() {
            List<TieBreakField> fields = new ArrayList<>();
            for (int i = 1; i <= CampaignSettingsForm.TIE_BREAK_STEPS; i++) {
                fields.add(new TieBreakField(i, "tieBreak" + i, "f-tieBreak" + i));
            }
            return fields;
        }

        /** Where the form posts. */
        public String action() {
            return creating() ? "/secretariat/new-campaign" : "/secretariat/campaigns/" + campaign.id() + "/settings";
        }
    }

    public Page creation(CampaignSettingsForm form, Map<String, String> errors, String refusal, CampaignMsg texts,
                         SecretariatMsg sec) {
        List<Option> models = catalog.all().stream().map(ScoringModelSummary::of)
                .map(m -> new Option(m.id(), m.name())).toList();
        Map<String, String> capabilities = new LinkedHashMap<>();
        catalog.all().forEach(m -> m.model().capabilities().forEach(c -> capabilities.putIfAbsent(c.code(), c.name())));
        return new Page(null, List.of(), null, null, models, levels(sec), methods(texts),
                steps(capabilities, texts), true, true, null, form, errors, summary(errors), refusal);
    }

    public Page settings(long campaignId, CampaignSettingsForm form, Map<String, String> errors, String refusal,
                         Msg msg, CampaignMsg texts, SecretariatMsg sec) {
        CampaignView c = campaigns.find(campaignId).orElseThrow(
                () -> new org.craftrank.common.NotFoundException("campaign", campaignId));
        CampaignSettingsForm shown = form == null ? CampaignSettingsForm.of(c) : form;
        Map<String, String> capabilities = new LinkedHashMap<>();
        for (Capability capability : campaigns.model(campaignId).capabilities()) {
            capabilities.put(capability.code(), capability.name());
        }
        boolean editable = CampaignService.settingsEditable(c.phase());
        CampaignHeader header = new CampaignHeader(c.id(), c.name(), c.phase(), CampaignHeader.phases(msg).of(c.phase()));
        return new Page(header, CampaignTabs.of(campaignId, c.phase(), CampaignTabs.Tab.SETTINGS, sec, msg),
                sec.level(c.level()), c.model().name(), List.of(), levels(sec), methods(texts),
                steps(capabilities, texts), editable, CampaignService.blindSettingEditable(c.phase()),
                editable ? null : texts.locked(header.phaseLabel()), shown, errors, summary(errors), refusal);
    }

    private static List<Option> levels(SecretariatMsg sec) {
        return Arrays.stream(CampaignLevel.values()).map(l -> new Option(l.name(), sec.level(l))).toList();
    }

    private static List<Option> methods(CampaignMsg texts) {
        return Arrays.stream(AggregationMethod.values()).map(m -> new Option(m.name(), texts.method_label(m))).toList();
    }

    private static List<Option> steps(Map<String, String> capabilities, CampaignMsg texts) {
        List<Option> steps = new ArrayList<>();
        steps.add(new Option("MEDIAN", texts.tie_median()));
        steps.add(new Option("HIGHER_RANKED_COUNT", texts.tie_higher_ranked()));
        capabilities.forEach((code, name) -> steps.add(new Option(AggregationSettings.CAPABILITY_STEP + code,
                texts.tie_capability(name))));
        return steps;
    }

    /** The summary's links, in the form's order. */
    private static List<ErrorLink> summary(Map<String, String> errors) {
        List<ErrorLink> links = new ArrayList<>();
        for (String field : CampaignSettingsForm.FIELDS) {
            if (errors.containsKey(field)) {
                links.add(new ErrorLink("f-" + field, errors.get(field)));
            }
        }
        return links;
    }
}
