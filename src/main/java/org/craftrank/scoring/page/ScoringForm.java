package org.craftrank.scoring.page;

import org.craftrank.scoring.sheet.ScoreValue;
import org.craftrank.scoring.sheet.SheetContent;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the scoring form ({@code score.<code>}, {@code comment.<code>}, {@code overallComment}) into the same
 * {@link SheetContent} the JSON API produces, so the one set of rules ({@code SheetRules}) judges both. What the
 * expert typed is kept as typed, to be shown again beside an error.
 *
 * <p>Full-width digits and points (８．５), which Chinese input methods produce, are read as their ASCII
 * equivalents; anything else that is not a plain decimal is reported as {@code number}, never guessed at.
 */
public final class ScoringForm {

    public static final String SCORE = "score.";
    public static final String COMMENT = "comment.";
    public static final String OVERALL_COMMENT = "overallComment";

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,6}(\\.\\d{1,6})?");

    private ScoringForm() {
    }

    /**
     * @param entered  each item's score text as typed (blank items left out)
     * @param comments each item's comment as typed (blank ones left out)
     */
    public record Read(SheetContent content, Map<String, String> entered, Map<String, String> comments,
                       String overallComment) {
    }

    /** @param itemCodes the model's items; other fields (the CSRF token, buttons) are not the sheet's */
    public static Read read(Map<String, String> fields, List<String> itemCodes) {
        Map<String, ScoreValue> scores = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (String code : itemCodes) {
            String text = fields.get(SCORE + code);
            if (text != null && !text.isBlank()) {
                entered.put(code, text.strip());
                scores.put(code, score(text));
            }
            String comment = fields.get(COMMENT + code);
            if (comment != null && !comment.isBlank()) {
                comments.put(code, comment.strip());
            }
        }
        String overall = fields.get(OVERALL_COMMENT);
        String overallComment = overall == null || overall.isBlank() ? null : overall.strip();
        return new Read(new SheetContent(scores, comments, overallComment), entered, comments, overallComment);
    }

    static ScoreValue score(String text) {
        String normalised = halfWidth(text.strip());
        if (!DECIMAL.matcher(normalised).matches()) {
            return ScoreValue.notANumber();
        }
        return ScoreValue.of(new BigDecimal(normalised));
    }

    private static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '－') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
