package org.craftrank.model.definition;

/**
 * How the experts' totals for one candidate are combined into one score (汇总评分). One vocabulary for the
 * campaign's setting, the ranking engine that implements each method, the API and the pages.
 */
public enum AggregationMethod {
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

    AggregationMethod(boolean exact) {
        this.exact = exact;
    }

    /** Whether scores are exact fractions of the stored totals rather than floating-point estimates. */
    public boolean isExact() {
        return exact;
    }
}
