package org.craftrank.campaign;

/** How the experts' totals for one candidate are combined (汇总评分); the ranking engine implements them. */
public enum AggregationMethod {
    MEAN, TRIMMED_MEAN, MEDIAN, Z_SCORE, BIAS_MODEL
}
