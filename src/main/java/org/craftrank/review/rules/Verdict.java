package org.craftrank.review.rules;

import java.util.List;

/** A candidate's outcome with every reason behind it. */
public record Verdict(long candidateId, Outcome outcome, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    public static Verdict of(long candidateId, List<Finding> findings) {
        return new Verdict(candidateId, Outcome.of(findings), findings);
    }
}
