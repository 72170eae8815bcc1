package org.craftrank.review.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the eligibility rules need to know about one candidate, read from the stored candidate by the caller.
 *
 * @param birthDate      from the ID number when there is one, otherwise the first day of the stated birth month;
 *                       null when neither is known
 * @param texts          the limitable free texts by field name (recommendationReason, oneLineReason,
 *                       personalStatement); absent or null when empty
 * @param declarations   the flags the recommending unit declared, by field name; absent or null when not declared
 */
public record CandidateFacts(long id, String name, long unitId, String employer, String groupCompany,
                             Integer shopFloorYears, LocalDate birthDate, List<RefereeFacts> referees,
                             Map<String, String> texts, Map<String, Boolean> declarations) {

    public CandidateFacts {
        referees = List.copyOf(referees);
        texts = texts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(texts));
        declarations = declarations == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(declarations));
    }

    /** A senior peer backing the nomination (同行高级专家推荐人). */
    public record RefereeFacts(String name, String employer) {
    }
}
