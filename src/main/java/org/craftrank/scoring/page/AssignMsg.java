package org.craftrank.scoring.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The assignments page's automatic assignment and sheet reopening ({@code {assign:…}}); English in
 * {@code messages/assign_en.properties}.
 */
@MessageBundle(value = "assign", locale = "zh-CN")
public interface AssignMsg {

    @Message("自动分配评审专家")
    String auto_heading();

    @Message("先预览：预览只计算方案，不保存任何分配；确认无误后再保存。已有的分配全部保留，并计入覆盖数和工作量。")
    String auto_intro();

    @Message("每位推荐对象的评审专家人数（R）")
    String reviews_label();

    @Message("由本组全部无回避的专家评审")
    String all_label();

    @Message("每位专家最少评审人数")
    String min_load_label();

    @Message("每位专家最多评审人数")
    String max_load_label();

    @Message("优先安排专业领域与推荐对象行业、工种相符的专家")
    String affinity_label();

    @Message("随机种子（选填；相同种子和数据得到相同方案）")
    String seed_label();

    @Message("预览")
    String preview();

    @Message("保存此方案")
    String commit();

    @Message("方案预览（尚未保存）")
    String preview_heading();

    @Message("新增分配 {count} 条，保留已有分配 {kept} 条。")
    String preview_counts(int count, int kept);

    @Message("每位专家评审 {min}–{max} 人。")
    String preview_loads(int min, int max);

    @Message("{covered} / {total} 位推荐对象达到所需评审人数。")
    String preview_coverage(long covered, int total);

    @Message("专业相符的分配：{count} 条。")
    String preview_affinity(int count);

    @Message("各专家工作量")
    String loads_heading();



    @Message("保留")
    String col_kept();

    @Message("新增")
    String col_proposed();

    @Message("合计")
    String col_total();

    @Message("方案指纹：{fingerprint}")
    String fingerprint(String fingerprint);

    @Message("必填，或勾选“由本组全部无回避的专家评审”。")
    String error_reviews_required();

    @Message("填写人数或勾选“全部专家”，二者只能选一。")
    String error_one_of();

    @Message("须为 {min}–{max} 之间的整数。")
    String error_whole_number(int min, int max);


    @Message("不能小于最少评审人数。")
    String error_max_below_min();

    @Message("方案在预览之后已有变化（数据已更改或种子不同）。请查看下面的新预览，再保存。")
    String plan_changed();

    @Message("无法按这些条件分配：{detail}")
    String infeasible(String detail);

    // The solver's bottleneck, one sentence per shape (Infeasible.Facts keys); an empty group means none.

    @Message("{code}")
    String candidate_plain(String code);

    @Message("{group}组的{code}")
    String candidate_in_group(String code, String group);

    @Message("专家{label}")
    String expert_plain(String label);

    @Message("{group}组的专家{label}")
    String expert_in_group(String label, String group);

    @Message("推荐对象{who}只有 {eligible} 位无回避的专家，需要 {required} 位{#if shortOf != '1'}（共有 {shortOf} 位推荐对象专家不足）{/if}。")
    String infeasible_enough_eligible_experts(String who, String eligible, String required, String shortOf);

    @Message("{who}只能评审 {possible} 位推荐对象（无回避{#if grouped}且属本组{/if}），但最少评审人数为 {lower}。")
    String infeasible_lower_bound_reachable(String who, boolean grouped, String possible, String lower);

    @Message("各位专家最多评审人数合计 {upper}，但需要 {needed} 次评审。")
    String infeasible_upper_bounds_cover_demand(String upper, String needed);

    @Message("各位专家最少评审人数合计 {lower}，但只需要 {needed} 次评审。")
    String infeasible_lower_bounds_fit_demand(String lower, String needed);

    @Message("{group}组还需要 {needed} 次评审，但本组专家的最多评审人数只剩 {room} 次。")
    String infeasible_group_upper_bounds_cover_demand(String group, String needed, String room);

    @Message("{group}组专家按最少评审人数至少还要评审 {lower} 次，但本组只需要 {needed} 次。")
    String infeasible_group_lower_bounds_fit_demand(String group, String lower, String needed);

    @Message("推荐对象{who}需要 {required} 次评审，但最多只能得到 {possible} 次：其 {eligible} 位无回避的专家中有 {full} 位已达最多评审人数。")
    String infeasible_saturated_candidate(String who, String required, String possible, String full, String eligible);

    @Message("{count} 位推荐对象{#if groups}（{groups}组）{/if}（{codes}{#if more != '0'}等，另有 {more} 位{/if}）还需要 {needed} 次评审，但可评审他们的 {experts} 位无回避专家只能再评 {received} 次：其中 {full} 位已达最多评审人数。")
    String infeasible_saturated_candidates(String count, String groups, String codes, String more, String needed,
                                           String experts, String received, String full);

    @Message("{who}最少须评审 {min} 位推荐对象，但最多只能得到 {possible} 位：其可评审的推荐对象已由其他专家评审或需要其他专家评审。")
    String infeasible_unreachable_lower_bound(String who, String min, String possible);

    @Message("{count} 位专家（{names}{#if more != '0'}等，另有 {more} 位{/if}）按最少评审人数合计还要评审 {needed} 次，但他们可评审的推荐对象只能提供 {received} 次。")
    String infeasible_unreachable_lower_bounds(String count, String names, String more, String needed,
                                               String received);

    @Message("没有任何方案能同时满足每位专家的最少、最多评审人数和所需评审人数；请放宽评审人数限制。")
    String infeasible_load_bounds();


    @Message("只有在形式审查阶段和专家逐项打分阶段才能分配评审专家。")
    String refused_phase();

    // Reopening a submitted sheet.

    @Message("评分表")
    String col_sheet();


    @Message("退回修改")
    String reopen();

    @Message("退回理由（必填）")
    String reopen_reason();

    @Message("退回须填写理由。")
    String error_reopen_reason();


    @Message("只有专家逐项打分阶段才能退回评分表。")
    String refused_reopen_phase();

    @Message("该评分表不是已提交状态。")
    String refused_not_submitted();
}
