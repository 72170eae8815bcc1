package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.apache.commons.numbers.fraction.BigFraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MEAN, TRIMMED_MEAN and MEDIAN: per candidate, over that candidate's own sheets only; exact. */
final class ExactAggregator implements MeasureAggregator {

    /** Ascending by value; equal values by expert id, which decides whose copy a trim names. */
    private static final Comparator<Observation> ASCENDING = Comparator.comparingLong(Observation::units)
            .thenComparing(Observation::expertId, IdOrder.NATURAL);

    private final AggregationMethod method;
    private final int trimCount;

    ExactAggregator(AggregationMethod method, int trimCount) {
        if (!method.isExact()) {
            throw new IllegalArgumentException(method + " is not an exact method");
        }
        this.method = method;
        this.trimCount = trimCount;
    }

    @Override
    public MeasureAggregation aggregate(ScoreTable table, Measure measure) {
        Map<String, CandidateValue> byCandidate = new LinkedHashMap<>();
        for (String candidateId : table.candidateIds()) {
            // A trim names whose values it dropped, so it needs the observations; a mean or a median the numbers.
            byCandidate.put(candidateId, method == AggregationMethod.TRIMMED_MEAN
                    ? trimmed(table, table.observationsOfCandidate(candidateId, measure), measure)
                    : meanOrMedian(table, table.unitsOfCandidate(candidateId, measure), measure));
        }
        return new MeasureAggregation(byCandidate, List.of(), List.of(), List.of());
    }

    /** MEAN and MEDIAN need the values only. */
    private CandidateValue meanOrMedian(ScoreTable table, long[] units, Measure measure) {
        if (units.length == 0) {
            return CandidateValue.unavailable(MeasureAggregator.noValuesReason(measure));
        }
        return CandidateValue.of(method == AggregationMethod.MEAN ? ExactAverages.mean(table, units)
                : ExactAverages.median(table, units));
    }

    /** TRIMMED_MEAN names whose values it dropped, so it takes the observations with their experts. */
    private CandidateValue trimmed(ScoreTable table, List<Observation> observations, Measure measure) {
        if (observations.isEmpty()) {
            return CandidateValue.unavailable(MeasureAggregator.noValuesReason(measure));
        }
        List<Observation> ascending = new ArrayList<>(observations);
        ascending.sort(ASCENDING);
        return trimmedMean(table, ascending);
    }

    /**
     * Drops the k lowest and k highest values — one copy per slot, so with totals 80, 90, 90, 90 and k = 1 one 90
     * is dropped, not all three — and averages the rest.
     */
    private CandidateValue trimmedMean(ScoreTable table, List<Observation> ascending) {
        int n = ascending.size();
        int needed = 2 * trimCount + 1;
        if (n < needed) {
            return CandidateValue.unavailable("TRIMMED_MEAN with k=" + trimCount + " needs at least " + needed
                    + " (2k+1) submitted sheets, has " + n);
        }
        List<TrimmedScore> trimmed = new ArrayList<>(2 * trimCount);
        for (Observation low : ascending.subList(0, trimCount)) {
            trimmed.add(new TrimmedScore(low.expertId(), table.exact(low.units()), TrimmedScore.Side.LOWEST));
        }
        for (Observation high : ascending.subList(n - trimCount, n)) {
            trimmed.add(new TrimmedScore(high.expertId(), table.exact(high.units()), TrimmedScore.Side.HIGHEST));
        }
        BigFraction mean = ExactAverages.mean(table, ExactAverages.units(ascending.subList(trimCount, n - trimCount)));
        return new CandidateValue(mean, null, trimmed, List.of(), false);
    }
}
