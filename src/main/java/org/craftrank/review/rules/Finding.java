package org.craftrank.review.rules;

import org.craftrank.model.definition.RuleSeverity;

/**
 * One broken eligibility rule for one candidate.
 *
 * @param rule     stable slug, e.g. {@code shop-floor-years}
 * @param message  what is wrong, in the words the secretariat works in
 * @param basis    the notice's verbatim text the rule comes from; null when the model quotes none
 */
public record Finding(String rule, RuleSeverity severity, String message, String basis) {
}
