package org.craftrank.web.unit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.candidate.Gender;

/** The recommending unit's pages ({@code {unit:…}}); English in {@code messages/unit_en.properties}. */
@MessageBundle(value = "unit", locale = "zh-CN")
public interface UnitMsg {

    @Message("本单位推荐")
    String title();

    @Message("推荐名额：已推荐 {nominated} / {quota} 人")
    String quota(long nominated, int quota);

    @Message("推荐在“筹备”和“推荐”阶段开放；当前为“{phase}”阶段，推荐名单只能查看。")
    String nomination_closed(String phase);

    @Message("推荐新的推荐对象")
    String nominate();

    @Message("名额已用完。")
    String quota_used();

    @Message("本单位尚未推荐任何人。")
    String no_candidates();

    @Message("本单位推荐对象")
    String candidates_caption();

    @Message("身份证号和电话只显示部分数字。")
    String masked_note();

    @Message("姓名")
    String name();

    @Message("性别")
    String gender();

    @Message("{#when gender}{#is MALE}男{#is FEMALE}女{/when}")
    String gender_value(Gender gender);

    @Message("请选择")
    String choose();

    @Message("出生年月")
    String birth_year_month();

    @Message("身份证号")
    String id_number();

    @Message("工作单位")
    String employer();

    @Message("职务")
    String position();

    @Message("行业")
    String industry();

    @Message("工种")
    String trade();

    @Message("职称")
    String title_field();

    @Message("技术等级")
    String skill_level();

    @Message("参加工作时间")
    String work_start();

    @Message("生产现场工作年限")
    String shop_floor_years();

    @Message("联系电话")
    String phone();

    @Message("组别")
    String group();

    @Message("主要荣誉")
    String honours();

    @Message("技术技能奖项")
    String awards();

    @Message("推荐理由")
    String recommendation_reason();

    @Message("一句话推荐理由")
    String one_line_reason();

    @Message("同行高级专家推荐人 {n}")
    String referee(int n);

    @Message("推荐人姓名")
    String referee_name();

    @Message("推荐人工作单位")
    String referee_employer();

    @Message("推荐人职称")
    String referee_title();

    @Message("带 * 的为必填项。资格条件（年限、推荐人等）由秘书处在形式审查中核对。")
    String form_note();

    @Message("保存推荐对象")
    String save();

    @Message("返回本单位推荐")
    String back();

    @Message("必填")
    String error_required();

    @Message("不能超过 {max} 字")
    String error_too_long(String max);

    @Message("格式不对，应为年月，如 1980-06")
    String error_year_month();

    @Message("须在 {min}–{max} 之间")
    String error_range(String min, String max);

    @Message("身份证号无效（请检查位数、出生日期和校验位）")
    String error_id_number();

    @Message("须为 11 位手机号或带区号的固定电话（如 010-68591845）")
    String error_phone();

    @Message("请从列表中选择")
    String error_choice();

    @Message("本活动中已有相同身份证号的推荐对象")
    String error_duplicate_id();

    @Message("有 {count} 处需要修改：")
    String error_summary(int count);

    @Message("未能保存：{reason}")
    String refused(String reason);
}
