package org.craftrank.ranking.engine;

/** One aggregation method, applied to one measure (the total or a capability) of every candidate. */
interface MeasureAggregator {

    MeasureAggregation aggregate(ScoreTable table, Measure measure);

    static MeasureAggregator of(RankingRequest request) {
        return switch (request.aggregation()) {
            case MEAN, TRIMMED_MEAN, MEDIAN -> new ExactAggregator(request.aggregation(), request.trimCount());
            case Z_SCORE -> new ZScoreAggregator();
            case BIAS_MODEL -> new BiasModelAggregator();
        };
    }

    static String noValuesReason(Measure measure) {
        return measure.isTotal() ? "no submitted sheets"
                : "no submitted sheet has a total for capability " + measure.capabilityCode();
    }
}
