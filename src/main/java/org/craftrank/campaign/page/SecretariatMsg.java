package org.craftrank.campaign.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.model.definition.CampaignLevel;

/** The secretariat pages' wording ({@code {sec:…}}); English in {@code messages/sec_en.properties}. */
@MessageBundle(value = "sec", locale = "zh-CN")
public interface SecretariatMsg {


    @Message("活动名称")
    String col_name();

    @Message("级别")
    String col_level();

    @Message("年度")
    String col_year();

    @Message("推荐单位")
    String units();

    @Message("推荐对象")
    String candidates();

    @Message("评审专家")
    String experts();

    @Message("{#when level}{#is NATIONAL}全国{#is PROVINCIAL}省级{#is CITY}市级{/when}")
    String level(CampaignLevel level);

    // Tabs of a campaign.

    @Message("概况")
    String tab_overview();

    @Message("设置")
    String tab_settings();

    @Message("推荐单位")
    String tab_units();

    @Message("新建活动")
    String new_campaign();


    @Message("评审分配")
    String tab_assignments();


    @Message("评分诊断")
    String tab_diagnostics();


    @Message("导入汇总表")
    String tab_import();

    @Message("形式审查")
    String tab_formal_review();



    @Message("活动页面")
    String tabs_label();

    // Overview.

    @Message("评价指标体系")
    String model();

    @Message("当前阶段")
    String current_phase();

    @Message("下一步")
    String next_step();

    @Message("评分表")
    String sheets();

    @Message("添加推荐单位，然后进入推荐阶段。")
    String next_draft();

    @Message("推荐单位提交推荐对象；有推荐对象后进入形式审查。")
    String next_nomination();

    @Message("审查推荐对象、分配评审专家；有专家后进入专家逐项打分。")
    String next_formal_review();

    @Message("还有 {outstanding} 份评分表未提交（其中 {drafts} 份是草稿），见“评分进度”。")
    String next_scoring_open(int outstanding, int drafts);

    @Message("全部评分表已提交，可以进入评审会议阶段。")
    String next_scoring_done();

    @Message("评审委员会研究排名，提出建议名单。")
    String next_deliberation();

    @Message("名单已审定，下一步是公示。")
    String next_approved();

    @Message("公示中；公示期满后公布。")
    String next_public_notice();

    @Message("本活动已结束。")
    String next_published();

    @Message("进入“{phase}”阶段")
    String transition_to(String phase);


    @Message("未能进入下一阶段：{reason}")
    String transition_refused(String reason);

    /** A phase guard's refusal, worded from its rule code (the service's sentence is English, for API clients). */
    @Message("{#when rule}"
            + "{#is 'has-recommending-units'}进入“推荐”阶段前，须至少添加一个推荐单位。"
            + "{#is 'has-candidates'}本活动还没有推荐对象。"
            + "{#is 'has-experts'}进入“评分”阶段前，须至少添加一名评审专家。"
            + "{#is 'has-submitted-sheets'}进入“审议”阶段前，须至少有一份已提交的评分表。"
            + "{#is 'has-shortlist-size'}进入“审议”阶段前，须在“活动设置”页填写建议名单名额。"
            + "{#is 'has-adopted-shortlist'}进入“审定”阶段前，须先在“建议名单”页审定一个名单版本。"
            + "{#is 'objections-open'}公示期间收到的异议尚未全部处理，处理后才能公布。"
            + "{#is 'phase-order'}活动只能逐个阶段向前推进。"
            + "{#else}当前条件不允许进入下一阶段。{/when}")
    String guard(String rule);

    @Message("公示期至 {lastDay} 止，{publishableFrom} 起方可公布。")
    String guard_notice_period(String lastDay, String publishableFrom);

    @Message("公示期延伸到 {year} 年，本系统尚未收录该年国务院办公厅公布的节假日安排，无法计算公示期结束日。请联系系统管理员补充后再公布。")
    String guard_holiday_calendar_missing(String year);

    @Message("阶段记录")
    String history_heading();

    @Message("从")
    String col_from();

    @Message("到")
    String col_to();



    // Progress.

    @Message("已提交 {submitted} / {required} 份评分表")
    String overall_progress(int submitted, int required);

    @Message("{drafts} 份草稿")
    String drafts(int drafts);

    @Message("尚未完成的专家：{names}")
    String experts_behind(String names);

    @Message("所有专家都已提交全部评分表。")
    String all_done();

    @Message("{count} 位推荐对象的评分表尚未收齐。")
    String candidates_behind(long count);

    @Message("这里只有数量，没有分数：评分期间任何人都看不到汇总分。")
    String counts_only();

    @Message("各专家进度（未完成的在前）")
    String experts_heading();


    @Message("分配")
    String col_assigned();

    @Message("未开始")
    String col_not_started();

    @Message("草稿")
    String col_draft();


    @Message("申报回避")
    String col_conflicts();

    @Message("未完成")
    String col_outstanding();

    @Message("进度")
    String col_progress();

    @Message("落后")
    String behind();

    @Message("各推荐对象进度（未收齐的在前）")
    String candidates_heading();



    @Message("应收")
    String col_required();

    @Message("已收")
    String col_received();

    @Message("尚无评审分配，还没有评分进度。")
    String no_progress();

    // Assignments.

    @Message("共 {count} 条评审分配")
    String assignments_count(int count);

    @Message("按专家筛选")
    String filter_expert();

    @Message("全部专家")
    String all_experts();


    @Message("分配时间（北京时间）")
    String col_assigned_at();

    @Message("尚无评审分配。")
    String no_assignments();

    @Message("专家申报的回避")
    String conflicts_heading();

    @Message("理由")
    String col_conflict_reason();

    @Message("申报时间（北京时间）")
    String col_declared_at();

    @Message("没有专家申报回避。")
    String no_conflicts();
}
