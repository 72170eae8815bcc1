package org.craftrank.unit;

/** What kind of body a recommending unit (推荐单位) is. */
public enum UnitKind {
    /** 省（区、市）总工会. */
    PROVINCE,
    /** 全国产业工会 or 省有关产业工会. */
    INDUSTRY_UNION,
    /** 设区市总工会 / 区局工会. */
    CITY_UNION,
    /** 其他有关单位 (e.g. ministries), social organisations. */
    OTHER
}
