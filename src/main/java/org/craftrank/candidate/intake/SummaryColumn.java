package org.craftrank.candidate.intake;

import org.craftrank.candidate.field.CellText;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the units' summary tables (汇总表), matched by their Chinese headers. The headers are the ones
 * printed in the 2024 notice's annex 2 and the 2026 notice's annex 3 ({@link SummaryLayout}); a few columns the
 * notices do not print but the 2026 rules need (个人自述, 所属集团公司, the declared flags, 组别) are accepted too.
 * Headers match after full-width folding and with blanks and line breaks removed, and a trailing note such as
 * "(300字以内)" or a required-field star is ignored.
 */
public enum SummaryColumn {
    SEQUENCE("序号", null),
    NAME("姓名", "name"),
    GENDER("性别", "gender"),
    BIRTH("出生年月", "birthYearMonth"),
    ETHNICITY("民族", "ethnicity"),
    EDUCATION("学历", "education", "学历学位"),
    POLITICAL_STATUS("政治面貌", "politicalStatus"),
    ID_NUMBER("身份证号", "idNumber", "身份证号码", "公民身份号码"),
    EMPLOYER("工作单位", "employer"),
    POSITION("职务", "position"),
    INDUSTRY("行业", "industry"),
    TRADE("工种", "trade"),
    TITLE("职称", "title"),
    SKILL_LEVEL("技术等级", "skillLevel", "技能等级"),
    WORK_START("何时参加工作", "workStart", "参加工作时间"),
    SHOP_FLOOR_YEARS("生产现场工作年限", "shopFloorYears"),
    ENTERPRISE_TYPE("单位性质", "enterpriseType", "企业性质"),
    PERSONNEL_CATEGORY("人员结构", "personnelCategory"),
    MIGRANT_WORKER("是否农民工", "migrantWorker"),
    HONOURS("主要荣誉", "honours"),
    AWARDS("技术技能（工匠）奖项", "awards", "成果奖项", "技能（工匠）奖项"),
    REFEREE_1("同行高级专家 1 姓名单位职务", "referees[0]"),
    REFEREE_2("同行高级专家 2 姓名单位职务", "referees[1]"),
    REFEREE_3("同行高级专家 3 姓名单位职务", "referees[2]"),
    RECOMMENDATION_REASON("推荐理由", "recommendationReason"),
    ONE_LINE_REASON("一句话推荐理由", "oneLineReason"),
    EMPLOYER_ADDRESS("单位地址", "employerAddress"),
    POSTCODE("邮编", "postcode", "邮政编码"),
    PHONE("推荐对象联系电话", "phone", "个人电话"),
    UNIT("推荐单位", "recommendingUnitId"),
    UNIT_CONTACT("推荐单位联系人", null),
    UNIT_CONTACT_PHONE("联系人电话", null),
    PERSONAL_STATEMENT("个人自述", "personalStatement"),
    GROUP("组别", "group"),
    GROUP_COMPANY("所属集团公司", "groupCompany", "集团公司"),
    RECOGNISED("是否已认定为大国工匠", "declarations.recognisedGreatCraftsman"),
    LEADERSHIP_POST("是否担任单位领导职务", "declarations.leadershipPost"),
    TALENT_PROGRAMME("是否已入选国家级和其他部委人才计划", "declarations.otherTalentProgramme");

    /** Columns without which a row cannot become a candidate. */
    public static final List<SummaryColumn> REQUIRED = List.of(NAME, GENDER, EMPLOYER);

    private static final Map<String, SummaryColumn> BY_HEADER = Arrays.stream(values())
            .flatMap(c -> c.headers.stream().map(h -> Map.entry(key(h), c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<String, SummaryColumn> BY_FIELD = Arrays.stream(values())
            .filter(c -> c.field != null)
            .collect(Collectors.toMap(c -> c.field, Function.identity()));

    private final String header;
    private final String field;
    private final List<String> headers;

    SummaryColumn(String header, String field, String... aliases) {
        this.header = header;
        this.field = field;
        this.headers = java.util.stream.Stream.concat(java.util.stream.Stream.of(header), Arrays.stream(aliases))
                .toList();
    }

    /** The header as the 2024 form prints it. */
    public String header() {
        return header;
    }

    /** The candidate field the column fills (a JSON path of the candidate request), or null when none. */
    public String field() {
        return field;
    }

    /** The column a written header names, if any. */
    public static Optional<SummaryColumn> forHeader(String written) {
        return Optional.ofNullable(BY_HEADER.get(key(written)));
    }

    /**
     * The column a candidate field error belongs to: {@code idNumber} is 身份证号, {@code referees[1].employer} is
     * the second referee's column.
     */
    public static Optional<SummaryColumn> forField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String path = field;
        while (true) {
            SummaryColumn column = BY_FIELD.get(path);
            if (column != null) {
                return Optional.of(column);
            }
            int cut = Math.max(path.lastIndexOf('.'), -1);
            if (cut <= 0) {
                return Optional.empty();
            }
            path = path.substring(0, cut);
        }
    }

    /** Folded, blanks and stars removed, a trailing "(N字以内...)" note dropped. */
    static String key(String header) {
        String folded = CellText.normalise(header).replaceAll("^[*＊]+|[*＊]+$", "");
        return folded.replaceFirst("\\([^()]*字[^()]*\\)$", "");
    }
}
