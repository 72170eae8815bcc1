package org.craftrank.shortlist.solver;

import java.math.BigDecimal;

/**
 * One line of the anonymised ranking as the shortlist sees it: a pseudonymous code, the merit rank and exact score
 * from the ranking, and the attributes the constraints look at. No name, no employer: nothing here can identify
 * the person.
 *
 * @param code        the candidate's pseudonymous code, unique within the request
 * @param rank        competition rank from the ranking (1, 2, 2, 4); null when the ranking gave none
 * @param score       the exact aggregated score; null when there is none, and then the candidate cannot be selected
 * @param unitKey     the recommending unit (推荐单位); null means no unit cap applies to this candidate
 * @param industryKey the industry; null means no industry cap applies
 * @param groupKey    the group (组别); null means no group cap applies
 * @param woman       true, false, or null when unknown; only a known {@code true} counts towards a women minimum
 * @param young       computed by the caller from the campaign's age limit; only a known {@code true} counts
 *                    towards a young minimum
 */
public record ShortlistCandidate(String code, Integer rank, BigDecimal score, String unitKey, String industryKey,
                                 String groupKey, Boolean woman, Boolean young) {

    public ShortlistCandidate {
        if (code == null || code.isBlank()) {
            throw new InvalidShortlistRequestException("candidates.code", "every candidate needs a code");
        }
        if (rank != null && rank < 1) {
            throw new InvalidShortlistRequestException("candidates.rank",
                    "rank of " + code + " must be at least 1, was " + rank);
        }
    }

    public boolean hasScore() {
        return score != null;
    }

    /** Unknown gender never counts towards a women minimum: the minimum must be met by candidates known to qualify. */
    public boolean countsAsWoman() {
        return Boolean.TRUE.equals(woman);
    }

    /** Unknown age never counts towards a young minimum, for the same reason. */
    public boolean countsAsYoung() {
        return Boolean.TRUE.equals(young);
    }
}
