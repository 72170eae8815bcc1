package org.craftrank.shortlist.solver;

import java.math.BigDecimal;

/**
 * One line of the anonymised ranking as the shortlist sees it: a pseudonymous code, the merit rank and exact score
 * from the ranking, and the attributes the constraints look at. No name, no employer: nothing here can identify
 * the person.
 *
 * @param code        the candidate's pseudonymous code, unique within the request
 * @param rank        competition rank from the ranking (1, 2, 2, 4); null when the ranking gave none
 * @param score       the aggregated score as displayed (the ranking's one rounding rule); null when there is none, and
 *                    then the candidate cannot be selected
 * @param unitKey     the recommending unit (推荐单位); null means no unit cap applies to this candidate
 * @param industryKey the industry; null means no industry cap applies
 * @param groupKey    the group (组别); null means no group cap applies
 * @param woman       true, false, or null when unknown; only a known {@code true} counts towards a women minimum
 * @param young       computed by the caller from the campaign's age limit; only a known {@code true} counts
 *                    towards a young minimum
 * @param exactScore  the exact aggregated score the solver compares and optimises (e.g. 563/90, which no decimal
 *                    holds); null when {@code score} is null. Two candidates whose exact scores differ are never
 *                    treated as tied because their displayed scores agree, and the other way round.
 */
public record ShortlistCandidate(String code, Integer rank, BigDecimal score, String unitKey, String industryKey,
                                 String groupKey, Boolean woman, Boolean young, ExactScore exactScore) {

    /** A line whose score is exactly its decimal (a client of the solver API sends decimals). */
    public ShortlistCandidate(String code, Integer rank, BigDecimal score, String unitKey, String industryKey,
                              String groupKey, Boolean woman, Boolean young) {
        this(code, rank, score, unitKey, industryKey, groupKey, woman, young, score == null ? null : exactOf(score));
    }

    public ShortlistCandidate {
        if ((score == null) != (exactScore == null)) {
            throw new InvalidShortlistRequestException("candidates.score",
                    "the score of " + code + " needs both its displayed and its exact value, or neither");
        }
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

    /** Exact comparison of two candidates' scores (both must have one). */
    public int compareScore(ShortlistCandidate other) {
        return exactScore.compareTo(other.exactScore);
    }

    static ExactScore exactOf(BigDecimal decimal) {
        return ExactScore.of(decimal);
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
