package org.craftrank.scoring.page;

import org.craftrank.common.FieldError;
import org.craftrank.scoring.sheet.SheetRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheet rules' field errors ({@code items.LEAD1.score} / {@code in-range}) as sentences in the page's
 * language, keyed by field. A rule without a translation keeps the service's own sentence.
 */
final class SheetErrorWording {

    private SheetErrorWording() {
    }

    static Map<String, String> of(List<FieldError> errors, ExpertMsg texts, SheetPage.Scale scale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.putIfAbsent(e.field(), switch (e.rule()) {
                case "in-range" -> texts.error_in_range(scale.min(), scale.max());
                case "on-step" -> texts.error_on_step(scale.step());
                case "number", "finite" -> texts.error_number();
                case "required" -> texts.error_required();
                case "max-length" -> texts.error_too_long(e.field().equals("overallComment")
                        ? SheetRules.MAX_OVERALL_COMMENT : SheetRules.MAX_ITEM_COMMENT);
                default -> e.message();
            });
        }
        return byField;
    }
}
