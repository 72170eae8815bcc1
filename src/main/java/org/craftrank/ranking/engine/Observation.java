package org.craftrank.ranking.engine;

import java.math.BigDecimal;

/** One expert's value for one candidate on one measure. */
record Observation(String expertId, String candidateId, BigDecimal value) {
}
