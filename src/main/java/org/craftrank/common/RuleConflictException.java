package org.craftrank.common;

/**
 * A well-formed request that the current state forbids (illegal phase move, quota reached, object in use):
 * 409 naming the rule.
 */
public class RuleConflictException extends RuntimeException {

    private final String rule;

    public RuleConflictException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
