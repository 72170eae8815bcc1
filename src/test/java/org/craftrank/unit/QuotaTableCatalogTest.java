package org.craftrank.unit;

import org.craftrank.unit.quota.QuotaTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped tables, against the notices' own figures. */
class QuotaTableCatalogTest {

    private static final Map<String, QuotaTable> TABLES = QuotaTableCatalog.load();

    @Test
    void the2024NationalAllocationHasEveryRowOfAnnex1And270Places() {
        QuotaTable table = TABLES.get("national-2024");
        assertEquals(270, table.total());
        assertEquals(270, table.unitPlaces());
        // The row labels exactly as annex 1 prints them, left column then right column.
        assertEquals(List.of("北 京", "天 津", "河 北", "山 西", "内 蒙 古", "辽 宁", "吉 林", "黑 龙 江", "上 海",
                "江 苏", "浙 江", "安 徽", "福 建", "江 西", "山 东", "河 南", "湖 北", "湖 南", "广 东", "广 西", "海 南",
                "重 庆", "四 川", "贵 州", "云 南", "西 藏", "陕 西", "甘 肃", "青 海", "宁 夏", "新 疆 (含兵团)",
                "铁 路", "民 航", "金 融", "教 科 文 卫 体", "海 员 建 设", "能 源 化 学 地 质", "机 械 冶 金 建 材",
                "国 防 邮 电", "财 贸 轻 纺 烟 草", "农 林 水 利 气 象", "其 他 有 关 单 位", "其 他 有 关 单 位"),
                table.units().stream().map(QuotaTable.Entry::row).toList());
        assertEquals(List.of(6, 6, 8, 5, 5, 6, 5, 5, 6, 10, 10, 8, 6, 6, 10, 10, 8, 8, 10, 5, 5,
                        7, 8, 6, 6, 3, 6, 5, 3, 3, 9, 6, 4, 4, 4, 6, 6, 6, 6, 4, 4, 8, 8),
                table.units().stream().map(QuotaTable.Entry::quota).toList());
        table.units().forEach(e -> assertEquals(e.row().replace(" ", ""), e.name().equals("工信部")
                || e.name().equals("全国工商联") ? "其他有关单位" : e.name()));
        assertEquals(31, table.units().stream().filter(e -> e.kind() == UnitKind.PROVINCE).count());
        assertEquals(10, table.units().stream().filter(e -> e.kind() == UnitKind.INDUSTRY_UNION).count());
        assertEquals(2, table.units().stream().filter(e -> e.kind() == UnitKind.OTHER).count());
    }

    @Test
    void theXinjiangRowIncludesTheCorps() {
        QuotaTable.Entry xinjiang = TABLES.get("national-2024").units().stream()
                .filter(e -> e.row().startsWith("新 疆")).findFirst().orElseThrow();
        assertEquals("新疆(含兵团)", xinjiang.name());
        assertEquals("9 (3)", xinjiang.places());
        assertEquals(9, xinjiang.quota());
        assertEquals(Map.of("新疆生产建设兵团", 3), xinjiang.of());
    }

    @Test
    void theOtherUnitsRowIsSplitByTheTablesOwnNote() {
        QuotaTable table = TABLES.get("national-2024");
        assertTrue(table.basis().stream().anyMatch(b -> b.contains("其他有关单位为工信部、全国工商联各 8 个名额")));
        assertEquals(16, table.units().stream().filter(e -> e.row().equals("其 他 有 关 单 位"))
                .mapToInt(QuotaTable.Entry::quota).sum());
    }

    @Test
    void the2026ProvincialRuleIsARangePerKindOfUnit() {
        QuotaTable table = TABLES.get("jiangsu-2026");
        assertEquals(List.of(new QuotaTable.Range(UnitKind.CITY_UNION, 2, 3),
                new QuotaTable.Range(UnitKind.INDUSTRY_UNION, 1, 2)), table.ranges());
        assertEquals(List.of("各设区市总工会推荐2-3名人选，省有关产业工会推荐1-2名人选。"), table.basis());
        assertTrue(table.units().isEmpty());
    }

    @Test
    void aTableWhosePlacesDoNotAddUpToItsTotalIsRefused() {
        String yaml = """
                id: broken
                name: 坏表
                total: 10
                units:
                  - {row: "北 京", places: "6", name: 北京, kind: PROVINCE, quota: 6}
                  - {row: "北 京", places: "6", name: 北京, kind: PROVINCE, quota: 6}
                ranges:
                  - {kind: CITY_UNION, min: 3, max: 2}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> QuotaTableCatalog.parse("broken.yaml", yaml));
        assertTrue(e.getMessage().contains("unit '北京' appears twice"), e.getMessage());
        assertTrue(e.getMessage().contains("add up to 12, not the stated total 10"), e.getMessage());
        assertTrue(e.getMessage().contains("must have 0 <= min <= max"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsAFaultNotSilentlyDropped() {
        assertThrows(IllegalStateException.class, () -> QuotaTableCatalog.parse("x.yaml",
                "id: x\nname: x\nunits: [{name: a, kind: PROVINCE, quota: 1, quotta: 2}]\n"));
    }
}
