package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Orders a group of candidates whose aggregated scores are equal, by the campaign's tie-break steps in turn.
 * Each step splits the group into subgroups by its own value (higher first); each subgroup still holding more
 * than one candidate goes on to the next step. What is left after the last step is a tie class: its candidates
 * share a rank and the committee decides between them. Within a tie class candidates are listed in
 * {@link IdOrder}, which carries no meaning.
 * <p>
 * HIGHER_RANKED_COUNT is computed within the subgroup that reaches it, so it always compares exactly the
 * candidates still tied at that point.
 */
final class TieBreakCascade {

    private final List<TieBreakStep> steps;
    private final ScoreTable table;
    private final Map<String, Map<String, BigFraction>> capabilityScores;
    private final Map<String, BigFraction> medianTotals = new HashMap<>();
    /** For each boundary between two subgroups, the step that drew it, keyed by the candidate above it. */
    private final Map<String, Split> splitBelow = new HashMap<>();

    /** The step that separated {@code upper} (ordered first) from {@code lower}, with both values shown. */
    record Split(String upper, String lower, TieBreakStep step, String upperValue, String lowerValue) {
    }

    TieBreakCascade(List<TieBreakStep> steps, ScoreTable table,
                    Map<String, Map<String, BigFraction>> capabilityScores) {
        this.steps = List.copyOf(steps);
        this.table = table;
        this.capabilityScores = capabilityScores;
    }

    /** The tie classes of the group, best first. */
    List<List<String>> order(List<String> tiedOnScore) {
        return order(tiedOnScore, 0);
    }

    /** The split drawn just below this candidate, if one was. */
    Split splitBelow(String candidateId) {
        return splitBelow.get(candidateId);
    }

    List<TieBreakStep> steps() {
        return steps;
    }

    private List<List<String>> order(List<String> group, int stepIndex) {
        if (group.size() == 1) {
            return List.of(group);
        }
        if (stepIndex == steps.size()) {
            List<String> tieClass = new ArrayList<>(group);
            tieClass.sort(IdOrder.NATURAL);
            return List.of(Collections.unmodifiableList(tieClass));
        }
        TieBreakStep step = steps.get(stepIndex);
        Map<String, BigFraction> keys = keys(step, group);
        List<List<String>> result = new ArrayList<>();
        for (List<String> subgroup : splitDescending(group, keys)) {
            List<List<String>> ordered = order(subgroup, stepIndex + 1);
            if (!result.isEmpty()) {
                List<String> previousClass = result.get(result.size() - 1);
                String upper = previousClass.get(previousClass.size() - 1);
                String lower = ordered.get(0).get(0);
                splitBelow.put(upper, new Split(upper, lower, step, Decimals.shown(keys.get(upper)),
                        Decimals.shown(keys.get(lower))));
            }
            result.addAll(ordered);
        }
        return result;
    }

    /** Higher key first; a missing key (no capability score) sorts below every number. */
    private static List<List<String>> splitDescending(List<String> group, Map<String, BigFraction> keys) {
        Map<BigFraction, List<String>> byKey = new TreeMap<>((a, b) -> ExactOrder.compare(b, a));
        // TreeMap cannot hold a null key; keep the candidates without a value aside, they come last.
        List<String> withoutKey = new ArrayList<>();
        for (String candidateId : group) {
            BigFraction key = keys.get(candidateId);
            if (key == null) {
                withoutKey.add(candidateId);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidateId);
            }
        }
        List<List<String>> subgroups = new ArrayList<>(byKey.values());
        if (!withoutKey.isEmpty()) {
            subgroups.add(withoutKey);
        }
        return subgroups;
    }

    private Map<String, BigFraction> keys(TieBreakStep step, List<String> group) {
        return switch (step.kind()) {
            case CAPABILITY -> {
                Map<String, BigFraction> keys = new HashMap<>();
                for (String id : group) {
                    keys.put(id, capabilityScores.getOrDefault(id, Map.of()).get(step.capabilityCode()));
                }
                yield keys;
            }
            case MEDIAN -> group.stream().collect(Collectors.toMap(id -> id, this::medianTotal));
            case HIGHER_RANKED_COUNT -> headToHeadWins(group);
        };
    }

    private BigFraction medianTotal(String candidateId) {
        return medianTotals.computeIfAbsent(candidateId, id -> ExactAverages.median(table,
                table.unitsOfCandidate(id, Measure.TOTAL)));
    }

    /**
     * For each candidate, the number of (expert, other candidate of the group) pairs where the expert scored
     * both and gave this candidate the strictly higher total. Per expert the group's totals are sorted once, so
     * a large group costs n log n rather than n².
     */
    private Map<String, BigFraction> headToHeadWins(List<String> group) {
        Set<String> members = new HashSet<>(group);
        Map<String, List<Long>> totalsByExpert = new HashMap<>();
        for (String candidateId : members) {
            for (Observation sheet : table.observationsOfCandidate(candidateId, Measure.TOTAL)) {
                totalsByExpert.computeIfAbsent(sheet.expertId(), e -> new ArrayList<>()).add(sheet.units());
            }
        }
        totalsByExpert.values().forEach(Collections::sort);
        Map<String, BigFraction> wins = new HashMap<>();
        for (String candidateId : group) {
            long count = 0;
            for (Observation sheet : table.observationsOfCandidate(candidateId, Measure.TOTAL)) {
                count += countBelow(totalsByExpert.get(sheet.expertId()), sheet.units());
            }
            wins.put(candidateId, BigFraction.of(count));
        }
        return wins;
    }

    /** How many values of the ascending list are strictly below {@code value}. */
    private static int countBelow(List<Long> ascending, long value) {
        int low = 0;
        int high = ascending.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending.get(mid) < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
