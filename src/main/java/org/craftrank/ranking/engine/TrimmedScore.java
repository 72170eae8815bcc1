package org.craftrank.ranking.engine;

import java.math.BigDecimal;

/**
 * A total dropped by TRIMMED_MEAN. When several experts gave the same total at the cut, one copy is dropped per
 * trimmed slot; which expert's copy is named follows expert id order, so the attribution never depends on the
 * order sheets were submitted or stored.
 */
public record TrimmedScore(String expertId, BigDecimal total, Side side) {

    public enum Side { HIGHEST, LOWEST }
}
