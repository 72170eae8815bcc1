package org.craftrank.scoring.sheet;

import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.FieldError;
import org.craftrank.model.definition.ScoreScale;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks item scores against the campaign's frozen model. Every broken rule is reported with the item's code
 * as the field ({@code items.LEAD1.score}), so the form can mark the exact box.
 */
public final class SheetRules {

    /** Experts write sheets only while the campaign scores; services, pages and the work list all read this. */
    public static final Set<CampaignPhase> WRITABLE_PHASES = EnumSet.of(CampaignPhase.SCORING);
    /** The longest comment on one item, in characters (request checks, the form's {@code maxlength}). */
    public static final int MAX_ITEM_COMMENT = 1000;
    /** The longest overall comment of a sheet, in characters. */
    public static final int MAX_OVERALL_COMMENT = 2000;
    /** The longest reason the secretariat may give for reopening a submitted sheet. */
    public static final int MAX_REOPEN_REASON = 500;

    private final ScoringModel model;

    public SheetRules(ScoringModel model) {
        this.model = model;
    }

    /**
     * @param submitting on submit every item must have a score; a draft may be partial
     */
    public List<FieldError> check(Map<String, ScoreValue> scores, Map<String, String> comments, boolean submitting) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = model.subIndicators().map(SubIndicator::code).collect(Collectors.toSet());
        Set<String> sent = new java.util.TreeSet<>(scores.keySet());
        sent.addAll(comments.keySet());
        sent.stream().filter(code -> !known.contains(code)).forEach(code ->
                errors.add(new FieldError("items." + code, "known-item",
                        "items." + code + ": the campaign's model has no item " + code)));
        model.subIndicators().forEach(item -> {
            String field = "items." + item.code() + ".score";
            ScoreValue value = scores.getOrDefault(item.code(), ScoreValue.absent());
            if (value.problem() != null) {
                errors.add(new FieldError(field, value.problem(), field + ": "
                        + (value.problem().equals("finite") ? "NaN and infinities are not scores"
                        : "must be a JSON number, not a string or other value")));
            } else if (value.value() == null) {
                if (submitting) {
                    errors.add(new FieldError(field, "required", field + ": every item needs a score to submit"));
                }
            } else {
                checkScale(field, value.value(), errors);
            }
            String comment = comments.get(item.code());
            if (comment != null && comment.length() > MAX_ITEM_COMMENT) {
                errors.add(new FieldError("items." + item.code() + ".comment", "max-length",
                        "items." + item.code() + ".comment: at most " + MAX_ITEM_COMMENT + " characters"));
            }
        });
        return errors;
    }

    private void checkScale(String field, BigDecimal score, List<FieldError> errors) {
        ScoreScale scale = model.scale();
        if (score.compareTo(scale.min()) < 0 || score.compareTo(scale.max()) > 0) {
            errors.add(new FieldError(field, "in-range", field + ": " + score.toPlainString() + " is outside "
                    + scale.min().toPlainString() + "–" + scale.max().toPlainString()));
        } else if (!scale.admits(score)) {
            errors.add(new FieldError(field, "on-step", field + ": " + score.toPlainString()
                    + " is not on the scale's step of " + scale.step().toPlainString()));
        }
    }
}
