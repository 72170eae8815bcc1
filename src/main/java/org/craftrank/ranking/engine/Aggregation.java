package org.craftrank.ranking.engine;

/**
 * How one candidate's sheets are combined into one score. Mirrors the campaign setting of the same name; the
 * engine keeps its own copy so that it depends on nothing outside plain Java.
 */
public enum Aggregation {
    /** Arithmetic mean; exact. */
    MEAN(true),
    /** Mean after dropping the k highest and k lowest totals (去掉最高分和最低分); exact. */
    TRIMMED_MEAN(true),
    /** Middle value, or the mean of the two middle values; exact. */
    MEDIAN(true),
    /** Each expert's totals standardised over the candidates that expert scored; floating point. */
    Z_SCORE(false),
    /** Least-squares fit of score = mean + candidate quality + expert bias; floating point. */
    BIAS_MODEL(false);

    private final boolean exact;

    Aggregation(boolean exact) {
        this.exact = exact;
    }

    /** Whether scores are exact fractions of the stored totals rather than floating-point estimates. */
    public boolean isExact() {
        return exact;
    }
}
