package org.craftrank.review;

/** What the secretariat decided on a formal review result. */
public enum ReviewDecision {
    /** The result stands: PASS or WARN enters scoring, FAIL stays out. */
    CONFIRMED,
    /** The result is reversed, with a reason: a FAIL enters scoring, a PASS or WARN stays out. */
    OVERRIDDEN
}
