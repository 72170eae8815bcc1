package org.craftrank.unit.quota;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a quota table when it is loaded; the service refuses to start on a faulty one, naming every fault. */
public final class QuotaTableValidator {

    public List<String> validate(QuotaTable table) {
        List<String> faults = new ArrayList<>();
        if (table.id() == null || !table.id().matches("[a-z0-9][a-z0-9-]*")) {
            faults.add("id '" + table.id() + "' must be lower-case letters, digits and '-'");
        }
        if (table.name() == null || table.name().isBlank()) {
            faults.add("name is required");
        }
        if (table.units().isEmpty() && table.ranges().isEmpty()) {
            faults.add("a table needs units or ranges");
        }
        placesAreSane(table, faults);
        unitNamesAreUnique(table, faults);
        totalMatchesThePlaces(table, faults);
        rangesAreSane(table, faults);
        return faults;
    }

    void placesAreSane(QuotaTable table, List<String> faults) {
        for (QuotaTable.Entry e : table.units()) {
            if (e.name() == null || e.name().isBlank() || e.kind() == null) {
                faults.add("unit '" + e.row() + "' needs a name and a kind");
            }
            if (e.quota() < 0) {
                faults.add("unit '" + e.name() + "' has negative places " + e.quota());
            }
            int reserved = e.of().values().stream().mapToInt(Integer::intValue).sum();
            if (reserved > e.quota()) {
                faults.add("unit '" + e.name() + "' reserves " + reserved + " of only " + e.quota() + " places");
            }
        }
    }

    void unitNamesAreUnique(QuotaTable table, List<String> faults) {
        Set<String> seen = new HashSet<>();
        for (QuotaTable.Entry e : table.units()) {
            if (e.name() != null && !seen.add(e.name())) {
                faults.add("unit '" + e.name() + "' appears twice");
            }
        }
    }

    void totalMatchesThePlaces(QuotaTable table, List<String> faults) {
        if (table.total() != null && table.total() != table.unitPlaces()) {
            faults.add("the units' places add up to " + table.unitPlaces() + ", not the stated total " + table.total());
        }
    }

    void rangesAreSane(QuotaTable table, List<String> faults) {
        Set<Object> kinds = new HashSet<>();
        for (QuotaTable.Range r : table.ranges()) {
            if (r.kind() == null || !kinds.add(r.kind())) {
                faults.add("range kind " + r.kind() + " is missing or repeated");
            }
            if (r.min() < 0 || r.min() > r.max()) {
                faults.add("range " + r.kind() + " " + r.min() + "-" + r.max() + " must have 0 <= min <= max");
            }
        }
    }
}
