package org.craftrank.ranking.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.model.definition.AggregationMethod;
import org.craftrank.ranking.engine.EntryFlag;
import org.craftrank.ranking.engine.ExpertDiagnostics;
import org.craftrank.ranking.engine.ExpertFlag;
import org.craftrank.ranking.engine.TrimmedScore;
import org.craftrank.ranking.engine.Unavailable;

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
            + "{#is NO_SCORE}无得分{#is RAW_SCORE_FALLBACK}采用原始分"
            + "{#is FEWER_SHEETS_THAN_ASSIGNED}已提交评分表少于分配的专家数{/when}")
    String flag(EntryFlag flag);

    @Message("去掉{#when side}{#is HIGHEST}最高分{#is LOWEST}最低分{/when} {total}（{expert}）")
    String trimmed(TrimmedScore.Side side, String total, String expert);

    @Message("与 {code} 同分，依“{step}”排序")
    String ordered_against(String code, String step);

    @Message("与 {code} 完全并列")
    String tied_with(String code);

    @Message("没有已提交的评分表")
    String no_sheets();

    @Message("去掉最高、最低各 {k} 个需要至少 {needed} 份评分表，现有 {has} 份")
    String too_few_to_trim(int k, int needed, int has);

    @Message("此汇总方法无法为其计算得分")
    String no_score_by_method();

    @Message("只有 {sheets} 份评分表，分配了 {assigned} 位专家")
    String fewer_sheets(int sheets, int assigned);

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

    @Message("名额线：本次共 {places} 个名额，表格和分布图中的虚线标在第 {places} 名之后。入选名单以审定的建议名单为准。")
    String cut_note(int places);

    @Message("名额线（前 {places} 名）")
    String cut_label(int places);

    @Message("上一页")
    String chart_previous();

    @Message("下一页")
    String chart_next();

    @Message("每页显示")
    String chart_window_label();

    @Message("全部")
    String chart_window_all();

    @Message("第 {from}–{to} 名，共 {total} 名")
    String chart_window(String from, String to, String total);

    @Message("纵轴 {low}–{high} 分：按当前显示的推荐对象取范围，不从量表最低分开始，以便区分分数接近的推荐对象。")
    String spread_axis(String low, String high);

    @Message("径向轴 {low}–{high} 分：按所选推荐对象的最低分取范围，不从量表最低分开始。")
    String radar_axis(String low, String high);

    @Message("表格可滚动，列出全部推荐对象")
    String chart_table_region();

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

    @Message("专家总分的标准差超过 {threshold} 分（评分量程的 {share} 倍），或有离群分数（修正 z 分数绝对值大于 3.5）时"
            + "标记为“分歧”。")
    String threshold_note(String threshold, String share);

    @Message("标准差 {sd} 分，超过 {threshold} 分")
    String spread_above(String sd, String threshold);

    @Message("离群分数")
    String col_outliers();

    @Message("分歧")
    String col_disagreement();

    @Message("专家：评分宽严与排序一致性")
    String experts_heading();

    @Message("宽严度为该专家总分与其他专家共识（去掉该专家后计算）之差的平均值；只有在统计上显著且超过 {margin} 分时才标记"
            + "“偏松”或“偏严”。一致性为与共识排序的 Spearman 相关系数。")
    String experts_note(String margin);

    @Message("{#when note}{#is NO_SHARED_CANDIDATES}其评审对象没有其他专家评分，无法比较"
            + "{#is TOO_FEW_FOR_T_TEST}可比较的评分表少于 2 份，无法检验宽严"
            + "{#is CONSTANT_DEVIATION}与共识的差值全部相同，t 值无定义"
            + "{#is WITHIN_PRACTICAL_MARGIN}差异在统计上显著，但未超过实际意义的界限，不标记"
            + "{#is TOO_FEW_FOR_CONSISTENCY}可比较的评分表少于 3 份，无法计算一致性"
            + "{#is NO_SPREAD_FOR_CONSISTENCY}总分没有差异，一致性无定义{/when}")
    String expert_note(ExpertDiagnostics.Note note);

    @Message("{#when reason}{#is TOO_FEW_EXPERTS}无法计算：至少需要 2 位专家"
            + "{#is TOO_FEW_CANDIDATES}无法计算：至少需要 2 位各有 2 份以上评分表的推荐对象"
            + "{#is INCOMPLETE_DESIGN}无法计算：并非每位专家都评了每位推荐对象"
            + "{#is NO_VARIATION}无法计算：总分没有差异{/when}")
    String unavailable(Unavailable reason);


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
