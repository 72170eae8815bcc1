package org.craftrank.unit.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.unit.UnitKind;
import org.craftrank.unit.UnitListStatus;

/** The secretariat's unit pages' wording ({@code {units:…}}); English in {@code messages/units_en.properties}. */
@MessageBundle(value = "units", locale = "zh-CN")
public interface UnitsMsg {

    @Message("推荐单位")
    String title();

    @Message("{#when kind}{#is PROVINCE}省（区、市）总工会{#is INDUSTRY_UNION}产业工会{#is CITY_UNION}市（区）总工会"
            + "{#is OTHER}其他单位{/when}")
    String kind(UnitKind kind);

    @Message("{#when status}{#is OPEN}未上报{#is SUBMITTED}已上报{#is RETURNED}已退回{/when}")
    String list_status(UnitListStatus status);

    @Message("共 {units} 个推荐单位，名额 {places} 个，已推荐 {nominated} 人；{missing} 个单位尚未推荐任何人，{open} 个单位尚未上报名单。")
    String summary(int units, int places, long nominated, int missing, int open);

    @Message("显示")
    String filter_label();

    @Message("{#when filter}{#is 'all'}全部单位{#is 'not-nominated'}尚未推荐的单位{#is 'not-submitted'}尚未上报的单位{/when}")
    String filter(String filter);

    @Message("筛选")
    String apply_filter();

    @Message("单位名称")
    String col_name();

    @Message("类别")
    String col_kind();

    @Message("名额")
    String col_quota();

    @Message("已推荐")
    String col_nominated();

    @Message("名单状态")
    String col_status();

    @Message("联系人及联系方式")
    String col_contact();

    @Message("操作")
    String col_actions();

    @Message("尚未推荐")
    String not_nominated();

    @Message("修改")
    String edit();

    @Message("删除")
    String remove();

    @Message("没有符合条件的推荐单位。")
    String none();

    @Message("添加推荐单位")
    String add_heading();

    @Message("名额（最多推荐人数）")
    String quota();

    @Message("最少推荐人数（名额为区间时填写，如 2-3 名中的 2）")
    String minimum();

    @Message("联系人及联系方式")
    String contact();

    @Message("例如：张三 025-12345678（办公电话）")
    String contact_hint();

    @Message("添加")
    String add();

    @Message("保存")
    String save();

    @Message("载入名额表")
    String quota_table_heading();

    @Message("名额表")
    String quota_table();

    @Message("按通知附件的名额表创建或更新本活动的推荐单位；已推荐的人数不会被压缩，重复载入同一张表不会改变任何内容。")
    String quota_table_hint();

    @Message("载入")
    String load();

    @Message("{name}（共 {total} 个名额）")
    String quota_table_option(String name, String total);

    @Message("本阶段（{phase}）不能再添加、修改或删除推荐单位：推荐截止后名额固定。")
    String locked(String phase);

    @Message("修改推荐单位")
    String edit_heading();

    @Message("返回推荐单位列表")
    String back();

    @Message("名单状态：{status}")
    String status_line(String status);

    @Message("上报时间：{at}")
    String submitted_at(String at);

    @Message("上次退回：{at}，理由：{reason}")
    String returned_line(String at, String reason);

    @Message("退回名单")
    String return_heading();

    @Message("退回后该单位可以修改推荐对象并重新上报。请写明需要修改的内容，该单位会看到。")
    String return_hint();

    @Message("退回理由")
    String return_reason();

    @Message("退回给该单位修改")
    String return_button();

    @Message("删除推荐单位")
    String remove_heading();

    @Message("确定删除“{name}”吗？该单位尚未推荐任何人；删除后它的名额 {quota} 个不再计入本活动。")
    String remove_confirm(String name, String quota);

    @Message("确认删除")
    String remove_button();

    @Message("取消")
    String cancel();

    @Message("其他人在您打开此页后修改了该推荐单位。下面是当前的内容，请重新修改后保存。")
    String changed_meanwhile();

    /** A refusal of an action, worded from its rule. */
    @Message("{#when rule}"
            + "{#is 'phase'}当前阶段不允许这一操作。"
            + "{#is 'unit-in-use'}该单位已推荐了推荐对象，不能删除；请先撤回其推荐对象。"
            + "{#is 'list-not-submitted'}该单位尚未上报名单，无需退回。"
            + "{#is 'list-submitted'}该单位已上报名单。"
            + "{#else}未能完成这一操作。{/when}")
    String refused(String rule);

    /** A field's error, worded from its rule; {@code max} is the limit of a length or range rule, if any. */
    @Message("{#when rule}"
            + "{#is 'not-blank'}请填写此项。"
            + "{#is 'not-null'}请填写此项。"
            + "{#is 'size'}最多 {max} 个字。"
            + "{#is 'min'}数值太小。"
            + "{#is 'max'}数值太大。"
            + "{#is 'whole-number'}请填写整数。"
            + "{#is 'choice'}请从列表中选择。"
            + "{#is 'unique'}本活动已有同名的推荐单位。"
            + "{#is 'minimum-within-quota'}最少推荐人数不能超过名额。"
            + "{#is 'quota-covers-nominated'}名额不能少于该单位已推荐的人数。"
            + "{#is 'known-table'}没有这张名额表，请从列表中选择。"
            + "{#is 'kind-has-range'}这张名额表没有规定这一类单位的名额。"
            + "{#else}此项有误，请检查。{/when}")
    String error(String rule, String max);
}
