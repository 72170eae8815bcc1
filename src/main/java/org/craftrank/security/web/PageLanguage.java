package org.craftrank.security.web;

import java.util.Locale;

/** Pages speak Chinese unless the user asks for English ({@code ?lang=en}) or their browser prefers it. */
public enum PageLanguage {
    ZH("zh-CN"), EN("en");

    private final String tag;

    PageLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static PageLanguage choose(String langParam, String acceptLanguage) {
        if (langParam != null) {
            return langParam.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
        if (acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return ZH;
    }
}
