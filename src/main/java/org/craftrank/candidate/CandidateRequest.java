package org.craftrank.candidate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Creates or replaces a candidate: the summary-table fields (汇总表). Column sizes here are storage bounds;
 * the model's own text limits (e.g. 推荐理由 300字以内) are checked against the campaign's frozen model.
 */
@Schema(name = "CandidateRequest")
public record CandidateRequest(
        @NotNull @Schema(description = "推荐单位 id in this campaign") Long recommendingUnitId,
        @NotBlank @Size(max = 50) @Schema(description = "姓名") String name,
        @NotNull @Schema(description = "性别") Gender gender,
        @Pattern(regexp = YEAR_MONTH, message = "must be a year-month like 1980-06")
        @Schema(description = "出生年月, yyyy-MM", examples = "1980-06") String birthYearMonth,
        @Size(max = 20) @Schema(description = "民族") String ethnicity,
        @Size(max = 50) @Schema(description = "学历（学位）") String education,
        @Size(max = 50) @Schema(description = "政治面貌") String politicalStatus,
        @Size(max = 30) @Schema(description = "身份证号 (GB 11643); never shown unmasked") String idNumber,
        @NotBlank @Size(max = 200) @Schema(description = "工作单位") String employer,
        @Size(max = 200) @Schema(description = "职务") String position,
        @Size(max = 100) @Schema(description = "行业") String industry,
        @Size(max = 100) @Schema(description = "工种") String trade,
        @Size(max = 100) @Schema(description = "职称") String title,
        @Size(max = 100) @Schema(description = "技术等级") String skillLevel,
        @Pattern(regexp = YEAR_MONTH, message = "must be a year-month like 2007-07")
        @Schema(description = "何时参加工作, yyyy-MM") String workStart,
        @Min(0) @Max(60) @Schema(description = "生产现场工作年限") Integer shopFloorYears,
        @Size(max = 50) @Schema(description = "单位性质 / 企业性质") String enterpriseType,
        @Size(max = 50) @Schema(description = "人员结构") String personnelCategory,
        @Schema(description = "是否农民工") Boolean migrantWorker,
        @Size(max = 2000) @Schema(description = "主要荣誉") String honours,
        @Size(max = 2000) @Schema(description = "技术技能（工匠）奖项 / 成果奖项") String awards,
        @Size(max = 3) @Schema(description = "同行高级专家推荐人 (up to three)") List<@Valid @NotNull RefereeRequest> referees,
        @Size(max = 2000) @Schema(description = "推荐理由") String recommendationReason,
        @Size(max = 500) @Schema(description = "一句话推荐理由") String oneLineReason,
        @Size(max = 2000) @Schema(description = "个人自述") String personalStatement,
        @Size(max = 300) @Schema(description = "单位地址") String employerAddress,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit postcode") @Schema(description = "邮编") String postcode,
        @Size(max = 30) @Schema(description = "推荐对象联系电话; never shown unmasked") String phone,
        @Size(max = 100) @Schema(description = "组别; required when the model defines groups") String group,
        @Size(max = 200) @Schema(description = "所属集团公司") String groupCompany,
        @Schema(description = "model-specific fields by code, e.g. {\"hasPatent\": true, \"inventionPatents\": 3}")
        Map<String, Object> extraFields,
        @Valid @Schema(description = "flags the recommending unit declares; the formal review rules on them when the "
                + "model says so (2026 notice)") Declarations declarations) {

    static final String YEAR_MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    /** This request with the given ID number and phone (a correction page that keeps the stored ones). */
    public CandidateRequest withPersonalNumbers(String idNumber, String phone) {
        return new CandidateRequest(recommendingUnitId, name, gender, birthYearMonth, ethnicity, education,
                politicalStatus, idNumber, employer, position, industry, trade, title, skillLevel, workStart,
                shopFloorYears, enterpriseType, personnelCategory, migrantWorker, honours, awards, referees,
                recommendationReason, oneLineReason, personalStatement, employerAddress, postcode, phone, group,
                groupCompany, extraFields, declarations);
    }

    /**
     * What the recommending unit declares about its candidate (null: not declared).
     *
     * @param recognisedGreatCraftsman 已被全国总工会认定为大国工匠
     * @param leadershipPost           已担任单位领导职务
     * @param otherTalentProgramme     已入选国家级和其他部委人才计划
     */
    @Schema(name = "Declarations")
    public record Declarations(Boolean recognisedGreatCraftsman, Boolean leadershipPost, Boolean otherTalentProgramme) {
    }

    /** A referee as sent by the client. */
    @Schema(name = "RefereeRequest")
    public record RefereeRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 200) String employer,
                                 @Size(max = 100) String title) {
    }
}
