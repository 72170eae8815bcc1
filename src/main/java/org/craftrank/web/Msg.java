package org.craftrank.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.common.access.Role;

/**
 * Wording shared by every page: layout, navigation, roles, phases, errors and flash messages. Chinese is the
 * default written here; {@code messages/msg_en.properties} holds the English. Templates use {@code {msg:key}};
 * Qute checks every key and parameter at build time, and {@code MessageBundlesTest} that each has English.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface Msg {

    @Message("工匠评审系统")
    String app_name();

    @Message("跳到正文")
    String skip_to_content();

    /** On a form's button while its action runs (the page blocks a second click meanwhile). */
    @Message("正在处理…")
    String busy();

    @Message("主导航")
    String nav_main();

    @Message("退出登录")
    String sign_out();

    @Message("English")
    String other_language();

    @Message("{#when role}{#is ADMIN}秘书处{#is UNIT}推荐单位{#is EXPERT}评审专家{#is COMMITTEE}评审委员会{/when}")
    String role(Role role);

    /** The language these words are in, so code holding only this bundle can fetch another in the same one. */
    @Message("zh-CN")
    String language_tag();


    // Navigation of each role.

    @Message("活动")
    String nav_campaigns();

    @Message("审计日志")
    String nav_audit();

    @Message("我的评审")
    String nav_my_reviews();

    @Message("评审会议")
    String nav_committee();

    @Message("本单位推荐")
    String nav_unit();

    @Message("我的账户")
    String nav_account();


    // Shared words.

    /** A text field's counter (filled in by the page script: {n} is replaced there). */
    @Message("还可输入 {n} 字")
    String chars_left(String n);

    @Message("超出 {n} 字，请删减后再保存")
    String chars_over(String n);

    @Message("最多 {max} 字")
    String chars_limit(int max);

    @Message("阶段")
    String phase_label();

    @Message("您目前没有参与任何活动。")
    String no_campaigns();

    // Error pages.

    @Message("无权访问")
    String error_403_title();

    @Message("您的角色（{role}）不能打开此页面。")
    String error_403_text(String role);

    @Message("未找到")
    String error_404_title();

    @Message("您要找的内容不存在，或您无权查看。")
    String error_404_text();

    @Message("暂时无法办理")
    String error_409_title();

    @Message("输入有误")
    String error_400_title();

    @Message("系统错误")
    String error_500_title();

    @Message("请求未能完成。如需帮助，请向秘书处提供编号 {reference}。")
    String error_500_text(String reference);

    @Message("返回首页")
    String back_home();

    @Message("状态码 {status}")
    String error_status(int status);

    @Message("此操作当前不能办理。请返回上一页，核对后再试；如有疑问，请联系秘书处。")
    String refusal_generic();

    @Message("其他人同时更改了同一数据，本次未保存任何内容。请重新打开页面后再试。")
    String refusal_concurrent_change();

    @Message("当前阶段不允许此操作。")
    String refusal_phase();

    @Message("提交的内容有误，未保存。请返回上一页修改后再试。")
    String invalid_generic();

    @Message("提交的内容含有不能保存的字符，本次未保存任何内容：{fields}。请返回上一页，删除这些字符（常见于从其他软件复制的文字）后再提交。")
    String invalid_text(String fields);

    @Message("“{field}”一栏含有不成对的代理字符（不是有效的文字）")
    String invalid_text_surrogate(String field);

    @Message("“{field}”一栏含有控制字符（只允许制表符和换行）")
    String invalid_text_control(String field);

    @Message("这一栏含有不能保存的控制字符（常见于从其他软件复制的文字；只允许制表符和换行），请删除后再提交。")
    String text_field_control();

    @Message("这一栏含有不成对的代理字符（不是有效的文字），请删除后再提交。")
    String text_field_surrogate();

    @Message("登录已结束，请重新登录。")
    String error_401_text();

    @Message("重新登录")
    String sign_in_again();

    // Flash messages, shown once after a redirect.

    @Message("{#when flash}{#is SHEET_SAVED}评分表草稿已保存。{#is SHEET_SUBMITTED}评分表已提交，现为只读。"
            + "{#is CONFLICT_DECLARED}回避申报已提交，秘书处可以看到。{#is PHASE_CHANGED}活动已进入下一阶段。"
            + "{#is CANDIDATE_NOMINATED}推荐对象已保存。{#is REVIEW_RUN}形式审查已运行，结果如下。"
            + "{#is REVIEW_DECIDED}审查决定已记录。{#is ASSIGNMENTS_CREATED}自动分配已保存。"
            + "{#is SHEET_REOPENED}评分表已退回专家修改。{#is SHORTLIST_RULES_SAVED}名单规则已保存。"
            + "{#is SHORTLIST_PROPOSED}已生成新的建议名单版本。{#is SHORTLIST_ADOPTED}建议名单已审定。"
            + "{#is OBJECTION_RECORDED}异议已登记。{#is OBJECTION_DECIDED}异议处理结果已记录。"
            + "{#is CANDIDATES_IMPORTED}汇总表已导入，推荐对象已保存。{#is CAMPAIGN_CREATED}活动已创建。"
            + "{#is CAMPAIGN_SETTINGS_SAVED}活动设置已保存。{#is UNIT_SAVED}推荐单位已保存。"
            + "{#is UNIT_REMOVED}推荐单位已删除。{#is QUOTA_TABLE_APPLIED}名额表已载入。"
            + "{#is CANDIDATE_WITHDRAWN}推荐对象已撤回。{#is LIST_SUBMITTED}推荐名单已上报，秘书处退回前不能再修改。"
            + "{#is LIST_RETURNED}推荐名单已退回该单位修改。{/when}")
    String flash(Flash flash);

    // Words several features' pages share (column headings, candidate fields, common refusals).
    @Message("评分进度")
    String scoring_progress();

    @Message("排名")
    String ranking();

    @Message("建议名单")
    String shortlist();

    @Message("公示")
    String public_notice();

    @Message("说明（选填）")
    String note_optional();

    @Message("说明")
    String note();

    @Message("时间（北京时间）")
    String time_beijing();

    @Message("专家")
    String expert();

    @Message("已提交")
    String submitted();

    @Message("编号")
    String code();

    @Message("姓名")
    String name();

    @Message("筛选")
    String filter();

    @Message("下载 Excel")
    String download_xlsx();

    @Message("下载 CSV")
    String download_csv();

    @Message("得分")
    String score();

    @Message("须为整数。")
    String error_whole_number();

    @Message("未能办理：{reason}")
    String refused(String reason);

    @Message("当前阶段不能办理此事。")
    String refused_phase();

    @Message("请选择")
    String choose();

    @Message("推荐单位")
    String recommending_unit();

    @Message("理由不能超过 {max} 字。")
    String error_reason_too_long(int max);

    @Message("操作")
    String action();

    @Message("工作单位")
    String employer();

    @Message("工种")
    String trade();

    @Message("组别")
    String group();

    @Message("职务")
    String position();

    @Message("行业")
    String industry();

    @Message("职称")
    String professional_title();

    @Message("技术等级")
    String skill_level();

    @Message("生产现场工作年限")
    String shop_floor_years();

    @Message("主要荣誉")
    String honours();

    @Message("技术技能奖项")
    String awards();

    @Message("推荐理由")
    String recommendation_reason();

    @Message("一句话推荐理由")
    String one_line_reason();

    @Message("有 {count} 处需要修改：")
    String error_summary(int count);
}
