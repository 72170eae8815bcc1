package org.craftrank.scoring.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.text.TextRules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sheet body: {@code {"items": {"LEAD1": {"score": 8.5, "comment": "…"}, …}, "overallComment": "…"}}.
 *
 * <p>Read by hand rather than bound to a record so that a bad score is reported against its item code: a
 * string, {@code NaN} (accepted by this reader only so it can be named) or a boolean each become a field error
 * on {@code items.<code>.score}. Decimals are read exactly (no binary floating point), so 0.1 stays 0.1.
 */
public final class SheetBodyReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> TOP_FIELDS = Set.of("items", "overallComment");
    private static final Set<String> ITEM_FIELDS = Set.of("score", "comment");

    private SheetBodyReader() {
    }

    /** @return the content, or null for an empty body */
    public static SheetContent read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("", "json", "the request body is not well-formed JSON");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw InvalidInputException.of("", "json", "the request body must be a JSON object");
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!TOP_FIELDS.contains(f)) {
                errors.add(new FieldError(f, "known-field", "unknown field '" + f + "'"));
            }
        });
        Map<String, ScoreValue> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        JsonNode items = root.path("items");
        if (!items.isMissingNode() && !items.isNull() && !items.isObject()) {
            errors.add(new FieldError("items", "type", "items: must be an object keyed by item code"));
        } else if (items.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> item = it.next();
                readItem(item.getKey(), item.getValue(), scores, comments, errors);
            }
        }
        JsonNode overall = root.path("overallComment");
        if (!overall.isMissingNode() && !overall.isNull() && !overall.isTextual()) {
            errors.add(new FieldError("overallComment", "type", "overallComment: must be text"));
        } else if (overall.isTextual()) {
            checkText("overallComment", overall.asText(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SheetContent(scores, comments, overall.isTextual() ? overall.asText() : null);
    }

    private static void readItem(String code, JsonNode node, Map<String, ScoreValue> scores,
                                 Map<String, String> comments, List<FieldError> errors) {
        String field = "items." + code;
        if (!node.isObject()) {
            errors.add(new FieldError(field, "type", field + ": must be an object like {\"score\": 8.5}"));
            return;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!ITEM_FIELDS.contains(f)) {
                errors.add(new FieldError(field + "." + f, "known-field", "unknown field '" + field + "." + f + "'"));
            }
        });
        scores.put(code, scoreOf(node.path("score")));
        JsonNode comment = node.path("comment");
        if (comment.isTextual()) {
            checkText(field + ".comment", comment.asText(), errors);
            comments.put(code, comment.asText());
        } else if (!comment.isMissingNode() && !comment.isNull()) {
            errors.add(new FieldError(field + ".comment", "type", field + ".comment: must be text"));
        }
    }

    private static void checkText(String field, String text, List<FieldError> errors) {
        TextRules.violation(text).ifPresent(rule -> errors.add(new FieldError(field, rule,
                TextRules.message(field, rule))));
    }

    static ScoreValue scoreOf(JsonNode score) {
        if (score.isMissingNode() || score.isNull()) {
            return ScoreValue.absent();
        }
        if (!score.isNumber()) {
            return ScoreValue.notANumber();
        }
        if ((score.isDouble() || score.isFloat()) && !Double.isFinite(score.doubleValue())) {
            return ScoreValue.notFinite();
        }
        return ScoreValue.of(score.decimalValue());
    }
}
