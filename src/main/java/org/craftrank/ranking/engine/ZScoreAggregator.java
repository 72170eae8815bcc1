package org.craftrank.ranking.engine;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Z_SCORE: removes each expert's personal scale. Each expert's values are standardised over the candidates that
 * expert scored ({@code z = (x − expert mean) / expert sample SD}), each candidate gets the mean of its z-scores,
 * and that mean is put back on the panel's scale ({@code panel mean + panel SD × mean z}, mean and sample SD of all
 * raw values) so the score reads like a total.
 * <p>
 * An expert with fewer than {@value #MINIMUM_SHEETS} sheets, or whose values are all equal, has no usable scale:
 * a mean and SD from two sheets say little about a person's habits, and zero spread cannot be divided by. Such an
 * expert is left out of the standardisation and reported. Their sheets are then simply left out of the candidates'
 * averages — the candidates keep the z-scores of their other experts. Only when none of a candidate's experts could
 * be standardised does the candidate's exact raw mean stand in (flagged), because leaving it without a score would
 * drop it from the ranking over a property of its experts.
 * <p>
 * The ranking is unchanged when one expert's values are changed to {@code a·x + b} with {@code a > 0}: that
 * expert's z-scores are the same. The displayed scores move by one common affine map, because the panel's mean and
 * SD include that expert's raw values. Computed in double; see {@link Decimals}.
 */
final class ZScoreAggregator implements MeasureAggregator {

    static final int MINIMUM_SHEETS = 3;

    private record Scale(double mean, double standardDeviation) {
        double standardise(double x) {
            return (x - mean) / standardDeviation;
        }
    }

    @Override
    public MeasureAggregation aggregate(ScoreTable table, Measure measure) {
        Map<String, Scale> scales = new HashMap<>();
        Map<String, Why> unusable = new LinkedHashMap<>();
        for (String expertId : table.expertIds()) {
            List<Observation> observations = table.observationsOfExpert(expertId, measure);
            if (observations.isEmpty()) {
                continue;
            }
            Why reason = whyNoScale(table, observations);
            if (reason == null) {
                double[] values = doubles(observations);
                scales.put(expertId, new Scale(new Mean().evaluate(values), new StandardDeviation().evaluate(values)));
            } else {
                unusable.put(expertId, reason);
            }
        }
        Scale panel = panelScale(table, measure);

        Map<String, CandidateValue> byCandidate = new LinkedHashMap<>();
        for (String candidateId : table.candidateIds()) {
            byCandidate.put(candidateId,
                    aggregate(table, table.observationsOfCandidate(candidateId, measure), measure, scales, unusable, panel));
        }
        List<ExpertExclusion> exclusions = new ArrayList<>();
        unusable.forEach((expertId, reason) -> exclusions.add(new ExpertExclusion(expertId, measure.label(),
                reason.text())));
        return new MeasureAggregation(byCandidate, List.of(), exclusions, List.of());
    }

    private static CandidateValue aggregate(ScoreTable table, List<Observation> observations, Measure measure, Map<String, Scale> scales,
                                            Map<String, Why> unusable, Scale panel) {
        if (observations.isEmpty()) {
            return CandidateValue.unavailable(MeasureAggregator.noValuesReason(measure));
        }
        List<Double> zScores = new ArrayList<>();
        List<Observation> unstandardised = new ArrayList<>();
        for (Observation o : observations) {
            Scale scale = scales.get(o.expertId());
            if (scale == null) {
                unstandardised.add(o);
            } else {
                zScores.add(scale.standardise(o.points()));
            }
        }
        if (zScores.isEmpty()) {
            return new CandidateValue(ExactAverages.mean(table, ExactAverages.units(observations)),
                    null, List.of(), List.of("none of its experts could be standardised for " + measure.label()
                    + "; its raw mean stands in"), true,
                    List.of(new EntryNote(EntryNote.Kind.RAW_MEAN_STANDS_IN, capability(measure), null, null, null)));
        }
        double meanZ = new Mean().evaluate(zScores.stream().mapToDouble(Double::doubleValue).toArray());
        List<String> notes = new ArrayList<>();
        List<EntryNote> codes = new ArrayList<>();
        for (Observation o : unstandardised) {
            Why why = unusable.get(o.expertId());
            notes.add("expert " + o.expertId() + "'s " + measure.label() + " left out of the z-score average: "
                    + why.text());
            codes.add(new EntryNote(why.kind(), capability(measure), o.expertId(), why.value(), why.of()));
        }
        double onPanelScale = panel.mean() + panel.standardDeviation() * meanZ;
        return new CandidateValue(Decimals.fromFloatingPoint(onPanelScale), null, List.of(), notes, false, codes);
    }

    /** Why an expert has no usable scale: English text, and the note's code and parameters. */
    private record Why(EntryNote.Kind kind, String text, String value, String of) {
    }

    private static String capability(Measure measure) {
        return measure.isTotal() ? null : measure.capabilityCode();
    }

    private static Why whyNoScale(ScoreTable table, List<Observation> observations) {
        if (observations.size() < MINIMUM_SHEETS) {
            return new Why(EntryNote.Kind.LEFT_OUT_TOO_FEW_SHEETS, "fewer than " + MINIMUM_SHEETS + " sheets ("
                    + observations.size() + ")", Integer.toString(observations.size()),
                    Integer.toString(MINIMUM_SHEETS));
        }
        long first = observations.get(0).units();
        // Checked on the exact values: in double, n equal values can show a spread of 1e-14 and blow up.
        if (observations.stream().allMatch(o -> o.units() == first)) {
            String value = Decimals.shown(table.exact(first));
            return new Why(EntryNote.Kind.LEFT_OUT_NO_SPREAD, "no spread: every value is " + value, value, null);
        }
        return null;
    }

    /** Mean and sample SD of every raw value of the measure; SD 0 when there are fewer than two. */
    private static Scale panelScale(ScoreTable table, Measure measure) {
        List<Double> all = new ArrayList<>(table.sheetCount());
        for (String candidateId : table.candidateIds()) {
            for (Observation o : table.observationsOfCandidate(candidateId, measure)) {
                all.add(o.points());
            }
        }
        double[] values = all.stream().mapToDouble(Double::doubleValue).toArray();
        if (values.length == 0) {
            return new Scale(0, 0);
        }
        double sd = values.length < 2 ? 0 : new StandardDeviation().evaluate(values);
        return new Scale(new Mean().evaluate(values), sd);
    }

    private static double[] doubles(List<Observation> observations) {
        return observations.stream().mapToDouble(Observation::points).toArray();
    }
}
