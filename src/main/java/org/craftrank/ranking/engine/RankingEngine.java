package org.craftrank.ranking.engine;

import org.craftrank.model.definition.AggregationMethod;
import org.apache.commons.numbers.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns submitted sheets into a ranking: aggregates each candidate's totals (and each capability) by the
 * campaign's method, orders by score, breaks ties by the campaign's cascade, and explains every entry.
 * <p>
 * The result depends only on the set of sheets, never on their order: sheets are indexed in id order before any
 * arithmetic (see {@link ScoreTable}), so even floating-point sums are taken in the same order every time.
 * Stateless; all methods are safe to call concurrently.
 */
public final class RankingEngine {

    private RankingEngine() {
    }

    /**
     * Ranks the candidates that have at least one sheet.
     *
     * @throws IllegalArgumentException when an expert has two sheets for the same candidate
     */
    public static Ranking rank(List<SheetScore> sheets, RankingRequest request) {
        return rank(sheets, Map.of(), request);
    }

    /**
     * Ranks the candidates that have at least one sheet, and flags those with fewer submitted sheets than assigned
     * experts ({@link EntryFlag#FEWER_SHEETS_THAN_ASSIGNED}).
     *
     * @param assignedSheets per candidate, the number of experts assigned to it; candidates not in the map are not
     *                       checked
     * @throws IllegalArgumentException when an expert has two sheets for the same candidate
     */
    public static Ranking rank(List<SheetScore> sheets, Map<String, Integer> assignedSheets,
                               RankingRequest request) {
        return rank(ScoreTable.of(sheets), assignedSheets, request);
    }

    /** As {@link #rank(List, Map, RankingRequest)}, from the sheets' columns (the same result, much less work). */
    public static Ranking rank(ExactSheets sheets, Map<String, Integer> assignedSheets, RankingRequest request) {
        return rank(ScoreTable.of(sheets), assignedSheets, request);
    }

    private static Ranking rank(ScoreTable table, Map<String, Integer> assignedSheets, RankingRequest request) {
        MeasureAggregator aggregator = MeasureAggregator.of(request);
        MeasureAggregation totals = aggregator.aggregate(table, Measure.TOTAL);
        Map<String, MeasureAggregation> capabilities = new LinkedHashMap<>();
        for (String code : table.capabilityCodes()) {
            capabilities.put(code, aggregator.aggregate(table, Measure.capability(code)));
        }
        Map<String, Map<String, BigFraction>> capabilityValues = capabilityValues(table, capabilities);

        TieBreakCascade cascade = new TieBreakCascade(request.tieBreakSteps(), table, capabilityValues);
        List<List<String>> tieClasses = new ArrayList<>();
        for (List<String> tiedOnScore : groupsOfEqualScore(table, totals)) {
            tieClasses.addAll(cascade.order(tiedOnScore));
        }

        List<RankingEntry> entries = new ArrayList<>();
        int position = 1;
        for (List<String> tieClass : tieClasses) {
            for (String candidateId : tieClass) {
                entries.add(entry(candidateId, position, table, totals, capabilityValues, tieClass,
                        assignedSheets.get(candidateId)));
            }
            position += tieClass.size();
        }
        linkDecisionsBetweenNeighbours(entries, tieClasses, cascade);
        // Candidates without a score cannot be placed by it; they follow, in id order, with their reason.
        for (String candidateId : table.candidateIds()) {
            if (!totals.of(candidateId).available()) {
                entries.add(entry(candidateId, null, table, totals, capabilityValues, List.of(candidateId),
                        assignedSheets.get(candidateId)));
            }
        }

        Set<String> warnings = new LinkedHashSet<>(totals.warnings());
        List<ExpertExclusion> exclusions = new ArrayList<>(totals.exclusions());
        capabilities.values().forEach(c -> {
            warnings.addAll(c.warnings());
            exclusions.addAll(c.exclusions());
        });
        int trimCount = request.aggregation() == AggregationMethod.TRIMMED_MEAN ? request.trimCount() : 0;
        return new Ranking(request.aggregation(), trimCount, entries, List.copyOf(warnings), exclusions,
                totals.biases());
    }

    /**
     * Ranks the same sheets under every method (with the request's k and tie-break steps) and lists, per
     * candidate, its rank under each and the largest difference between them — candidates whose position depends
     * most on the method come first.
     */
    public static MethodComparison compareMethods(List<SheetScore> sheets, RankingRequest request) {
        return compareMethods(ScoreTable.of(sheets), request);
    }

    /** As {@link #compareMethods(List, RankingRequest)}, from the sheets' columns. */
    public static MethodComparison compareMethods(ExactSheets sheets, RankingRequest request) {
        return compareMethods(ScoreTable.of(sheets), request);
    }

    private static MethodComparison compareMethods(ScoreTable table, RankingRequest request) {
        Map<AggregationMethod, Ranking> rankings = new EnumMap<>(AggregationMethod.class);
        for (AggregationMethod aggregation : AggregationMethod.values()) {
            rankings.put(aggregation, rank(table, Map.of(), request.withAggregation(aggregation)));
        }
        Map<String, Map<AggregationMethod, Integer>> ranksByCandidate = new LinkedHashMap<>();
        rankings.forEach((aggregation, ranking) -> ranking.entries().forEach(entry -> ranksByCandidate
                .computeIfAbsent(entry.candidateId(), id -> new EnumMap<>(AggregationMethod.class))
                .put(aggregation, entry.rank())));
        List<CandidateMethodRanks> rows = new ArrayList<>();
        ranksByCandidate.forEach((candidateId, ranks) -> rows.add(new CandidateMethodRanks(candidateId, ranks)));
        rows.sort(Comparator.comparingInt(CandidateMethodRanks::largestRankChange).reversed()
                .thenComparing(r -> r.ranks().get(AggregationMethod.MEAN), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CandidateMethodRanks::candidateId, IdOrder.NATURAL));
        return new MethodComparison(rows, rankings);
    }

    private static Map<String, Map<String, BigFraction>> capabilityValues(
            ScoreTable table, Map<String, MeasureAggregation> capabilities) {
        Map<String, Map<String, BigFraction>> values = new HashMap<>();
        for (String candidateId : table.candidateIds()) {
            Map<String, BigFraction> ofCandidate = new TreeMap<>();
            capabilities.forEach((code, aggregation) -> ofCandidate.put(code, aggregation.of(candidateId).value()));
            values.put(candidateId, ofCandidate);
        }
        return values;
    }

    /** Scored candidates, best first, grouped where scores are exactly equal. */
    private static List<List<String>> groupsOfEqualScore(ScoreTable table, MeasureAggregation totals) {
        List<Scored> scored = new ArrayList<>(table.candidateIds().size());
        for (String candidateId : table.candidateIds()) {
            CandidateValue value = totals.of(candidateId);
            if (value.available()) {
                scored.add(new Scored(candidateId, value.value()));
            }
        }
        // The table lists candidates in id order and the sort is stable, so equal scores stay in id order.
        scored.sort((a, b) -> ExactOrder.compare(b.score(), a.score()));
        List<List<String>> groups = new ArrayList<>();
        BigFraction previous = null;
        for (Scored candidate : scored) {
            if (previous == null || ExactOrder.compare(candidate.score(), previous) != 0) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(candidate.candidateId());
            previous = candidate.score();
        }
        return groups;
    }

    /** A candidate beside its score, so sorting looks each score up once rather than once per comparison. */
    private record Scored(String candidateId, BigFraction score) {
    }

    private static RankingEntry entry(String candidateId, Integer rank, ScoreTable table, MeasureAggregation totals,
                                      Map<String, Map<String, BigFraction>> capabilityValues, List<String> tieClass,
                                      Integer assigned) {
        CandidateValue total = totals.of(candidateId);
        long[] rawTotals = table.unitsOfCandidate(candidateId, Measure.TOTAL);
        Map<String, BigDecimal> capabilityScores = new TreeMap<>();
        capabilityValues.get(candidateId)
                .forEach((code, value) -> capabilityScores.put(code, Decimals.forDisplay(value)));
        Set<EntryFlag> flags = EnumSet.noneOf(EntryFlag.class);
        if (!total.available()) {
            flags.add(EntryFlag.NO_SCORE);
        }
        if (total.rawFallback()) {
            flags.add(EntryFlag.RAW_SCORE_FALLBACK);
        }
        if (assigned != null && rawTotals.length < assigned) {
            flags.add(EntryFlag.FEWER_SHEETS_THAN_ASSIGNED);
        }
        if (rank != null && tieClass.size() > 1) {
            flags.add(EntryFlag.TIED_FOR_COMMITTEE_DECISION);
        }
        EntryExplanation explanation = new EntryExplanation(total.trimmed(), null, null, total.notes(),
                total.noteCodes());
        return new RankingEntry(candidateId, rank, Decimals.forDisplay(total.value()), total.value(),
                total.unavailableReason(), capabilityScores, rawTotals.length, assigned,
                ExactAverages.sampleStandardDeviation(table, rawTotals),
                Decimals.forDisplay(ExactAverages.range(table, rawTotals)), flags, explanation);
    }

    /**
     * Fills in, for each pair of neighbours with equal scores, which step put them in order — or that none did.
     * Neighbours with different scores need no explanation: the score decided.
     */
    private static void linkDecisionsBetweenNeighbours(List<RankingEntry> entries, List<List<String>> tieClasses,
                                                       TieBreakCascade cascade) {
        // The ranked entries come first, tie class after tie class: the class of entry i by position.
        int[] tieClassOf = new int[entries.size()];
        int position = 0;
        for (int c = 0; c < tieClasses.size(); c++) {
            for (int k = 0; k < tieClasses.get(c).size(); k++) {
                tieClassOf[position++] = c;
            }
        }
        for (int i = 0; i + 1 < position; i++) {
            RankingEntry upper = entries.get(i);
            RankingEntry lower = entries.get(i + 1);
            // The unrounded values: two scores can differ yet look equal at display precision.
            if (ExactOrder.compare(upper.exactScore(), lower.exactScore()) != 0) {
                continue;
            }
            TieBreakDecision down;
            TieBreakDecision up;
            if (tieClassOf[i] == tieClassOf[i + 1]) {
                String description = stillTiedDescription(cascade.steps());
                down = new TieBreakDecision(lower.candidateId(), null, description);
                up = new TieBreakDecision(upper.candidateId(), null, description);
            } else {
                TieBreakCascade.Split split = cascade.splitBelow(upper.candidateId());
                down = new TieBreakDecision(lower.candidateId(), split.step(),
                        describe(split.step(), split.upperValue(), split.lowerValue()));
                up = new TieBreakDecision(upper.candidateId(), split.step(),
                        describe(split.step(), split.lowerValue(), split.upperValue()));
            }
            entries.set(i, withDecision(upper, upper.explanation().againstPrevious(), down));
            entries.set(i + 1, withDecision(lower, up, lower.explanation().againstNext()));
        }
    }

    /** E.g. {@code MEDIAN: 85.5 vs 84}, this entry's value first. */
    private static String describe(TieBreakStep step, String ownValue, String neighbourValue) {
        String unit = step.kind() == TieBreakStep.Kind.HIGHER_RANKED_COUNT ? " head-to-head wins" : "";
        return step + ": " + ownValue + " vs " + neighbourValue + unit;
    }

    private static String stillTiedDescription(List<TieBreakStep> steps) {
        return steps.isEmpty() ? "equal score and no tie-break steps configured: the committee decides"
                : "equal score and equal on every tie-break step (" + String.join(", ",
                steps.stream().map(TieBreakStep::toString).toList()) + "): the committee decides";
    }

    private static RankingEntry withDecision(RankingEntry entry, TieBreakDecision againstPrevious,
                                             TieBreakDecision againstNext) {
        EntryExplanation old = entry.explanation();
        Set<EntryFlag> flags = EnumSet.noneOf(EntryFlag.class);
        flags.addAll(entry.flags());
        if ((againstPrevious != null && againstPrevious.decided()) || (againstNext != null && againstNext.decided())) {
            flags.add(EntryFlag.ORDERED_BY_TIE_BREAK);
        }
        return new RankingEntry(entry.candidateId(), entry.rank(), entry.score(), entry.exactScore(),
                entry.scoreUnavailableReason(), entry.capabilityScores(), entry.sheetCount(), entry.assignedSheets(),
                entry.standardDeviation(), entry.range(), flags,
                new EntryExplanation(old.trimmedScores(), againstPrevious, againstNext, old.notes(),
                        old.noteCodes()));
    }
}
