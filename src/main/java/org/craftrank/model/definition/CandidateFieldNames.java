package org.craftrank.model.definition;

import java.util.Map;
import java.util.Set;

/**
 * The candidate fields a model may refer to by name. Kept here, beside the model, because a model file names
 * them (publishable allow-list, text limits) and the loader must reject a name that means nothing.
 */
public final class CandidateFieldNames {

    /** Fields a public notice may show, if the model allows them. */
    public static final Set<String> PUBLISHABLE_CANDIDATES = Set.of(
            "name", "gender", "ethnicity", "employer", "position", "industry", "trade", "title",
            "skillLevel", "honours", "awards", "recommendingUnit", "group");

    /** Personal data: never publishable, whatever a model says. */
    public static final Set<String> PERSONAL = Set.of("idNumber", "phone");

    /** Free-text fields whose length a model may limit. */
    public static final Set<String> LIMITABLE_TEXTS = Set.of(
            "recommendationReason", "oneLineReason", "personalStatement");

    /**
     * Flags a recommending unit declares about its candidate, which a model's eligibility may rule on:
     * already a recognised Great Craftsman, holding a unit leadership post, on another national talent programme.
     */
    public static final Set<String> DECLARATIONS = Set.of(
            "recognisedGreatCraftsman", "leadershipPost", "otherTalentProgramme");

    /** Chinese labels of candidate fields, as the summary tables and forms print them (for messages). */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "姓名"), Map.entry("gender", "性别"), Map.entry("birthYearMonth", "出生年月"),
            Map.entry("ethnicity", "民族"), Map.entry("education", "学历"), Map.entry("politicalStatus", "政治面貌"),
            Map.entry("idNumber", "身份证号"), Map.entry("employer", "工作单位"), Map.entry("position", "职务"),
            Map.entry("industry", "行业"), Map.entry("trade", "工种"), Map.entry("title", "职称"),
            Map.entry("skillLevel", "技术等级"), Map.entry("workStart", "何时参加工作"),
            Map.entry("shopFloorYears", "生产现场工作年限"), Map.entry("enterpriseType", "单位性质"),
            Map.entry("personnelCategory", "人员结构"), Map.entry("migrantWorker", "是否农民工"),
            Map.entry("honours", "主要荣誉"), Map.entry("awards", "技术技能（工匠）奖项"),
            Map.entry("referees", "同行高级专家"), Map.entry("recommendationReason", "推荐理由"),
            Map.entry("oneLineReason", "一句话推荐理由"), Map.entry("personalStatement", "个人自述"),
            Map.entry("employerAddress", "单位地址"), Map.entry("postcode", "邮编"),
            Map.entry("phone", "推荐对象联系电话"), Map.entry("group", "组别"), Map.entry("groupCompany", "所属集团公司"),
            Map.entry("recognisedGreatCraftsman", "是否已认定为大国工匠"),
            Map.entry("leadershipPost", "是否担任单位领导职务"),
            Map.entry("otherTalentProgramme", "是否已入选国家级和其他部委人才计划"));

    /** The Chinese label of a field, or the field name itself when it has none. */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private CandidateFieldNames() {
    }
}
