package org.craftrank.campaign.page;

import org.craftrank.campaign.AggregationSettings;
import org.craftrank.campaign.CampaignView;
import org.craftrank.campaign.ConflictRule;
import org.craftrank.campaign.CreateCampaignRequest;
import org.craftrank.campaign.ScoringSettings;
import org.craftrank.campaign.UpdateCampaignRequest;
import org.craftrank.common.version.IfMatch;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.model.definition.CampaignLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The campaign form (creation and settings) as typed, read into the same {@link CreateCampaignRequest} and
 * {@link UpdateCampaignRequest} the JSON API takes, so the same checks judge both. Field names are the API's
 * where a field maps to one ({@code name}, {@code year}, {@code shortlistSize}…); the tie-break order is three
 * selects ({@code tieBreak1..3}) read in order, empty ones skipped. A number or a choice that does not read is
 * reported by the form itself ({@link #errors()} with the rule {@code whole-number} or {@code choice}), never guessed.
 */
public record CampaignSettingsForm(Map<String, String> values, Map<String, String> unreadable) {

    /** Fields of the form, as the page names them. */
    static final List<String> FIELDS = List.of("name", "level", "year", "modelId", "method", "trimCount",
            "tieBreak1", "tieBreak2", "tieBreak3", "shortlistSize", "blind", "sameRecommendingUnit");
    static final int TIE_BREAK_STEPS = 3;
    /** The hidden field carrying the version the settings form was rendered from. */
    static final String VERSION = "version";

    /** A blank creation form: this year, national level, the default method and tie-break order. */
    static CampaignSettingsForm blank(int year) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", String.valueOf(year));
        values.put("level", CampaignLevel.NATIONAL.name());
        values.put("method", AggregationMethod.MEAN.name());
        values.put("trimCount", "0");
        values.put("tieBreak1", "MEDIAN");
        values.put("tieBreak2", "HIGHER_RANKED_COUNT");
        return new CampaignSettingsForm(values, Map.of());
    }

    /** The stored settings, with the version in the hidden field (sent back as the If-Match). */
    static CampaignSettingsForm of(CampaignView campaign) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION, IfMatch.etag(campaign.version()));
        values.put("name", campaign.name());
        values.put("level", campaign.level().name());
        values.put("year", String.valueOf(campaign.year()));
        values.put("modelId", campaign.model().id());
        AggregationSettings a = campaign.aggregation();
        values.put("method", a.method() == null ? AggregationMethod.MEAN.name() : a.method().name());
        values.put("trimCount", String.valueOf(a.trimCount() == null ? 0 : a.trimCount()));
        List<String> steps = a.tieBreakOrder() == null ? List.of() : a.tieBreakOrder();
        for (int i = 0; i < TIE_BREAK_STEPS && i < steps.size(); i++) {
            values.put("tieBreak" + (i + 1), steps.get(i));
        }
        values.put("shortlistSize", campaign.shortlistSize() == null ? "" : String.valueOf(campaign.shortlistSize()));
        if (campaign.scoring() != null && Boolean.TRUE.equals(campaign.scoring().blind())) {
            values.put("blind", "on");
        }
        if (campaign.optionalConflictRules().contains(ConflictRule.SAME_RECOMMENDING_UNIT)) {
            values.put("sameRecommendingUnit", "on");
        }
        return new CampaignSettingsForm(values, Map.of());
    }

    static CampaignSettingsForm read(Function<String, String> field) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : FIELDS) {
            String value = field.apply(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        String version = field.apply(VERSION);
        if (version != null && !version.isBlank()) {
            values.put(VERSION, version.strip());
        }
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String name : List.of("year", "trimCount", "shortlistSize")) {
            if (values.containsKey(name) && !values.get(name).matches("\\d{1,6}")) {
                unreadable.put(name, "whole-number");
            }
        }
        if (values.containsKey("level") && Arrays.stream(CampaignLevel.values())
                .noneMatch(l -> l.name().equals(values.get("level")))) {
            unreadable.put("level", "choice");
        }
        if (values.containsKey("method") && Arrays.stream(AggregationMethod.values())
                .noneMatch(m -> m.name().equals(values.get("method")))) {
            unreadable.put("method", "choice");
        }
        return new CampaignSettingsForm(values, Map.copyOf(unreadable));
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return values.containsKey(field);
    }

    /** The version the form was rendered from, as an If-Match (none on a form without one). */
    IfMatch ifMatch() {
        return IfMatch.optional(values.get(VERSION));
    }

    CreateCampaignRequest toCreateRequest() {
        return new CreateCampaignRequest(values.get("name"), level(), number("year"), values.get("modelId"),
                aggregation(), number("shortlistSize"), conflictRules(), new ScoringSettings(checked("blind")), null);
    }

    /** The settings to store; blind scoring is sent only when the page offered it, so a later phase keeps it. */
    UpdateCampaignRequest toUpdateRequest(boolean blindOffered) {
        return new UpdateCampaignRequest(values.get("name"), number("year"), aggregation(), number("shortlistSize"),
                conflictRules(), blindOffered ? new ScoringSettings(checked("blind")) : null, null);
    }

    /** The form field a request error names: {@code aggregation.tieBreakOrder[1]} is the second select filled. */
    String fieldOf(String requestField) {
        if (requestField == null) {
            return "name";
        }
        if (requestField.startsWith("aggregation.tieBreakOrder[")) {
            int index = Integer.parseInt(requestField.replaceAll("\\D", "").isEmpty() ? "0"
                    : requestField.replaceAll("\\D", ""));
            List<String> filled = filledTieBreakFields();
            return index < filled.size() ? filled.get(index) : "tieBreak1";
        }
        if (requestField.startsWith("aggregation.tieBreakOrder")) {
            return "tieBreak1";
        }
        if (requestField.startsWith("optionalConflictRules")) {
            return "sameRecommendingUnit";
        }
        return switch (requestField) {
            case "aggregation.method" -> "method";
            case "aggregation.trimCount" -> "trimCount";
            case "scoring.blind", "scoring" -> "blind";
            case "aggregation", "aggregation.disagreementThreshold", "aggregation.leniencyMargin" -> "method";
            default -> FIELDS.contains(requestField) ? requestField : "name";
        };
    }

    private List<String> filledTieBreakFields() {
        List<String> filled = new ArrayList<>();
        for (int i = 1; i <= TIE_BREAK_STEPS; i++) {
            if (values.containsKey("tieBreak" + i)) {
                filled.add("tieBreak" + i);
            }
        }
        return filled;
    }

    private AggregationSettings aggregation() {
        AggregationMethod method = unreadable.containsKey("method") || !values.containsKey("method") ? null
                : AggregationMethod.valueOf(values.get("method"));
        List<String> steps = filledTieBreakFields().stream().map(values::get).toList();
        // threshold and margin are not on the form: null keeps the stored (or default) values
        return new AggregationSettings(method, number("trimCount"), steps, null, null);
    }

    private List<ConflictRule> conflictRules() {
        return checked("sameRecommendingUnit") ? List.of(ConflictRule.SAME_RECOMMENDING_UNIT) : List.of();
    }

    private CampaignLevel level() {
        return unreadable.containsKey("level") || !values.containsKey("level") ? null
                : CampaignLevel.valueOf(values.get("level"));
    }

    private Integer number(String field) {
        return unreadable.containsKey(field) || !values.containsKey(field) ? null : Integer.valueOf(values.get(field));
    }
}
