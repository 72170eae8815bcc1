package org.craftrank.audit.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.audit.AuditAction;

/** The audit page's wording ({@code {audit:…}}); English in {@code messages/audit_en.properties}. */
@MessageBundle(value = "audit", locale = "zh-CN")
public interface AuditMsg {





    @Message("审计日志只增不改：登录、账号与令牌变更、个人信息查看、评审分配、评分表保存与提交、排名调阅。")
    String audit_intro();

    @Message("操作人")
    String col_actor();

    @Message("角色")
    String col_role();


    @Message("对象")
    String col_object();

    @Message("活动")
    String col_campaign();

    @Message("变更")
    String col_change();

    @Message("地址")
    String col_address();

    @Message("全部操作")
    String all_actions();

    @Message("全部活动")
    String all_campaigns();

    @Message("第 {page} / {pages} 页，共 {total} 条")
    String page_of(int page, long pages, long total);

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("没有符合条件的记录。")
    String no_events();

    @Message("{#when action}{#is LOGIN_SUCCEEDED}登录成功{#is LOGIN_FAILED}登录失败{#is LOGIN_THROTTLED}登录受限"
            + "{#is LOGOUT}退出登录{#is ACCOUNT_CREATED}创建账号{#is ACCOUNT_UPDATED}修改账号"
            + "{#is ACCOUNT_PASSWORD_RESET}重置密码{#is ACCOUNT_PASSWORD_CHANGED}修改本人密码{#is TOKEN_ISSUED}签发令牌{#is TOKEN_REVOKED}吊销令牌"
            + "{#is PERSONAL_DATA_REVEALED}查看个人信息{#is ASSIGNMENT_CREATED}分配专家{#is ASSIGNMENT_REMOVED}取消分配"
            + "{#is CONFLICT_DECLARED}申报回避{#is SHEET_SAVED}保存评分表{#is SHEET_SUBMITTED}提交评分表"
            + "{#is SHEET_REOPENED}重新开放评分表{#is RANKING_PULLED}调阅排名{#is AUTO_ASSIGNMENT_RUN}自动分配专家"
            + "{#is SHORTLIST_RULES_CHANGED}修改名单规则{#is SHORTLIST_PROPOSED}提出建议名单{#is SHORTLIST_ADOPTED}审定建议名单"
            + "{#is SHORTLIST_DEANONYMISED}查看入选者身份{#is OBJECTION_RECORDED}登记异议{#is OBJECTION_DECIDED}处理异议"
            + "{#is CAMPAIGN_PUBLISHED}发布结果{#is CAMPAIGN_SETTINGS_CHANGED}修改活动设置{#is QUOTA_TABLE_APPLIED}导入名额表"
            + "{#is UNIT_LIST_SUBMITTED}上报推荐名单{#is UNIT_LIST_RETURNED}退回推荐名单"
            + "{#is CANDIDATES_IMPORTED}导入汇总表{#is FORMAL_REVIEW_RUN}运行形式审查{#is FORMAL_REVIEW_CONFIRMED}确认审查结果"
            + "{#is FORMAL_REVIEW_OVERRIDDEN}改变审查结果{#is DOSSIER_FILE_UPLOADED}上传申报材料"
            + "{#is DOSSIER_FILE_REPLACED}替换申报材料{#is DOSSIER_FILE_REMOVED}删除申报材料"
            + "{#is DOSSIER_FILE_READ}查阅申报材料{#is DOSSIER_TEXT_SAVED}保存申报文字{#is DOSSIER_FORM_GENERATED}生成推荐表{#else}{action}{/when}")
    String action(AuditAction action);

    /** The kind of object an audit line is about, from the type the audit log records. */
    @Message("{#when type}{#is 'account'}账户{#is 'api-token'}接口令牌{#is 'assignment'}评审分配"
            + "{#is 'campaign'}活动{#is 'candidate'}推荐对象{#is 'objection'}异议{#is 'score-sheet'}评分表"
            + "{#is 'shortlist'}建议名单{#is 'unit'}推荐单位{#is 'expert'}评审专家{#is 'session'}登录会话"
            + "{#is 'ranking'}排名{#is 'dossier-file'}申报材料文件{#is 'dossier-text'}申报材料文字{#else}{type}{/when}")
    String object_type(String type);
}
