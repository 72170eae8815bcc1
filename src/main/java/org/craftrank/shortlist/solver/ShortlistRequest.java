package org.craftrank.shortlist.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to solve: the anonymised ranking, the number of places K and the constraints.
 *
 * @param candidates the ranking's lines, in any order (the result does not depend on it)
 * @param places     K, the number of places on the list; at least 1
 * @param constraints the committee's constraints
 * @param keptOnList codes kept on the list after a withdrawal (set by {@link ShortlistSolver#withdraw}); they are
 *                   fixed like fixed inclusions but explained as "kept on the list"
 * @param withdrawn  codes that withdrew (or were withdrawn after an objection); they cannot be selected
 */
public record ShortlistRequest(List<ShortlistCandidate> candidates, int places, ShortlistConstraints constraints,
                               Set<String> keptOnList, Set<String> withdrawn) {

    public ShortlistRequest {
        Objects.requireNonNull(candidates, "candidates");
        candidates = List.copyOf(candidates);
        if (places < 1) {
            throw new InvalidShortlistRequestException("places",
                    "the number of places must be at least 1, was " + places);
        }
        constraints = constraints == null ? ShortlistConstraints.NONE : constraints;
        keptOnList = keptOnList == null ? Set.of() : Set.copyOf(keptOnList);
        withdrawn = withdrawn == null ? Set.of() : Set.copyOf(withdrawn);
    }

    public ShortlistRequest(List<ShortlistCandidate> candidates, int places, ShortlistConstraints constraints) {
        this(candidates, places, constraints, Set.of(), Set.of());
    }

    /** This request with one more withdrawn code. */
    public ShortlistRequest withWithdrawn(String code) {
        Set<String> codes = new HashSet<>(withdrawn);
        codes.add(code);
        return new ShortlistRequest(candidates, places, constraints, keptOnList, codes);
    }

    /** This request with the given codes kept on the list (replacing any kept before). */
    public ShortlistRequest withKeptOnList(Set<String> codes) {
        return new ShortlistRequest(candidates, places, constraints, codes, withdrawn);
    }
}
