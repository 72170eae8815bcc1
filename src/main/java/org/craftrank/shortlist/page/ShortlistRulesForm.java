package org.craftrank.shortlist.page;

import org.craftrank.web.Msg;

import org.craftrank.common.version.IfMatch;
import org.craftrank.shortlist.ShortlistRules;
import org.craftrank.shortlist.ShortlistService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The shortlist rules form: the general caps and the minima of women and young candidates, as typed. Shares are
 * typed as percentages (25 for 25%) and stored as the API's fractions (0.25). The caps for particular units,
 * industries and groups are not on the form; saving keeps the stored ones.
 */
public record ShortlistRulesForm(Map<String, String> values, Map<String, String> errors) {

    static final String[] FIELDS = {"maxPerUnit", "maxPerIndustry", "maxPerGroup", "womenCount", "womenShare",
            "youngCount", "youngShare", "youngAgeLimit"};
    /** The hidden field carrying the version the form was rendered from. */
    static final String VERSION = "version";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The stored rules, with their version in the hidden field {@code version} (sent back as the If-Match). */
    static ShortlistRulesForm of(ShortlistService.VersionedRules stored) {
        ShortlistRules rules = stored.rules();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION, IfMatch.etag(stored.version()));
        values.put("maxPerUnit", text(rules.maxPerUnit()));
        values.put("maxPerIndustry", text(rules.maxPerIndustry()));
        values.put("maxPerGroup", text(rules.maxPerGroup()));
        values.put("womenCount", rules.women() == null ? "" : text(rules.women().count()));
        values.put("womenShare", rules.women() == null ? "" : percent(rules.women().share()));
        values.put("youngCount", rules.young() == null ? "" : text(rules.young().count()));
        values.put("youngShare", rules.young() == null ? "" : percent(rules.young().share()));
        values.put("youngAgeLimit", text(rules.youngAgeLimit()));
        return new ShortlistRulesForm(values, Map.of());
    }

    static ShortlistRulesForm read(Function<String, String> field, ShortlistMsg texts, Msg msg) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : FIELDS) {
            String value = field.apply(name);
            values.put(name, value == null ? "" : value.strip());
        }
        String version = field.apply(VERSION);
        values.put(VERSION, version == null ? "" : version.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : new String[]{"maxPerUnit", "maxPerIndustry", "maxPerGroup", "womenCount", "youngCount"}) {
            if (!values.get(name).isEmpty() && whole(values.get(name)) == null) {
                errors.put(name, msg.error_whole_number());
            }
        }
        for (String name : new String[]{"womenShare", "youngShare"}) {
            if (!values.get(name).isEmpty() && share(values.get(name)) == null) {
                errors.put(name, texts.error_percent());
            }
        }
        if (!values.get("womenCount").isEmpty() && !values.get("womenShare").isEmpty()) {
            errors.putIfAbsent("womenShare", texts.error_count_or_share());
        }
        if (!values.get("youngCount").isEmpty() && !values.get("youngShare").isEmpty()) {
            errors.putIfAbsent("youngShare", texts.error_count_or_share());
        }
        Integer age = whole(values.get("youngAgeLimit"));
        boolean youngMinimum = !values.get("youngCount").isEmpty() || !values.get("youngShare").isEmpty();
        if ((!values.get("youngAgeLimit").isEmpty() || youngMinimum) && (age == null || age < 16 || age > 80)) {
            errors.put("youngAgeLimit", texts.error_young_age());
        }
        return new ShortlistRulesForm(values, Map.copyOf(errors));
    }

    /** The rules to store: the form's fields over the stored rules' per-key caps and reference date. */
    ShortlistRules toRules(ShortlistRules stored) {
        return new ShortlistRules(whole(value("maxPerUnit")), stored.unitCaps(), whole(value("maxPerIndustry")),
                stored.industryCaps(), whole(value("maxPerGroup")), stored.groupCaps(),
                minimum(value("womenCount"), value("womenShare")), minimum(value("youngCount"), value("youngShare")),
                whole(value("youngAgeLimit")), stored.ageReferenceDate());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private static ShortlistRules.MinimumRule minimum(String count, String share) {
        if (count.isEmpty() && share.isEmpty()) {
            return null;
        }
        return new ShortlistRules.MinimumRule(whole(count), share.isEmpty() ? null : share(share));
    }

    private static Integer whole(String value) {
        return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
    }

    /** A percentage typed as text, as a fraction of 1; null when it is not a number from 0 to 100. */
    private static BigDecimal share(String percent) {
        try {
            BigDecimal p = new BigDecimal(percent);
            return p.signum() < 0 || p.compareTo(HUNDRED) > 0 ? null : p.divide(HUNDRED).stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(HUNDRED).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static String text(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
