package org.craftrank.security.web;

/** The sign-in pages' wording in each language. */
public record SignInText(String lang, String title, String username, String password, String submit,
                         String refused, String throttled, String signedInAs, String role, String signOut,
                         String apiDocs, String otherLanguage, String otherLanguageParam) {

    public static SignInText of(PageLanguage language) {
        return language == PageLanguage.EN
                ? new SignInText("en", "CraftRank sign-in", "Username", "Password", "Sign in",
                "Invalid username or password.", "Too many failed sign-ins. Try again in %d seconds.",
                "Signed in as", "Role", "Sign out", "API documentation", "中文", "zh")
                : new SignInText("zh-CN", "工匠评审系统登录", "用户名", "密码", "登录",
                "用户名或密码错误。", "登录失败次数过多，请 %d 秒后再试。",
                "当前用户", "角色", "退出登录", "接口文档", "English", "en");
    }

    public String throttledFor(long seconds) {
        return String.format(throttled, seconds);
    }
}
