package org.craftrank.review.rules;

import org.craftrank.model.definition.RuleSeverity;

/** A finding about a recommending unit as a whole (e.g. fewer nominations than its quota rule asks for). */
public record UnitNotice(long unitId, String rule, RuleSeverity severity, String message) {
}
