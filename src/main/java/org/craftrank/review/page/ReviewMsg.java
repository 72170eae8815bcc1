package org.craftrank.review.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.model.definition.RuleSeverity;
import org.craftrank.review.ReviewDecision;
import org.craftrank.review.rules.Outcome;

/**
 * The formal review page's wording ({@code {review:…}}); English in {@code messages/review_en.properties}. The
 * reasons themselves are the eligibility rules' sentences and the notices' own words, which exist in Chinese only.
 */
@MessageBundle(value = "review", locale = "zh-CN")
public interface ReviewMsg {

    @Message("形式审查结果")
    String heading();

    @Message("逐人列出审查结论（通过 / 提示 / 不通过）及每一条理由：规则与其所依据的通知原文。")
    String intro();

    @Message("运行形式审查")
    String run();

    @Message("重新运行形式审查")
    String rerun();

    @Message("形式审查只能在形式审查阶段运行和决定；本活动现处于“{phase}”阶段，以下结果只读。")
    String read_only(String phase);

    @Message("尚未运行形式审查。")
    String not_run();

    @Message("共 {candidates} 人：通过 {pass}，提示 {warn}，不通过 {fail}，未审查 {notReviewed}，改判 {overridden}，"
            + "需重新审查 {stale}；准予进入评分 {admitted} 人。")
    String counts(int candidates, int pass, int warn, int fail, int notReviewed, int overridden, int stale,
                  int admitted);

    @Message("关于推荐单位的提示")
    String unit_notices();

    @Message("{#when outcome}{#is PASS}通过{#is WARN}提示{#is FAIL}不通过{/when}")
    String outcome(Outcome outcome);

    @Message("{#when decision}{#is CONFIRMED}已确认{#is OVERRIDDEN}已改判{/when}")
    String decision(ReviewDecision decision);

    @Message("{#when severity}{#is FAIL}不通过{#is WARN}提示{/when}")
    String severity(RuleSeverity severity);

    @Message("未审查")
    String not_reviewed();




    @Message("结论")
    String col_outcome();

    @Message("理由")
    String col_reasons();

    @Message("决定")
    String col_decision();

    @Message("规则")
    String rule();

    @Message("依据")
    String basis();

    @Message("无")
    String no_reasons();

    @Message("准予评分")
    String admitted();

    @Message("不进入评分")
    String not_admitted();

    @Message("审查后推荐对象信息已更正，须重新运行审查")
    String stale();

    @Message("确认")
    String confirm();

    @Message("改判")
    String override();

    @Message("改判理由（必填）")
    String reason_label();

    @Message("改判须填写理由。")
    String error_reason_required();


    @Message("请选择确认或改判。")
    String error_decision();


    @Message("{by}，{at}")
    String decided_by(String by, String at);


    @Message("该推荐对象已分配评审专家；先删除其评审分配，才能将其排除在评分之外。")
    String refused_has_assignments();

    @Message("该推荐对象在审查后被更正；请先重新运行形式审查。")
    String refused_stale();

    @Message("该推荐对象尚未审查；请先运行形式审查。")
    String refused_not_reviewed();
}
