package org.craftrank.ranking.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.campaign.AggregationMethod;
import org.craftrank.ranking.engine.EntryFlag;
import org.craftrank.ranking.engine.ExpertFlag;
import org.craftrank.ranking.engine.TrimmedScore;

/**
 * Wording of the ranking, charts, method comparison and diagnostics ({@code {rank:…}}), shared by the
 * secretariat's and the committee's pages; English in {@code messages/rank_en.properties}.
 */
@MessageBundle(value = "rank", locale = "zh-CN")
public interface RankingMsg {


    @Message("{#when method}{#is MEAN}算术平均{#is TRIMMED_MEAN}去掉最高分和最低分后平均{#is MEDIAN}中位数"
            + "{#is Z_SCORE}标准分（Z 分数）{#is BIAS_MODEL}专家偏差校正模型{/when}")
    String method(AggregationMethod method);

    @Message("汇总方法")
    String method_label();

    @Message("截尾个数 k（去掉最高、最低各 k 个，仅用于“去掉最高分和最低分后平均”）")
    String trim_label();

    @Message("查看")
    String show();

    @Message("本活动的汇总方法：{method}")
    String official_method(String method);

    @Message("预览：以下按“{method}”计算，不是本活动的正式排名。")
    String preview_note(String method);

    @Message("{sheets} 份已提交的评分表，{experts} 位专家（以 E01、E02… 代称）。推荐对象只以编号出现。")
    String summary(int sheets, int experts);

    @Message("同分时依次比较：{order}")
    String tie_break_order(String order);

    @Message("同分时由评审委员会决定顺序。")
    String tie_break_none();

    @Message("中位数")
    String step_median();

    @Message("专家两两比较")
    String step_head_to_head();

    @Message("{capability}得分")
    String step_capability(String capability);



    @Message("排名表")
    String table_caption();

    @Message("名次")
    String col_rank();



    @Message("评分表数")
    String col_sheets();

    @Message("标准差")
    String col_sd();

    @Message("极差")
    String col_range();

    @Message("标记")
    String col_flags();

    @Message("说明")
    String col_notes();

    @Message("{#when flag}{#is TIED_FOR_COMMITTEE_DECISION}并列，待评审委员会决定{#is ORDERED_BY_TIE_BREAK}同分，按并列规则排序"
            + "{#is NO_SCORE}无得分{#is RAW_SCORE_FALLBACK}采用原始分{/when}")
    String flag(EntryFlag flag);

    @Message("去掉{#when side}{#is HIGHEST}最高分{#is LOWEST}最低分{/when} {total}（{expert}）")
    String trimmed(TrimmedScore.Side side, String total, String expert);

    @Message("与 {code} 同分，依“{step}”排序")
    String ordered_against(String code, String step);

    @Message("与 {code} 完全并列")
    String tied_with(String code);

    @Message("排名在评审会议阶段开放；当前为“{phase}”阶段，任何人都看不到汇总分。")
    String not_open(String phase);

    // Charts and the tables beside them.

    @Message("工匠五力雷达图")
    String radar_title();

    @Message("所选推荐对象在五项能力上的得分（同一汇总方法）。勾选表中的推荐对象即可对比，默认为前三名。")
    String radar_intro();

    @Message("各推荐对象的五项能力得分")
    String radar_caption();

    @Message("对比")
    String col_compare();

    @Message("在雷达图中显示 {code}")
    String compare_label(String code);

    @Message("雷达图：所选推荐对象的五项能力得分。同样的数据见旁边的表格。")
    String radar_aria();

    @Message("专家评分分布")
    String spread_title();

    @Message("每位推荐对象所获专家总分的最低、中位与最高值，以及汇总得分。竖条越长，专家意见越分散。")
    String spread_intro();

    @Message("各推荐对象的专家总分分布")
    String spread_caption();

    @Message("分布图：各推荐对象专家总分的最低至最高区间与汇总得分。同样的数据见旁边的表格。")
    String spread_aria();

    @Message("最低")
    String col_min();

    @Message("中位")
    String col_median();

    @Message("最高")
    String col_max();

    @Message("各专家总分")
    String col_totals();

    @Message("最低–最高")
    String label_range();

    @Message("专家总分")
    String label_totals();

    @Message("汇总得分")
    String label_score();

    // Method comparison.

    @Message("汇总方法比较")
    String comparison_title();

    @Message("五种汇总方法下的名次；名次随方法变化最大的推荐对象排在最前，可据此判断排名是否稳健。")
    String comparison_intro();

    @Message("最大名次变化")
    String col_change();

    @Message("“{method}”提示：{warning}")
    String method_warning(String method, String warning);

    // Diagnostics.

    @Message("评分诊断")
    String diagnostics_title();

    @Message("推荐对象：专家意见是否一致")
    String candidates_heading();

    @Message("专家总分的标准差超过 {threshold} 分，或有离群分数（修正 z 分数绝对值大于 3.5）时标记为“分歧”。")
    String threshold_note(String threshold);

    @Message("离群分数")
    String col_outliers();

    @Message("分歧")
    String col_disagreement();

    @Message("专家：评分宽严与排序一致性")
    String experts_heading();

    @Message("宽严度为该专家总分与其他专家共识（去掉该专家后计算）之差的平均值；一致性为与共识排序的 Spearman 相关系数。")
    String experts_note();


    @Message("可比较的评分表")
    String col_compared();

    @Message("宽严度（分）")
    String col_leniency();

    @Message("一致性")
    String col_consistency();

    @Message("备注")
    String col_expert_notes();

    @Message("{#when flag}{#is LENIENT}偏松{#is SEVERE}偏严{#is INCONSISTENT}排序与他人不一致{/when}")
    String expert_flag(ExpertFlag flag);

    @Message("评审组整体一致性")
    String agreement_heading();

    @Message("肯德尔和谐系数 W")
    String kendall();

    @Message("组内相关系数（ICC，Shrout 与 Fleiss）")
    String icc();

    @Message("Krippendorff α（等距）")
    String alpha();

    @Message("指标")
    String col_measure();

    @Message("数值")
    String col_value();

    @Message("95% 置信区间")
    String col_interval();

    @Message("不适用")
    String not_applicable();

    @Message("每位专家都评了每位推荐对象（完整设计）。")
    String design_complete();

    @Message("并非每位专家都评了每位推荐对象；W 与 ICC 需要完整设计，α 可处理缺失。")
    String design_incomplete();
}
