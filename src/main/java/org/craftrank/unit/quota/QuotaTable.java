package org.craftrank.unit.quota;

import org.craftrank.model.definition.SourceDocument;
import org.craftrank.unit.UnitKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quota table (推荐名额分配) as data: either named units with their places (the 2024 national allocation), or
 * ranges of places per kind of unit (the 2026 provincial rule "各设区市总工会推荐2-3名人选"), or both.
 *
 * @param total  the total the notice states, checked against the units' places; null when the notice states none
 * @param basis  verbatim passages of the notice the table comes from
 */
public record QuotaTable(String id, String name, SourceDocument source, Integer total, List<String> basis,
                         List<Entry> units, List<Range> ranges) {

    public QuotaTable {
        basis = basis == null ? List.of() : List.copyOf(basis);
        units = units == null ? List.of() : List.copyOf(units);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    /**
     * One unit's places.
     *
     * @param row    the table's row label exactly as printed (e.g. "新 疆 (含兵团)")
     * @param places the table's places cell exactly as printed (e.g. "9 (3)")
     * @param name   the unit's name in a campaign
     * @param of     places within the quota reserved for a part of the unit (新疆生产建设兵团: 3); may be empty
     */
    public record Entry(String row, String places, String name, UnitKind kind, int quota, Map<String, Integer> of) {
        public Entry {
            of = of == null ? Map.of() : Map.copyOf(of);
        }
    }

    /** Places for every unit of a kind: at least {@code min}, at most {@code max}. */
    public record Range(UnitKind kind, int min, int max) {
    }

    public int unitPlaces() {
        return units.stream().mapToInt(Entry::quota).sum();
    }

    public Optional<Range> rangeFor(UnitKind kind) {
        return ranges.stream().filter(r -> r.kind() == kind).findFirst();
    }
}
