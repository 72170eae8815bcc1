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
                            String refused, String throttled, String otherLanguage, String otherLanguageParam,
                            String expiredNotice, String expiredAndBack, String signInFirstNotice) {

    public static SignInWording of(PageLanguage language) {
        return language == PageLanguage.EN
                ? new SignInWording("en", "en", "CraftRank sign-in", "Username", "Password", "Sign in",
                "Invalid username or password.", "Too many failed sign-ins. Try again in %d seconds.",
                "中文", "zh", "Your session has ended. Please sign in again.",
                "Your session has ended. Sign in again and you will come back to the page you were on;"
                        + " a score sheet offers back what you typed.",
                "Please sign in; you will then come to the page you asked for.")
                : new SignInWording("zh-CN", "zh", "工匠评审系统登录", "用户名", "密码", "登录",
                "用户名或密码错误。", "登录失败次数过多，请 %d 秒后再试。", "English", "en",
                "登录已过期，请重新登录。", "登录已过期，请重新登录。登录后将回到原来的页面，评分表中已填写的内容可以恢复。",
                "请先登录，登录后将打开您要访问的页面。");
    }

    /** The session ended; {@code comingBack} when the form brings the visitor back to their page. */
    public String expired(boolean comingBack) {
        return comingBack ? expiredAndBack : expiredNotice;
    }

    public String signInFirst() {
        return signInFirstNotice;
    }

    public String throttledFor(long seconds) {
        return String.format(throttled, seconds);
    }
}
