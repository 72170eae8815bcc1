package org.craftrank.review.rules;

import org.craftrank.model.definition.RuleSeverity;

import java.util.Collection;

/** The result of the formal review (形式审查) for one candidate. */
public enum Outcome {
    /** Every rule holds. */
    PASS,
    /** Only advisory rules are broken: the candidate passes, with something for the secretariat to look at. */
    WARN,
    /** At least one rule excludes the candidate. */
    FAIL;

    /** The worst of the findings: any failure fails, any warning warns. */
    public static Outcome of(Collection<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == RuleSeverity.FAIL)) {
            return FAIL;
        }
        return findings.isEmpty() ? PASS : WARN;
    }
}
