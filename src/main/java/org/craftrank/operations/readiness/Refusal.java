package org.craftrank.operations.readiness;

/**
 * One reason not to start: the property (or the state) at fault and what to do about it. Never carries a
 * configured value, because the message ends up in the log.
 */
public record Refusal(String property, String reason) {

    @Override
    public String toString() {
        return property + ": " + reason;
    }
}
