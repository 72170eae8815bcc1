package org.craftrank.ranking.engine;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Which number of a sheet is being aggregated: the overall total, or one capability's total. Every method
 * aggregates each measure on its own, so e.g. TRIMMED_MEAN trims a capability's own highest and lowest values.
 *
 * @param capabilityCode the capability, or null for the overall total
 */
record Measure(String capabilityCode) {

    static final String TOTAL_LABEL = "TOTAL";
    static final Measure TOTAL = new Measure(null);

    static Measure capability(String code) {
        return new Measure(code);
    }

    boolean isTotal() {
        return capabilityCode == null;
    }

    /** The sheet's value for this measure, or null when the sheet has no total for that capability. */
    BigFraction valueOf(SheetScore sheet) {
        return isTotal() ? sheet.total() : sheet.capabilityTotals().get(capabilityCode);
    }

    String label() {
        return isTotal() ? TOTAL_LABEL : capabilityCode;
    }
}
