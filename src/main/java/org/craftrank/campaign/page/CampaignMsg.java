package org.craftrank.campaign.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.model.definition.AggregationMethod;

/** The campaign creation and settings pages' wording ({@code {camp:…}}); English in {@code messages/camp_en.properties}. */
@MessageBundle(value = "camp", locale = "zh-CN")
public interface CampaignMsg {

    @Message("新建活动")
    String new_campaign();

    @Message("活动设置")
    String settings();

    @Message("基本信息")
    String section_basics();

    @Message("汇总评分")
    String section_aggregation();

    @Message("名单与评审")
    String section_shortlist();

    @Message("活动名称")
    String name();

    @Message("级别")
    String level();

    @Message("年度")
    String year();

    @Message("评价指标体系")
    String model();

    @Message("级别和评价指标体系在创建活动时确定，之后不能修改：活动冻结创建时的指标体系。")
    String fixed_note();

    @Message("汇总方法")
    String method();

    @Message("{#when method}{#is MEAN}算术平均{#is TRIMMED_MEAN}去掉最高分和最低分后平均{#is MEDIAN}中位数"
            + "{#is Z_SCORE}标准分（按专家标准化）{#is BIAS_MODEL}专家偏差模型{/when}")
    String method_label(AggregationMethod method);

    @Message("去掉最高分和最低分的个数（k）")
    String trim();

    @Message("只用于“去掉最高分和最低分后平均”：k = 1 即去掉一个最高分和一个最低分；其他方法填 0。")
    String trim_hint();

    @Message("同分时的比较顺序")
    String tie_break_legend();

    @Message("第 {n} 步")
    String tie_break(int n);

    @Message("（不比较）")
    String tie_none();

    @Message("中位数高者在前")
    String tie_median();

    @Message("名次高于对方的专家多者在前")
    String tie_higher_ranked();

    @Message("“{name}”得分高者在前")
    String tie_capability(String name);

    @Message("建议名单名额")
    String shortlist_size();

    @Message("建议名单保留的人数。进入评审会议阶段前必须填写，此后不能修改。")
    String shortlist_size_hint();

    @Message("匿名评审：专家只看到推荐对象的编号，看不到姓名、推荐单位和工作单位")
    String blind();

    @Message("专家开始评分后不能再切换。")
    String blind_hint();

    @Message("回避规则")
    String conflict_legend();

    @Message("专家与推荐对象的工作单位相同、专家是推荐对象的推荐人、专家主动申报回避：这三条始终适用。")
    String conflict_always();

    @Message("另外：专家所在单位是推荐对象的推荐单位时也须回避")
    String conflict_same_unit();

    @Message("创建活动")
    String create();

    @Message("保存设置")
    String save();

    @Message("返回活动概况")
    String back_to_overview();

    @Message("本阶段（{phase}）不能再修改活动设置：汇总方法和名单名额在评审会议开始时确定。")
    String locked(String phase);

    @Message("本阶段不能再切换匿名评审：专家已经看到推荐对象的材料。")
    String blind_locked();

    @Message("其他人在您打开此页后修改了活动设置。下面是当前的设置，请重新修改后保存。")
    String changed_meanwhile();

    @Message("未能保存：{reason}")
    String refused(String reason);

    @Message("当前阶段不允许这一修改。")
    String refused_phase();

    /** A field's error, worded from its rule; {@code max} is the limit of a length or range rule, if any. */
    @Message("{#when rule}"
            + "{#is 'not-blank'}请填写此项。"
            + "{#is 'not-null'}请填写此项。"
            + "{#is 'size'}最多 {max} 个字。"
            + "{#is 'min'}数值太小。"
            + "{#is 'max'}数值太大。"
            + "{#is 'positive'}请填写大于 0 的整数。"
            + "{#is 'whole-number'}请填写整数。"
            + "{#is 'choice'}请从列表中选择。"
            + "{#is 'known-model'}没有这个评价指标体系，请从列表中选择。"
            + "{#is 'model-covers-level'}所选评价指标体系没有规定这一级别的推荐条件，请换一个级别或指标体系。"
            + "{#is 'trim-count-needed'}“去掉最高分和最低分后平均”须至少去掉 1 个。"
            + "{#is 'trim-count-unused'}只有“去掉最高分和最低分后平均”才去掉分数，请填 0。"
            + "{#is 'unique'}同一比较步骤不能重复。"
            + "{#is 'known-capability'}所选评价指标体系没有这一项一级指标。"
            + "{#is 'known-tie-break'}请从列表中选择比较步骤。"
            + "{#is 'optional-rule'}这条回避规则始终适用，无需选择。"
            + "{#else}此项有误，请检查。{/when}")
    String error(String rule, String max);
}
