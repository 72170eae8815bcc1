package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A total dropped by TRIMMED_MEAN. When several experts gave the same total at the cut, one copy is dropped per
 * trimmed slot; which expert's copy is named follows expert id order, so the attribution never depends on the
 * order sheets were submitted or stored.
 *
 * @param total the dropped value, exact
 */
public record TrimmedScore(String expertId, BigFraction total, Side side) {

    public enum Side { HIGHEST, LOWEST }
}
