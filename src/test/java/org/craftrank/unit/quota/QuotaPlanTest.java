package org.craftrank.unit.quota;

import org.craftrank.model.definition.SourceDocument;
import org.craftrank.unit.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotaPlanTest {

    static final QuotaTable ALLOCATION = new QuotaTable("t", "分配表", new SourceDocument("通知", null, null, null), 16,
            List.of(), List.of(new QuotaTable.Entry("北 京", "6", "北京", UnitKind.PROVINCE, 6, Map.of()),
            new QuotaTable.Entry("江 苏", "10", "江苏", UnitKind.PROVINCE, 10, Map.of())), List.of());
    static final QuotaTable RANGES = new QuotaTable("r", "名额规则", null, null, List.of(), List.of(),
            List.of(new QuotaTable.Range(UnitKind.CITY_UNION, 2, 3), new QuotaTable.Range(UnitKind.INDUSTRY_UNION, 1, 2)));

    @Test
    void missingUnitsAreCreatedAndOthersUpdatedThenNothingChangesTheSecondTime() {
        var first = QuotaPlan.of(ALLOCATION, List.of(
                new QuotaPlan.ExistingUnit(7, "江苏", UnitKind.OTHER, 3, null, 0),
                new QuotaPlan.ExistingUnit(8, "上海", UnitKind.PROVINCE, 6, null, 0)), List.of());
        assertEquals(List.of(
                new QuotaPlan.Change(QuotaPlan.Action.CREATE, null, "北京", UnitKind.PROVINCE, 6, null, null, null, null),
                new QuotaPlan.Change(QuotaPlan.Action.UPDATE, 7L, "江苏", UnitKind.PROVINCE, 10, null,
                        UnitKind.OTHER, 3, null)), first.changes());
        var second = QuotaPlan.of(ALLOCATION, List.of(
                new QuotaPlan.ExistingUnit(9, "北京", UnitKind.PROVINCE, 6, null, 2),
                new QuotaPlan.ExistingUnit(7, "江苏", UnitKind.PROVINCE, 10, null, 0)), List.of());
        assertEquals(List.of(QuotaPlan.Action.UNCHANGED, QuotaPlan.Action.UNCHANGED),
                second.changes().stream().map(QuotaPlan.Change::action).toList());
        assertEquals(List.of(), second.problems());
    }

    @Test
    void aQuotaBelowWhatTheUnitAlreadyNominatedIsAProblem() {
        var plan = QuotaPlan.of(ALLOCATION, List.of(new QuotaPlan.ExistingUnit(9, "北京", UnitKind.PROVINCE, 8, null, 7)),
                List.of());
        assertEquals(List.of(new QuotaPlan.Problem("quota", "quota-covers-nominated",
                "unit '北京' has already nominated 7 candidates, more than the table's 6 places")), plan.problems());
    }

    @Test
    void rangesApplyToNamedAndExistingUnitsOfTheirKind() {
        var plan = QuotaPlan.of(RANGES, List.of(
                        new QuotaPlan.ExistingUnit(1, "省机械冶金工会", UnitKind.INDUSTRY_UNION, 5, null, 0),
                        new QuotaPlan.ExistingUnit(2, "省总工会机关", UnitKind.OTHER, 5, null, 0)),
                List.of(new QuotaPlan.NamedUnit("南京市总工会", UnitKind.CITY_UNION)));
        assertEquals(List.of(
                new QuotaPlan.Change(QuotaPlan.Action.CREATE, null, "南京市总工会", UnitKind.CITY_UNION, 3, 2, null, null, null),
                new QuotaPlan.Change(QuotaPlan.Action.UPDATE, 1L, "省机械冶金工会", UnitKind.INDUSTRY_UNION, 2, 1,
                        UnitKind.INDUSTRY_UNION, 5, null)), plan.changes());
        var wrongKind = QuotaPlan.of(RANGES, List.of(), List.of(new QuotaPlan.NamedUnit("部委", UnitKind.OTHER)));
        assertEquals("kind-has-range", wrongKind.problems().get(0).rule());
    }
}
