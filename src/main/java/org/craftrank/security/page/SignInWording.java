package org.craftrank.security.page;

import org.craftrank.web.PageLanguage;

/**
 * The sign-in page's wording in each language. (The other pages use the Qute message bundles of
 * {@code org.craftrank.web}; the sign-in page keeps its few words here, beside the form that needs them.)
 *
 * @param lang  IETF tag for {@code <html lang>}
 * @param param {@code zh} or {@code en}, as {@code ?lang=} takes it
 */
public record SignInWording(String lang, String param, String title, String username, String password, String submit,
                         String refused, String throttled, String otherLanguage, String otherLanguageParam) {

    public static SignInWording of(PageLanguage language) {
        return language == PageLanguage.EN
                ? new SignInWording("en", "en", "CraftRank sign-in", "Username", "Password", "Sign in",
                "Invalid username or password.", "Too many failed sign-ins. Try again in %d seconds.",
                "中文", "zh")
                : new SignInWording("zh-CN", "zh", "工匠评审系统登录", "用户名", "密码", "登录",
                "用户名或密码错误。", "登录失败次数过多，请 %d 秒后再试。", "English", "en");
    }

    public String throttledFor(long seconds) {
        return String.format(throttled, seconds);
    }
}
