package org.craftrank.security.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The own-account page's wording ({@code {acct:…}}); English in {@code messages/acct_en.properties}. */
@MessageBundle(value = "acct", locale = "zh-CN")
public interface AccountMsg {

    @Message("我的账户")
    String title();

    @Message("用户名：{username} · 角色：{role}")
    String who(String username, String role);

    @Message("登录会话")
    String sessions_heading();

    @Message("以下是您账户当前有效的登录会话。修改密码后，除本会话外的其他会话都会结束。")
    String sessions_intro();

    @Message("开始时间（北京时间）")
    String col_started();

    @Message("最近使用（北京时间）")
    String col_last_seen();

    @Message("本会话")
    String current();

    @Message("（通过接口令牌访问，没有登录会话）")
    String no_session();

    @Message("修改密码")
    String password_heading();

    @Message("当前密码")
    String current_password();

    @Message("新密码")
    String new_password();

    @Message("至少 {min} 个字符。")
    String new_password_hint(int min);

    @Message("再次输入新密码")
    String repeat_password();

    @Message("保存新密码")
    String save();

    @Message("密码已修改，其他 {ended} 个登录会话已结束。")
    String changed(int ended);

    @Message("{#when rule}{#is 'current-password'}当前密码不正确。{#is 'password-length'}新密码至少 {min} 个字符。"
            + "{#is 'same-password'}新密码不能与当前密码相同。{#is 'repeat'}两次输入的新密码不一致。"
            + "{#is 'not-null'}请填写此项。{#else}此项有误，请检查。{/when}")
    String error(String rule, int min);
}
