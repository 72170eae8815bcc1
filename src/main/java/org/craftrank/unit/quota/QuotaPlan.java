package org.craftrank.unit.quota;

import org.craftrank.unit.UnitKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What applying a quota table to a campaign changes: units created, units whose quota (or range, or kind)
 * changes, units already as the table says. Applying the same table twice plans nothing the second time, which
 * makes the operation idempotent. Units are matched by their exact name.
 */
public final class QuotaPlan {

    /** A unit the campaign already has. */
    public record ExistingUnit(long id, String name, UnitKind kind, int quota, Integer minimum, long nominated) {
    }

    /** A unit named when a range table is applied (the notice names no cities): created if missing. */
    public record NamedUnit(String name, UnitKind kind) {
    }

    public enum Action { CREATE, UPDATE, UNCHANGED }

    /** One unit's change; {@code previous*} are null for a new unit. */
    public record Change(Action action, Long unitId, String name, UnitKind kind, int quota, Integer minimum,
                         UnitKind previousKind, Integer previousQuota, Integer previousMinimum) {
    }

    /** Why the table cannot be applied as asked. */
    public record Problem(String field, String rule, String message) {
    }

    public record Result(List<Change> changes, List<Problem> problems) {
        public Result {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }
    }

    private QuotaPlan() {
    }

    public static Result of(QuotaTable table, List<ExistingUnit> existing, List<NamedUnit> named) {
        Map<String, ExistingUnit> byName = existing.stream()
                .collect(Collectors.toMap(ExistingUnit::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Change> changes = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (QuotaTable.Entry entry : table.units()) {
            changes.put(entry.name(), change(byName.get(entry.name()), entry.name(), entry.kind(), entry.quota(), null,
                    problems));
        }
        for (int i = 0; i < named.size(); i++) {
            NamedUnit unit = named.get(i);
            String field = "units[" + i + "]";
            var range = unit.kind() == null ? null : table.rangeFor(unit.kind()).orElse(null);
            if (range == null) {
                problems.add(new Problem(field + ".kind", "kind-has-range", "table " + table.id() + " sets no range for "
                        + unit.kind() + "; it has " + table.ranges().stream().map(QuotaTable.Range::kind).toList()));
            } else if (changes.containsKey(unit.name())) {
                problems.add(new Problem(field + ".name", "unique", "unit '" + unit.name() + "' is named twice"));
            } else {
                changes.put(unit.name(), change(byName.get(unit.name()), unit.name(), unit.kind(), range.max(),
                        range.min(), problems));
            }
        }
        existing.stream().filter(u -> !changes.containsKey(u.name()))
                .sorted(Comparator.comparing(ExistingUnit::name))
                .forEach(u -> table.rangeFor(u.kind()).ifPresent(range ->
                        changes.put(u.name(), change(u, u.name(), u.kind(), range.max(), range.min(), problems))));
        return new Result(new ArrayList<>(changes.values()), problems);
    }

    private static Change change(ExistingUnit current, String name, UnitKind kind, int quota, Integer minimum,
                                 List<Problem> problems) {
        if (current == null) {
            return new Change(Action.CREATE, null, name, kind, quota, minimum, null, null, null);
        }
        if (quota < current.nominated()) {
            problems.add(new Problem("quota", "quota-covers-nominated", "unit '" + name + "' has already nominated "
                    + current.nominated() + " candidates, more than the table's " + quota + " places"));
        }
        boolean same = current.kind() == kind && current.quota() == quota && Objects.equals(current.minimum(), minimum);
        return new Change(same ? Action.UNCHANGED : Action.UPDATE, current.id(), name, kind, quota, minimum,
                current.kind(), current.quota(), current.minimum());
    }
}
