package org.craftrank.scoring.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.scoring.work.SheetState;

/** The expert pages' wording ({@code {expert:…}}); English in {@code messages/expert_en.properties}. */
@MessageBundle(value = "expert", locale = "zh-CN")
public interface ExpertMsg {

    @Message("我的评审任务")
    String list_title();

    @Message("已提交 {submitted} / {total} 份评分表")
    String submitted_of(int submitted, int total);


    @Message("暂无分配给您的推荐对象。")
    String no_assignments();

    @Message("评分在“专家逐项打分”阶段开放；当前为“{phase}”阶段，已保存的评分表只能查看。")
    String not_scoring_phase(String phase);






    @Message("状态")
    String col_status();


    @Message("{#when state}{#is NOT_STARTED}未开始{#is DRAFT}草稿{#is SUBMITTED}已提交{#is CONFLICT}已回避{/when}")
    String state(SheetState state);

    @Message("{#when state}{#is NOT_STARTED}开始评分{#is DRAFT}继续评分{#else}查看{/when}")
    String action(SheetState state);

    // The score sheet.

    @Message("评分表：{code}")
    String sheet_title(String code);

    @Message("返回评审任务")
    String back_to_list();

    @Message("申报材料")
    String materials();

    @Message("支撑材料参考提纲")
    String materials_outline();






    @Message("{years} 年")
    String years(int years);





    @Message("个人自述")
    String personal_statement();


    @Message("同行高级专家推荐人")
    String referees();

    @Message("逐项打分")
    String scoring_heading();

    @Message("权重 {percent}")
    String weight(String percent);

    @Message("指标解释")
    String explanation();

    @Message("支撑材料")
    String evidence();

    @Message("分数")
    String score();

    @Message("{min}–{max} 分，每档 {step} 分")
    String scale_hint(String min, String max, String step);

    @Message("评语（选填）")
    String comment_label();

    @Message("总体评语（选填）")
    String overall_comment();

    @Message("小计")
    String subtotal();

    @Message("加权总分")
    String running_total();

    @Message("已填 {filled} / {total} 项")
    String filled(String filled, int total);

    @Message("加权总分随填写实时计算，仅供参考；提交时以系统精确计算为准。")
    String running_total_note();

    @Message("保存草稿")
    String save_draft();

    @Message("提交评分表…")
    String submit();

    @Message("已自动保存")
    String autosave_saved();

    @Message("有分数不符合要求，暂未自动保存。")
    String autosave_invalid();

    @Message("评分表已在别处更改，暂未自动保存；请保存时核对。")
    String autosave_stale();

    @Message("自动保存未完成，请手动保存草稿。")
    String autosave_failed();

    @Message("须在 {min}–{max} 分之间")
    String error_in_range(String min, String max);

    @Message("须按每档 {step} 分填写")
    String error_on_step(String step);

    @Message("请填写数字")
    String error_number();

    @Message("提交前须为此项打分")
    String error_required();

    @Message("不能超过 {max} 字")
    String error_too_long(int max);


    @Message("此评分表已在其他窗口中更改。您刚才填写的内容仍在下方，请核对后再次保存。")
    String stale_version();

    @Message("评分表已提交（{time}），现为只读。如需更正，请联系秘书处重新开放。")
    String submitted_read_only(String time);

    @Message("秘书处已于 {time} 退回此评分表，请修改后重新提交。")
    String reopened_notice(String time);

    @Message("退回原因：{reason}")
    String reopened_reason(String reason);

    @Message("下一位待评：{label}")
    String next_candidate(String label);

    @Message("分配给您的推荐对象均已提交或回避。")
    String all_done();

    @Message("您已申报回避或与该推荐对象存在利益冲突，不能为其评分。")
    String conflict_blocked();

    @Message("提交时计算的得分")
    String submitted_totals();

    @Message("加权总分（精确值：{exact}）")
    String overall_exact(String exact);

    // Conflict of interest (主动回避).

    @Message("申报回避")
    String conflict_heading();

    @Message("如您与该推荐对象存在利益关系（同一单位、亲属、曾为其推荐人等），请申报回避。申报后不能再为其评分，秘书处将看到您的申报。")
    String conflict_intro();

    @Message("回避理由")
    String conflict_reason();

    @Message("请填写回避理由（不超过 {max} 字）")
    String conflict_reason_required(int max);

    // Confirmation before submitting.

    @Message("确认提交：{code}")
    String confirm_title(String code);

    @Message("提交后评分表将只读，只有秘书处可以重新开放。请核对以下分数：")
    String confirm_intro();

    @Message("指标")
    String item();

    @Message("确认提交")
    String confirm_button();

    @Message("返回修改")
    String confirm_back();

    @Message("本活动匿名评审：候选人只以编号显示，不显示姓名、推荐单位和工作单位。")
    String blind_list_note();

    @Message("本活动匿名评审：姓名、推荐单位、工作单位、职务和推荐人的姓名、单位不显示，材料中出现的这些名称已隐去。"
            + "自由填写的材料仍可能透露身份，请只依据材料评分。")
    String blind_sheet_note();

    @Message("推荐人 {n}")
    String blind_referee(int n);

    // The sheet on small screens, drafts kept in the browser, an ended session (issue 22).

    @Message("展开或收起申报材料")
    String materials_toggle_hint();

    @Message("减 {step} 分")
    String step_down(String step);

    @Message("加 {step} 分")
    String step_up(String step);

    @Message("评分操作栏")
    String sheet_bar();

    @Message("本浏览器中保存有此评分表尚未由服务器确认保存的输入。")
    String draft_found();

    @Message("此后评分表在服务器上已有更改；恢复后请核对再保存。")
    String draft_found_changed();

    @Message("恢复我的输入")
    String draft_restore();

    @Message("放弃")
    String draft_discard();

    @Message("已恢复本浏览器中保存的输入，尚未保存到服务器，请保存草稿。")
    String draft_restored();

    @Message("登录已过期。您的输入已保存在本浏览器中；请重新登录，登录后将回到此评分表，并可恢复输入。")
    String session_expired();

    @Message("重新登录")
    String sign_in_again();

    @Message("评语")
    String comment_read_only();

    @Message("总体评语")
    String overall_comment_read_only();
}
