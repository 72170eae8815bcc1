package org.craftrank.candidate.intake;

import java.util.List;

/**
 * The two summary tables (汇总表) units fill in, with their column headers exactly as the notices print them.
 * An import recognises the layout a file follows by its headers; either may be uploaded to any campaign.
 */
public enum SummaryLayout {

    /** 2024 notice, 附件 2 大国工匠培育对象推荐汇总表. */
    NATIONAL_2024_ANNEX_2("2024年通知附件2 大国工匠培育对象推荐汇总表", List.of(
            "序号", "姓名", "性别", "出生年月", "民族", "学历", "政治面貌", "身份证号", "工作单位", "职务", "行业", "工种",
            "职称", "技术等级", "何时参加工作", "生产现场工作年限", "单位性质", "人员结构", "是否农民工", "主要荣誉",
            "技术技能（工匠）奖项", "同行高级专家 1 姓名单位职务", "同行高级专家 2 姓名单位职务", "同行高级专家 3 姓名单位职务",
            "推荐理由", "一句话推荐理由", "单位地址", "邮编", "推荐对象联系电话", "推荐单位", "推荐单位联系人", "联系人电话")),

    /** 2026 notice, 附件3 大国工匠人才推荐汇总表 (its 出生年月 header is printed over two lines). */
    PROVINCIAL_2026_ANNEX_3("2026年通知附件3 大国工匠人才推荐汇总表", List.of(
            "序号", "姓名", "性别", "出生\n年月", "民族", "学历学位", "政治面貌", "工作单位", "职务", "行业", "工种", "职称",
            "技术等级", "何时参加工作", "生产现场工作年限", "企业性质", "主要荣誉", "成果奖项", "推荐对象联系电话"));

    private final String title;
    private final List<String> headers;

    SummaryLayout(String title, List<String> headers) {
        this.title = title;
        this.headers = headers;
    }

    public String title() {
        return title;
    }

    /** The headers in the notice's order. */
    public List<String> headers() {
        return headers;
    }

    public List<SummaryColumn> columns() {
        return headers.stream().map(h -> SummaryColumn.forHeader(h).orElseThrow()).toList();
    }
}
