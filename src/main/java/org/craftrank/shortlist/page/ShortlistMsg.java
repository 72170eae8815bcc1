package org.craftrank.shortlist.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.shortlist.solver.ConstraintKind;
import org.craftrank.shortlist.solver.ReasonKind;

/**
 * The shortlist and public notice pages' wording ({@code {short:…}}); English in
 * {@code messages/short_en.properties}. The solver writes its explanations as English sentences; the page renders
 * them from their kind, key and limit instead ({@link #reason}).
 */
@MessageBundle(value = "short", locale = "zh-CN")
public interface ShortlistMsg {


    @Message("名单规则")
    String rules_heading();

    @Message("名额 {places} 人（活动设置）。以下限制均为选填；按单位、行业、组别单独设置的上限请通过接口维护，此处保留不变。")
    String rules_intro(String places);

    @Message("每个推荐单位最多")
    String max_per_unit();

    @Message("每个行业最多")
    String max_per_industry();

    @Message("每个组别最多")
    String max_per_group();

    @Message("女性至少（人数）")
    String women_count();

    @Message("女性至少（占名额的百分比）")
    String women_share();

    @Message("青年至少（人数）")
    String young_count();

    @Message("青年至少（占名额的百分比）")
    String young_share();

    @Message("青年年龄上限（岁）")
    String young_age_limit();

    @Message("保存规则")
    String save_rules();

    @Message("名单规则只能在评审会议结束前修改。")
    String rules_read_only();


    @Message("须为 0–100 之间的数。")
    String error_percent();

    @Message("您打开本页后，其他人修改了名单规则或本活动的设置，您的修改未保存。下面显示的是现在的规则，请核对后重新修改。")
    String rules_changed_meanwhile();

    @Message("人数和百分比只能填一项。")
    String error_count_or_share();

    @Message("设置青年下限时须填写年龄上限（16–80）。")
    String error_young_age();

    @Message("提出新版本")
    String propose_heading();


    @Message("必须列入的编号（以空格或逗号分隔）")
    String fixed_inclusions();

    @Message("不予列入的编号（以空格或逗号分隔）")
    String fixed_exclusions();

    @Message("求解并保存为新版本")
    String propose();

    @Message("只有评审会议阶段才能提出和审定名单。")
    String proposals_read_only();

    @Message("各版本")
    String versions_heading();

    @Message("尚无版本。")
    String no_versions();

    @Message("版本")
    String col_version();

    @Message("来源")
    String col_origin();


    @Message("提出人")
    String col_by();

    @Message("时间")
    String col_at();

    @Message("入选人数")
    String col_filled();

    @Message("总分")
    String col_total();

    @Message("已审定")
    String adopted();

    @Message("查看")
    String view();

    @Message("第 {version} 版")
    String version_title(int version);

    @Message("第 {version} 版（已审定名单）")
    String version_title_adopted(int version);

    @Message("名额 {requested}，入选 {filled}；参评 {candidates} 人，可入选 {eligible} 人；总分 {total}，入选分数线 {cut}。")
    String version_summary(int requested, int filled, int candidates, int eligible, String total, String cut);

    @Message("求解器在时限内未证明此名单最优。")
    String not_optimal();

    @Message("入选者")
    String selected_heading();

    @Message("分数线以上（或同分）未入选者")
    String out_heading();

    @Message("无。")
    String none();


    @Message("排名")
    String col_rank();


    @Message("理由")
    String col_reasons();

    @Message("同分")
    String tied();

    @Message("限制条件")
    String constraints_heading();

    @Message("条件")
    String col_constraint();

    @Message("限额")
    String col_limit();

    @Message("入选")
    String col_selected();

    @Message("起作用")
    String col_binding();

    @Message("是")
    String yes();

    @Message("{#when kind}{#is PLACES}名额{#is UNIT_CAP}推荐单位上限{#is INDUSTRY_CAP}行业上限{#is GROUP_CAP}组别上限"
            + "{#is WOMEN_MINIMUM}女性下限{#is YOUNG_MINIMUM}青年下限{#is FIXED_INCLUSION}必须列入{#is FIXED_EXCLUSION}不予列入"
            + "{#is KEPT_ON_LIST}退出后保留名单{#is WITHDRAWN}退出{/when}")
    String constraint(ConstraintKind kind);

    @Message("{#when kind}{#is MERIT}按得分入选{#is FIXED_INCLUSION}评审委员会决定列入{#is KEPT_ON_LIST}有人退出后保留在名单上"
            + "{#is WOMEN_MINIMUM}因女性人数下限（{limit}）入选，占用了排名在前的 {related} 的名额"
            + "{#is YOUNG_MINIMUM}因青年人数下限（{limit}）入选，占用了排名在前的 {related} 的名额"
            + "{#is NO_SCORE}没有汇总得分，不能入选{#is FIXED_EXCLUSION}评审委员会决定不予列入{#is WITHDRAWN}已退出"
            + "{#is UNIT_CAP_REACHED}推荐单位 {key} 已达上限 {limit} 人{#is INDUSTRY_CAP_REACHED}行业“{key}”已达上限 {limit} 人"
            + "{#is GROUP_CAP_REACHED}组别“{key}”已达上限 {limit} 人"
            + "{#is DISPLACED_BY_WOMEN_MINIMUM}因女性人数下限（{limit}），名额由排名在后的 {related} 占用"
            + "{#is DISPLACED_BY_YOUNG_MINIMUM}因青年人数下限（{limit}），名额由排名在后的 {related} 占用"
            + "{#is DISPLACED_BY_FIXED_INCLUSION}名额由评审委员会决定列入的 {related} 占用"
            + "{#is DISPLACED_BY_KEPT_ON_LIST}名额由保留在名单上的 {related} 占用"
            + "{#is TIED_AT_EQUAL_SCORE}与 {related} 同分，仅按排名先后未入选{#is OUTRANKED}入选者排名均在其前"
            + "{#is NOT_PROVEN_OPTIMAL}求解未在时限内证明最优，此人或可替换排名在后的入选者{/when}")
    String reason(ReasonKind kind, String key, String limit, String related);

    @Message("比较两个版本")
    String compare_heading();

    @Message("比较")
    String compare();

    @Message("与")
    String with();

    @Message("仅在第 {version} 版：{codes}")
    String only_in(int version, String codes);

    @Message("两版共有 {count} 人；总分差 {difference}。")
    String in_both(int count, String difference);

    @Message("审定此版本")
    String adopt();

    @Message("审定意见（必填）")
    String adopt_reason();

    @Message("审定后活动进入“审定”阶段，名单不再变动（公示期间的异议除外）。")
    String adopt_note();

    @Message("必填。")
    String error_required();

    @Message("不能超过 {max} 字。")
    String error_too_long(int max);

    @Message("无法按这些条件求解：{detail}")
    String infeasible(String detail);

    // Why the constraints cannot be met, one sentence per reason the solver found (see ShortlistInfeasibleWording).

    @Message("{#when why}{#is NO_SCORE}没有汇总得分{#is FIXED_EXCLUSION}同时被列为不予列入{#is WITHDRAWN}已退出{/when}")
    String ineligible_because(ReasonKind why);

    @Message("{#when kind}{#is UNIT_CAP}推荐单位{#is INDUSTRY_CAP}行业{#is GROUP_CAP}组别{/when}")
    String cap_noun(ConstraintKind kind);

    @Message("{#when kind}{#is WOMEN_MINIMUM}女性{#is YOUNG_MINIMUM}青年{/when}")
    String qualifying(ConstraintKind kind);

    @Message("必须列入的")
    String fixed_candidate();

    @Message("保留在名单上的")
    String kept_candidate();

    @Message("{who} {code} 不能入选：{why}")
    String infeasible_forced_ineligible(String who, String code, String why);

    @Message("必须列入的 {required} 人多于 {places} 个名额")
    String infeasible_forced_over_places(long required, int places);

    @Message("必须列入的推荐对象中有 {required} 人属于{group}“{key}”，超过其上限 {limit} 人")
    String infeasible_forced_over_cap(String group, String key, long required, long limit);

    @Message("按{constraint}，最多只能选出 {achievable} 人，少于 {places} 个名额（差 {shortBy} 人）")
    String infeasible_cap_capacity(String constraint, long achievable, int places, long shortBy);

    @Message("{constraint}要求至少 {required} 人，但只有 {places} 个名额")
    String infeasible_minimum_over_places(String constraint, long required, int places);

    @Message("{constraint}要求至少 {required} 人，符合条件的推荐对象只有 {achievable} 人（差 {shortBy} 人）")
    String infeasible_minimum_too_few(String constraint, long required, long achievable, long shortBy);

    @Message("按{cap}，名单上最多只能有 {achievable} 名{who}，而{constraint}要求至少 {required} 人（差 {shortBy} 人）")
    String infeasible_cap_limits_minimum(String cap, long achievable, String who, String constraint, long required,
                                         long shortBy);

    @Message("必须列入的推荐对象占去名额后，最多只能再有 {achievable} 名{who}，而{constraint}要求至少 {required} 人（差 {shortBy} 人）")
    String infeasible_forced_crowd_out(long achievable, String who, String constraint, long required, long shortBy);

    @Message("{constraints}在 {places} 个名额下无法同时满足")
    String infeasible_together(String constraints, int places);

    @Message("{constraints}无法同时满足：名单上最多只能有 {achievable} 名{who}，至少需要 {required} 人（差 {shortBy} 人）")
    String infeasible_together_minimum(String constraints, long achievable, String who, long required, long shortBy);

    @Message("{constraints}无法同时满足：最多只能选出 {achievable} 人，少于 {places} 个名额（差 {shortBy} 人）")
    String infeasible_together_places(String constraints, long achievable, int places, long shortBy);

    @Message("求解未能在时限内完成：请放宽条件，或稍后再试。")
    String not_solved();



    // The public notice.


    @Message("名单审定后才有公示内容。")
    String notice_not_yet();



    @Message("公示页面（公众可见）")
    String public_page();

    @Message("公示页面在公示阶段和公布后对公众开放。")
    String public_page_later();

    @Message("共 {count} 人（排名不分先后）。")
    String notice_count(int count);

    @Message("校验码（SHA-256）：{checksum}")
    String checksum(String checksum);

    @Message("异议")
    String objections_heading();

    @Message("尚无异议。")
    String no_objections();

    @Message("登记异议")
    String record_objection();

    @Message("被异议的推荐对象编号")
    String objection_code();

    @Message("异议内容摘要")
    String objection_summary();


    @Message("只有公示阶段才能登记和处理异议。")
    String objections_read_only();

    @Message("收到时间")
    String col_received();

    @Message("内容")
    String col_summary();

    @Message("处理结果")
    String col_outcome();

    @Message("{#when outcome}{#is DISMISSED}驳回，保留在名单上{#is WITHDRAWN}异议成立，撤出名单{/when}")
    String outcome(org.craftrank.shortlist.Objection.Outcome outcome);

    @Message("待处理")
    String open();

    @Message("处理理由（必填）")
    String decision_reason();

    @Message("驳回")
    String dismiss();

    @Message("撤出名单并递补")
    String withdraw();

    @Message("已生成第 {version} 版")
    String resulting_version(int version);

    @Message("该编号不在现行名单上。")
    String error_not_listed();
}
