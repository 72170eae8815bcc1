package org.craftrank.security.web;

import java.util.Locale;

/**
 * Pages speak Chinese unless the user asks for English: {@code ?lang=en} (remembered in the {@value #COOKIE}
 * cookie for the following pages), or a browser that prefers English.
 */
public enum PageLanguage {
    ZH("zh-CN", "zh"), EN("en", "en");

    /** Remembers the last {@code ?lang=} choice, so links need not carry it. */
    public static final String COOKIE = "craftrank_lang";

    private final String tag;
    private final String param;

    PageLanguage(String tag, String param) {
        this.tag = tag;
        this.param = param;
    }

    /** The IETF tag, for {@code <html lang>} and the message bundles. */
    public String tag() {
        return tag;
    }

    /** The value of {@code ?lang=} and of the cookie that selects this language. */
    public String param() {
        return param;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public PageLanguage other() {
        return this == ZH ? EN : ZH;
    }

    public static PageLanguage choose(String langParam, String acceptLanguage) {
        return choose(langParam, null, acceptLanguage);
    }

    /** The explicit choice of this request first, then the remembered one, then the browser's preference. */
    public static PageLanguage choose(String langParam, String cookie, String acceptLanguage) {
        if (langParam != null && !langParam.isBlank()) {
            return parse(langParam);
        }
        if (cookie != null && !cookie.isBlank()) {
            return parse(cookie);
        }
        if (acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return ZH;
    }

    private static PageLanguage parse(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }
}
