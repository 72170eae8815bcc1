package org.craftrank.ranking.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * BIAS_MODEL: fits {@code value = group mean + quality(candidate) + bias(expert) + noise} by least squares
 * ({@link AdditiveModelFit}) and scores each candidate {@code group mean + quality}: what an average expert of
 * its design group would have given it. Each expert's fitted bias is reported.
 * <p>
 * Quality and bias are identified only within a connected group of the expert–candidate design. When there is
 * more than one group the ranking still lists every candidate, but warns: across groups the fit can only assume
 * that each group's experts are unbiased on average. Computed in double; see {@link Decimals}.
 */
final class BiasModelAggregator implements MeasureAggregator {

    @Override
    public MeasureAggregation aggregate(ScoreTable table, Measure measure) {
        Index index = Index.of(table, measure);
        Map<String, CandidateValue> byCandidate = new LinkedHashMap<>();
        if (index.candidates.isEmpty()) {
            table.candidateIds().forEach(id -> byCandidate.put(id,
                    CandidateValue.unavailable(MeasureAggregator.noValuesReason(measure))));
            return new MeasureAggregation(byCandidate, List.of(), List.of(), List.of());
        }
        if (Math.min(index.candidates.size(), index.experts.size()) > AdditiveModelFit.DIRECT_SOLVE_LIMIT) {
            String reason = "design too large for the bias model: " + index.candidates.size() + " candidates × "
                    + index.experts.size() + " experts (limit " + AdditiveModelFit.DIRECT_SOLVE_LIMIT
                    + " on the smaller side)";
            table.candidateIds().forEach(id -> byCandidate.put(id, CandidateValue.unavailable(reason)));
            return new MeasureAggregation(byCandidate, measure.isTotal() ? List.of(reason) : List.of(), List.of(),
                    List.of());
        }
        AdditiveModelFit fit = AdditiveModelFit.fit(index.candidates.size(), index.experts.size(),
                index.candidateOf, index.expertOf, index.values);
        DesignGroups groups = fit.groups();

        for (String candidateId : table.candidateIds()) {
            Integer row = index.candidateRow.get(candidateId);
            if (row == null) {
                byCandidate.put(candidateId, CandidateValue.unavailable(MeasureAggregator.noValuesReason(measure)));
                continue;
            }
            double score = fit.groupMeanOfRow(row) + fit.rowEffect(row);
            List<String> notes = groups.connected() ? List.of()
                    : List.of("design group " + (groups.ofRow(row) + 1) + " of " + groups.count()
                    + ": comparable net of expert bias only within its group");
            List<EntryNote> codes = groups.connected() ? List.of()
                    : List.of(new EntryNote(EntryNote.Kind.DESIGN_GROUP, measure.isTotal() ? null
                    : measure.capabilityCode(), null, Integer.toString(groups.ofRow(row) + 1),
                    Integer.toString(groups.count())));
            byCandidate.put(candidateId,
                    new CandidateValue(Decimals.fromFloatingPoint(score), null, List.of(), notes, false, codes));
        }

        List<String> warnings = new ArrayList<>();
        List<ExpertBias> biases = new ArrayList<>();
        // Capabilities are scored on the same sheets, so the design and its warning belong to the total.
        if (measure.isTotal()) {
            if (!groups.connected()) {
                warnings.add(notConnectedWarning(index, groups));
            }
            for (int e = 0; e < index.experts.size(); e++) {
                biases.add(new ExpertBias(index.experts.get(e), fit.columnEffect(e), index.sheetsOfExpert[e],
                        groups.ofColumn(e) + 1));
            }
        }
        return new MeasureAggregation(byCandidate, warnings, List.of(), biases);
    }

    private static String notConnectedWarning(Index index, DesignGroups groups) {
        int[] candidateCount = new int[groups.count()];
        for (int r = 0; r < index.candidates.size(); r++) {
            candidateCount[groups.ofRow(r)]++;
        }
        List<List<String>> expertsOfGroup = new ArrayList<>();
        for (int g = 0; g < groups.count(); g++) {
            expertsOfGroup.add(new ArrayList<>());
        }
        for (int e = 0; e < index.experts.size(); e++) {
            expertsOfGroup.get(groups.ofColumn(e)).add(index.experts.get(e));
        }
        StringJoiner detail = new StringJoiner("; ");
        for (int g = 0; g < groups.count(); g++) {
            detail.add("group " + (g + 1) + ": " + candidateCount[g] + " candidates, experts "
                    + String.join(", ", expertsOfGroup.get(g)));
        }
        return "design not connected: the experts and candidates fall into " + groups.count()
                + " groups with no expert in common (" + detail + "). Scores are comparable net of expert bias "
                + "only within a group; across groups the bias model assumes each group's experts are unbiased "
                + "on average.";
    }

    /** Candidates and experts with a value for the measure, numbered in id order, and the values as arrays. */
    private static final class Index {
        final List<String> candidates = new ArrayList<>();
        final List<String> experts = new ArrayList<>();
        final Map<String, Integer> candidateRow = new HashMap<>();
        int[] candidateOf;
        int[] expertOf;
        double[] values;
        int[] sheetsOfExpert;

        static Index of(ScoreTable table, Measure measure) {
            Index index = new Index();
            Map<String, Integer> expertColumn = new HashMap<>();
            for (String expertId : table.expertIds()) {
                if (!table.observationsOfExpert(expertId, measure).isEmpty()) {
                    expertColumn.put(expertId, index.experts.size());
                    index.experts.add(expertId);
                }
            }
            List<Observation> all = new ArrayList<>();
            for (String candidateId : table.candidateIds()) {
                List<Observation> observations = table.observationsOfCandidate(candidateId, measure);
                if (!observations.isEmpty()) {
                    index.candidateRow.put(candidateId, index.candidates.size());
                    index.candidates.add(candidateId);
                    all.addAll(observations);
                }
            }
            index.candidateOf = new int[all.size()];
            index.expertOf = new int[all.size()];
            index.values = new double[all.size()];
            index.sheetsOfExpert = new int[index.experts.size()];
            for (int k = 0; k < all.size(); k++) {
                Observation o = all.get(k);
                index.candidateOf[k] = index.candidateRow.get(o.candidateId());
                index.expertOf[k] = expertColumn.get(o.expertId());
                index.values[k] = o.points();
                index.sheetsOfExpert[index.expertOf[k]]++;
            }
            return index;
        }
    }
}
