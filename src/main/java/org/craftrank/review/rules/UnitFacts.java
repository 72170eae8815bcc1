package org.craftrank.review.rules;

/**
 * A recommending unit as the quota rules see it.
 *
 * @param minimum the fewest candidates a quota rule asks the unit for (2026: 各设区市总工会推荐2-3名人选); null when none
 */
public record UnitFacts(long id, String name, int quota, Integer minimum) {
}
