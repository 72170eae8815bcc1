package org.craftrank.candidate.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The closed lists of the summary tables (汇总表): gender, education (学历 / 学历学位), enterprise type (单位性质 /
 * 企业性质) and yes/no answers (是否农民工). The notices print only examples (大专, 大学本科; 非公有制, 国有企业); the
 * lists follow the usual categories of Chinese statistics and accept the common ways of writing each.
 */
public final class Vocabularies {

    public static final Vocabulary GENDER = new Vocabulary("性别", ordered(
            "男", List.of("男性", "M", "MALE"),
            "女", List.of("女性", "F", "FEMALE")));

    public static final Vocabulary EDUCATION = new Vocabulary("学历", ordered(
            "研究生", List.of("博士研究生", "硕士研究生", "博士", "硕士", "研究生学历"),
            "大学本科", List.of("本科", "大学", "本科学历", "大学本科学历"),
            "大学专科", List.of("大专", "专科", "高职", "高职高专", "大专学历"),
            "中等职业教育", List.of("中专", "中技", "技校", "技工学校", "职高", "中职", "中等专科"),
            "高中", List.of("普通高中", "高中学历"),
            "初中及以下", List.of("初中", "小学")));

    public static final Vocabulary ENTERPRISE_TYPE = new Vocabulary("单位性质", ordered(
            "国有企业", List.of("国企", "国有", "国有控股企业", "国有控股", "国有独资", "中央企业", "央企", "地方国有企业"),
            "民营企业", List.of("民企", "民营", "私营企业", "私营", "非公有制", "非公有制企业", "非公企业"),
            "混合所有制企业", List.of("混合所有制", "股份制企业", "股份制"),
            "外资企业", List.of("外资", "外商投资企业", "合资企业", "中外合资企业", "港澳台投资企业", "港澳台资企业"),
            "集体企业", List.of("集体"),
            "事业单位", List.of(),
            "机关", List.of("机关单位", "党政机关"),
            "社会组织", List.of(),
            "其他", List.of("其它")));

    public static final Vocabulary YES_NO = new Vocabulary("是/否", ordered(
            "是", List.of("Y", "YES", "TRUE", "1", "√"),
            "否", List.of("N", "NO", "FALSE", "0", "×")));

    /** Ways of studying written before the level (在职本科, 函授大专) that do not change the level. */
    private static final Pattern STUDY_MODE = Pattern.compile("^(在职|函授|自考|成人|党校|全日制|非全日制|网络教育|电大|业余)");
    /** A degree written after the level (大学本科/学士, 研究生（硕士学位）). */
    private static final Pattern DEGREE = Pattern.compile("[/、,，;；]?\\(?(学士|硕士|博士)(学位)?\\)?$");

    private Vocabularies() {
    }

    /** The education level a written 学历 or 学历学位 means: study modes and a trailing degree are allowed. */
    public static Optional<String> education(String written) {
        Optional<String> direct = EDUCATION.canonical(written);
        if (direct.isPresent()) {
            return direct;
        }
        String text = CellText.normalise(written);
        String withoutDegree = DEGREE.matcher(text).replaceFirst("");
        String level = STUDY_MODE.matcher(withoutDegree.isEmpty() ? text : withoutDegree).replaceFirst("");
        return EDUCATION.canonical(level);
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], aliases);
        }
        return map;
    }
}
