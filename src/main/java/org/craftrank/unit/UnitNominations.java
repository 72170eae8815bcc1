package org.craftrank.unit;

/**
 * How many candidates a unit has nominated. Declared here and implemented by the candidate feature, which
 * depends on the units, so the units need no link back to the candidates' table.
 */
public interface UnitNominations {

    long nominatedBy(long unitId);
}
