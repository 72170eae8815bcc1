package org.craftrank.ranking.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sheets indexed by candidate and by expert, each list in id order. Everything downstream reads the sheets
 * through this table, which is why no result depends on the order the sheets were given in.
 */
final class ScoreTable {

    private final List<String> candidateIds;
    private final List<String> expertIds;
    private final Map<String, List<SheetTotals>> sheetsByCandidate;
    private final Map<String, List<SheetTotals>> sheetsByExpert;
    private final List<String> capabilityCodes;

    private ScoreTable(Map<String, List<SheetTotals>> sheetsByCandidate, Map<String, List<SheetTotals>> sheetsByExpert,
                       List<String> capabilityCodes) {
        this.sheetsByCandidate = sheetsByCandidate;
        this.sheetsByExpert = sheetsByExpert;
        this.candidateIds = List.copyOf(sheetsByCandidate.keySet());
        this.expertIds = List.copyOf(sheetsByExpert.keySet());
        this.capabilityCodes = capabilityCodes;
    }

    /**
     * @throws IllegalArgumentException when an expert has two sheets for the same candidate
     */
    static ScoreTable of(Collection<SheetTotals> sheets) {
        Map<String, List<SheetTotals>> byCandidate = new HashMap<>();
        Map<String, List<SheetTotals>> byExpert = new HashMap<>();
        TreeSet<String> codes = new TreeSet<>();
        for (SheetTotals sheet : sheets) {
            byCandidate.computeIfAbsent(sheet.candidateId(), id -> new ArrayList<>()).add(sheet);
            byExpert.computeIfAbsent(sheet.expertId(), id -> new ArrayList<>()).add(sheet);
            codes.addAll(sheet.capabilityTotals().keySet());
        }
        Comparator<SheetTotals> byExpertId = Comparator.comparing(SheetTotals::expertId, IdOrder.NATURAL);
        Comparator<SheetTotals> byCandidateId = Comparator.comparing(SheetTotals::candidateId, IdOrder.NATURAL);
        Map<String, List<SheetTotals>> candidates = sortedIndex(byCandidate, byExpertId);
        candidates.forEach(ScoreTable::refuseDuplicateSheets);
        return new ScoreTable(candidates, sortedIndex(byExpert, byCandidateId), List.copyOf(codes));
    }

    private static Map<String, List<SheetTotals>> sortedIndex(Map<String, List<SheetTotals>> index,
                                                              Comparator<SheetTotals> within) {
        Map<String, List<SheetTotals>> sorted = new LinkedHashMap<>();
        index.keySet().stream().sorted(IdOrder.NATURAL).forEach(id -> {
            List<SheetTotals> list = index.get(id);
            list.sort(within);
            sorted.put(id, Collections.unmodifiableList(list));
        });
        return sorted;
    }

    private static void refuseDuplicateSheets(String candidateId, List<SheetTotals> sheetsInExpertOrder) {
        for (int i = 1; i < sheetsInExpertOrder.size(); i++) {
            if (sheetsInExpertOrder.get(i).expertId().equals(sheetsInExpertOrder.get(i - 1).expertId())) {
                throw new IllegalArgumentException("expert " + sheetsInExpertOrder.get(i).expertId()
                        + " has more than one sheet for candidate " + candidateId);
            }
        }
    }

    List<String> candidateIds() {
        return candidateIds;
    }

    List<String> expertIds() {
        return expertIds;
    }

    List<String> capabilityCodes() {
        return capabilityCodes;
    }

    int sheetCount() {
        return sheetsByCandidate.values().stream().mapToInt(List::size).sum();
    }

    /** The candidate's sheets in expert id order. */
    List<SheetTotals> sheetsOfCandidate(String candidateId) {
        return sheetsByCandidate.getOrDefault(candidateId, List.of());
    }

    /** The expert's sheets in candidate id order. */
    List<SheetTotals> sheetsOfExpert(String expertId) {
        return sheetsByExpert.getOrDefault(expertId, List.of());
    }

    /** The candidate's values for one measure, in expert id order; sheets without that measure are skipped. */
    List<Observation> observationsOfCandidate(String candidateId, Measure measure) {
        return observations(sheetsOfCandidate(candidateId), measure);
    }

    /** The expert's values for one measure, in candidate id order. */
    List<Observation> observationsOfExpert(String expertId, Measure measure) {
        return observations(sheetsOfExpert(expertId), measure);
    }

    private static List<Observation> observations(List<SheetTotals> sheets, Measure measure) {
        List<Observation> result = new ArrayList<>(sheets.size());
        for (SheetTotals sheet : sheets) {
            var value = measure.valueOf(sheet);
            if (value != null) {
                result.add(new Observation(sheet.expertId(), sheet.candidateId(), value));
            }
        }
        return result;
    }
}
