package org.craftrank.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;

/**
 * Pages speak Chinese unless the user asks for English: {@code ?lang=en} (remembered in the {@value #COOKIE}
 * cookie for the following pages), or a browser that prefers English.
 */
public enum PageLanguage {
    ZH("zh-CN", "zh", "：", "、", "；"), EN("en", "en", ": ", ", ", "; ");

    /** Remembers the last {@code ?lang=} choice, so links need not carry it. */
    public static final String COOKIE = "craftrank_lang";

    private final String tag;
    private final String param;
    private final String colon;
    private final String listSeparator;
    private final String clauseSeparator;

    PageLanguage(String tag, String param, String colon, String listSeparator, String clauseSeparator) {
        this.tag = tag;
        this.param = param;
        this.colon = colon;
        this.listSeparator = listSeparator;
        this.clauseSeparator = clauseSeparator;
    }

    /**
     * Between a label and its text: full-width in Chinese, a colon and a space in English. (Punctuation lives
     * here rather than in the message files, whose values lose their trailing spaces.)
     */
    public String colon() {
        return colon;
    }

    /** Between the items of a list written out in a sentence. */
    public String listSeparator() {
        return listSeparator;
    }

    /** Between notes that are sentences of their own. */
    public String clauseSeparator() {
        return clauseSeparator;
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

    /** The language of a tag this enum gave out ({@link #tag()}). */
    public static PageLanguage fromTag(String tag) {
        return parse(tag);
    }

    /** A message bundle's words in this language (Chinese is every bundle's default). */
    public <T> T bundle(Class<T> bundle) {
        return this == ZH ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(tag()));
    }

    private static PageLanguage parse(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }
}
