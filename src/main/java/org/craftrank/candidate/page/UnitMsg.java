package org.craftrank.candidate.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.candidate.Gender;

/** The recommending unit's pages ({@code {unit:…}}); English in {@code messages/unit_en.properties}. */
@MessageBundle(value = "unit", locale = "zh-CN")
public interface UnitMsg {


    @Message("推荐名额：已推荐 {nominated} / {quota} 人")
    String quota(long nominated, int quota);

    @Message("单位推荐只在“推荐”阶段开放；当前为“{phase}”阶段，推荐名单只能查看。")
    String nomination_closed(String phase);

    @Message("推荐新的推荐对象")
    String nominate();

    @Message("名额已用完。")
    String quota_used();

    @Message("本单位尚未推荐任何人。")
    String no_candidates();

    @Message("本单位推荐对象")
    String candidates_caption();

    @Message("身份证号和电话只显示部分数字。")
    String masked_note();


    @Message("性别")
    String gender();

    @Message("{#when gender}{#is MALE}男{#is FEMALE}女{/when}")
    String gender_value(Gender gender);


    @Message("出生年月")
    String birth_year_month();

    @Message("身份证号")
    String id_number();







    @Message("参加工作时间")
    String work_start();


    @Message("联系电话")
    String phone();






    @Message("同行高级专家推荐人 {n}")
    String referee(int n);

    @Message("推荐人姓名")
    String referee_name();

    @Message("推荐人工作单位")
    String referee_employer();

    @Message("推荐人职称")
    String referee_title();

    @Message("带 * 的为必填项。资格条件（年限、推荐人等）由秘书处在形式审查中核对。")
    String form_note();

    @Message("保存推荐对象")
    String save();

    @Message("返回本单位推荐")
    String back();

    @Message("必填")
    String error_required();

    @Message("不能超过 {max} 字")
    String error_too_long(String max);

    @Message("格式不对，应为年月，如 1980-06")
    String error_year_month();

    @Message("须在 {min}–{max} 之间")
    String error_range(String min, String max);

    @Message("身份证号无效（请检查位数、出生日期和校验位）")
    String error_id_number();

    @Message("须为 11 位手机号或带区号的固定电话（如 010-68591845）")
    String error_phone();

    @Message("请从列表中选择")
    String error_choice();

    @Message("本活动中已有相同身份证号的推荐对象")
    String error_duplicate_id();


    @Message("未能保存：{reason}")
    String refused(String reason);

    @Message("导入汇总表")
    String import_title();

    @Message("导入汇总表（Excel / CSV）")
    String import_link();

    @Message("上传推荐汇总表（.xlsx 或 UTF-8 编码的 .csv，不超过 {maxMib} MiB、{maxRows} 行）。先检查，不保存；没有问题时再点“导入”，全部推荐对象一次保存。")
    String import_intro(String maxMib, int maxRows);

    @Message("汇总表文件")
    String import_file();

    @Message("只接受 .xlsx 或 .csv 文件；列名按通知附件的汇总表填写。")
    String import_file_hint();


    @Message("按表中“推荐单位”列")
    String import_unit_from_table();

    @Message("上传并检查")
    String import_check();

    @Message("空白汇总表模板（Excel，各列已设为文本格式）：")
    String import_templates();

    @Message("当前为“{phase}”阶段，不能导入推荐对象。")
    String import_closed(String phase);

    @Message("返回")
    String import_back();

    @Message("检查结果")
    String report_heading();

    @Message("文件：{name}")
    String report_file(String name);

    @Message("共 {rows} 行：{accepted} 行可以导入，{rejected} 行有问题，{skipped} 行跳过（示例行、空行）。")
    String report_counts(int rows, int accepted, int rejected, int skipped);

    @Message("没有发现问题。")
    String report_clean();

    @Message("发现 {count} 个问题。请在表中改正后重新上传：导入要么全部保存，要么一行都不保存。")
    String report_problems(int count);

    @Message("发现的问题")
    String report_caption();

    @Message("行")
    String col_row();

    @Message("列")
    String col_column();

    @Message("单元格内容")
    String col_value();

    @Message("问题")
    String col_problem();

    @Message("整个文件")
    String whole_file();

    @Message("详情")
    String detail();

    @Message("导入 {count} 名推荐对象")
    String import_commit(int count);

    @Message("将按刚才检查的文件导入（服务器保存至多 30 分钟，导入后即删除）。")
    String import_commit_note();

    @Message("请选择要上传的文件")
    String error_no_file();

    @Message("只能上传 .xlsx 或 .csv 文件")
    String error_file_type();

    @Message("文件超过 {max} MiB，请拆分后分别上传")
    String error_too_large(String max);

    @Message("上传的文件已过期或已经导入，请重新上传。")
    String error_expired();

    @Message("请选择推荐单位")
    String error_unit();

    @Message("当前阶段不能导入推荐对象（推荐单位在“推荐”阶段导入）。")
    String import_refused_phase();

    @Message("超出推荐名额，未导入任何推荐对象。")
    String import_refused_quota();

    @Message("导入时发现新的问题（例如期间有人推荐了候选人），未导入任何推荐对象。请看下面的检查结果。")
    String import_changed();

    @Message("{#when rule}{#is FORMAT}不是 .xlsx 文件，也不是 UTF-8 编码的 .csv 文件{#is ENCODING}CSV 文件须为 UTF-8 编码（在 Excel 中“另存为”“CSV UTF-8”）{#is MAX_SIZE}文件过大{#is EMPTY_FILE}文件是空的{#is EMPTY_SHEET}工作表是空的{#is CSV_SYNTAX}CSV 格式有误（如引号不成对）{#is TOO_MANY_ROWS}行数超过上限，请拆分后分别上传{#is TOO_MANY_COLUMNS}列数超过上限{#is CELL_TOO_LONG}单元格内容过长{#is ZIP_BOMB}文件结构异常，已拒绝{#is UNREADABLE}文件无法读取（已损坏或有密码？）{#is HEADER_ROW}找不到表头行（须有“姓名”等汇总表的列名）{#is MISSING_COLUMN}缺少必需的列{#is UNKNOWN_COLUMN}无法识别的列名{#is DUPLICATE_COLUMN}列名重复{#is UNNAMED_COLUMN}此列有内容但没有列名{#is MERGED_CELLS}有合并的单元格，请取消合并，每行填一名推荐对象{#is NO_ROWS}表中没有推荐对象{#is UNIT_REQUIRED}表中没有“推荐单位”列，请选择推荐单位{#is REQUIRED}必填{#is NOT_BLANK}必填{#is GB11643}身份证号无效（请检查位数、出生日期和校验位）{#is DUPLICATE_ID_NUMBER}身份证号重复（表中或本活动中已有）{#is MATCHES_ID_NUMBER}与身份证号中的出生年月不一致{#is PHONE_FORMAT}须为 11 位手机号或带区号的固定电话（如 010-68591845）{#is DATE_FORMAT}日期格式不对，可写 1980.6、1980-06、1980年6月{#is NOT_FUTURE}日期不能晚于今天{#is AFTER_BIRTH}须晚于出生年月{#is WITHIN_WORKING_LIFE}生产现场工作年限超过了参加工作以来的年数{#is KNOWN_VALUE}不是可选的值{#is KNOWN_GROUP}不是本活动的组别{#is KNOWN_UNIT}不是本活动的推荐单位{#is AMBIGUOUS_UNIT}对应多个推荐单位，请写全称{#is UNIT_MISMATCH}推荐单位与本次导入的单位不一致{#is UNIT_QUOTA}超出推荐单位的推荐名额{#is MAX_LENGTH}超过字数限制{#is SIZE}超过字数限制{#is WHOLE_NUMBER}须为整数{#is IN_RANGE}超出允许的范围{#is TEXT_CELL}数字格式的单元格丢失了内容，请把该列设为文本后重新填写{#is CELL_ERROR}单元格是 Excel 错误值，请填写内容{#is REFEREE_FORMAT}请按“姓名，单位，职务”填写，用逗号分隔{#is AMBIGUOUS_NUMBER}按数字填写的年月不明确（1980.10 会变成 1980.1），请设为文本后填写{/when}")
    String problem(ImportRule rule);

    // Issue 21: the full nomination form, corrections, withdrawal, and the list's submission (上报).

    @Message("民族")
    String ethnicity();

    @Message("学历（学位）")
    String education();

    @Message("政治面貌")
    String political_status();

    @Message("单位性质")
    String enterprise_type();

    @Message("人员结构")
    String personnel_category();

    @Message("例如：一线产业工人、技术人员")
    String personnel_category_hint();

    @Message("是否农民工")
    String migrant_worker();

    @Message("个人自述")
    String personal_statement();

    @Message("单位地址")
    String employer_address();

    @Message("邮编")
    String postcode();

    @Message("所属集团公司")
    String group_company();

    @Message("推荐单位声明")
    String declarations();

    @Message("是否已被认定为大国工匠")
    String decl_recognised();

    @Message("是否担任单位领导职务")
    String decl_leadership();

    @Message("是否已入选国家级和其他部委人才计划")
    String decl_programme();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("（未声明）")
    String undeclared();

    @Message("须为 6 位数字")
    String error_postcode();

    @Message("与身份证号中的出生年月不一致")
    String error_birth_matches_id();

    @Message("修改推荐对象")
    String edit();

    @Message("修改")
    String edit_link();

    @Message("撤回")
    String withdraw_link();

    @Message("已登记：{masked}。留空则保持不变，填写则替换。")
    String keep_hint(String masked);

    @Message("撤回推荐对象")
    String withdraw_heading();

    @Message("确定撤回“{name}”吗？撤回后该推荐对象及其材料将被删除，名额空出 1 个。")
    String withdraw_confirm(String name);

    @Message("确认撤回")
    String withdraw_button();

    @Message("取消")
    String cancel();

    @Message("推荐对象已撤回。")
    String withdrawn();

    @Message("名单状态：{status}")
    String list_status_line(String status);

    @Message("{#when status}{#is OPEN}未上报{#is SUBMITTED}已上报{#is RETURNED}已退回{/when}")
    String list_status(org.craftrank.unit.UnitListStatus status);

    @Message("名单已于 {at} 上报，秘书处退回前不能再推荐、修改或撤回推荐对象。")
    String submitted_note(String at);

    @Message("秘书处于 {at} 退回了名单，理由：{reason}。请修改后重新上报。")
    String returned_note(String at, String reason);

    @Message("上报名单")
    String submit_list();

    @Message("上报推荐名单")
    String submit_heading();

    @Message("将上报 {count} 名推荐对象（名额 {quota} 名）。上报后本单位不能再推荐、修改或撤回推荐对象，除非秘书处退回名单。")
    String submit_confirm(long count, int quota);

    @Message("注意：名额区间要求至少推荐 {minimum} 名，目前只有 {count} 名。")
    String submit_below_minimum(int minimum, long count);

    @Message("注意：本单位尚未推荐任何人。上报空名单即表示本单位不推荐。")
    String submit_empty();

    @Message("确认上报")
    String submit_button();

    /** A refusal of the unit's portal, worded from its rule. */
    @Message("{#when rule}"
            + "{#is 'list-submitted'}本单位的名单已上报，秘书处退回前不能修改。"
            + "{#is 'phase'}当前阶段不允许这一操作。"
            + "{#is 'unit-quota'}名额已用完。"
            + "{#is 'stale-version'}其他人在您打开此页后修改了该推荐对象，请重新打开后再修改。"
            + "{#else}未能完成这一操作。{/when}")
    String portal_refused(String rule);
}
