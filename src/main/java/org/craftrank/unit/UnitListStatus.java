package org.craftrank.unit;

/**
 * Where a unit's list of candidates stands (上报): open while the unit works on it, submitted (locked for the unit)
 * once the unit says it is done, returned (open again, with the secretariat's reason) for corrections.
 */
public enum UnitListStatus {
    /** 未上报: the unit has not submitted its list. */
    OPEN,
    /** 已上报: the unit submitted its list; it cannot change it unless the secretariat returns it. */
    SUBMITTED,
    /** 已退回: the secretariat returned the list with a reason; the unit corrects it and submits again. */
    RETURNED;

    /** Whether the unit may change its candidates (nominate, correct, withdraw, import). */
    public boolean openToTheUnit() {
        return this != SUBMITTED;
    }
}
