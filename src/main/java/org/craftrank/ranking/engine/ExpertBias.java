package org.craftrank.ranking.engine;

/**
 * An expert's fitted bias under BIAS_MODEL: how many points above (positive) or below the expert scores compared
 * with the average expert of the same design group, all else equal.
 *
 * @param expertId    the expert
 * @param bias        the fitted bias in points of the total
 * @param sheetCount  number of sheets the fit used from this expert
 * @param designGroup the connected group of experts and candidates the expert belongs to, numbered from 1;
 *                    biases are comparable only within a group
 */
public record ExpertBias(String expertId, double bias, int sheetCount, int designGroup) {
}
