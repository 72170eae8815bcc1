package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A solved shortlist that explains itself.
 *
 * @param placesRequested K as requested
 * @param placesFilled    the list's size: K, or every eligible candidate when fewer than K are eligible
 * @param candidateCount  candidates in the request
 * @param eligibleCount   candidates with a score who are neither fixed exclusions nor withdrawn
 * @param selected        the list, in merit order
 * @param notSelected     everyone else, in merit order (candidates without a rank or score last)
 * @param totalScore      the exact sum of the selected scores
 * @param cutScore        the lowest score among the candidates selected on merit ({@link SelectedEntry#onMerit()});
 *                        the lowest selected score when none is on merit alone; null when nothing is selected
 * @param ties            equal scores split between in and out that the committee must look at
 * @param constraints     how each cap and minimum stands
 * @param optimality      what the solver proved
 * @param notes           anything else the committee must know (fewer eligible than places, time limits)
 */
public record Shortlist(int placesRequested, int placesFilled, int candidateCount, int eligibleCount,
                        List<SelectedEntry> selected, List<NonSelectedEntry> notSelected, BigDecimal totalScore,
                        BigDecimal cutScore, List<TieGroup> ties, List<ConstraintStatus> constraints,
                        Optimality optimality, List<String> notes) {

    public Shortlist {
        selected = List.copyOf(selected);
        notSelected = List.copyOf(notSelected);
        ties = List.copyOf(ties);
        constraints = List.copyOf(constraints);
        notes = List.copyOf(notes);
    }

    /** The selected codes in merit order. */
    public Set<String> selectedCodes() {
        Set<String> codes = new LinkedHashSet<>();
        selected.forEach(e -> codes.add(e.code()));
        return codes;
    }

    /** Fewer eligible candidates than places: the list is shorter than K. */
    public boolean fewerEligibleThanPlaces() {
        return placesFilled < placesRequested;
    }

    public Optional<SelectedEntry> selectedEntry(String code) {
        return selected.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<NonSelectedEntry> notSelectedEntry(String code) {
        return notSelected.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
