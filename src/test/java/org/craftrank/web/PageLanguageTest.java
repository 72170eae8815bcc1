package org.craftrank.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageLanguageTest {

    @Test
    void theRequestsChoiceBeatsTheRememberedOneWhichBeatsTheBrowsers() {
        assertEquals(PageLanguage.EN, PageLanguage.choose("en", "zh", "zh-CN"));
        assertEquals(PageLanguage.ZH, PageLanguage.choose("zh", "en", "en-GB"));
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, "en", "zh-CN"));
        assertEquals(PageLanguage.EN, PageLanguage.choose("", null, "en-GB,en;q=0.9"));
        assertEquals(PageLanguage.ZH, PageLanguage.choose(null, null, null), "Chinese by default");
        assertEquals(PageLanguage.ZH, PageLanguage.choose("fr", null, null), "anything else is Chinese");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        assertEquals("/secretariat/audit?action=LOGOUT&page=2&lang=en",
                PageFrames.withLanguage("/secretariat/audit?action=LOGOUT&lang=zh&page=2", PageLanguage.EN));
        assertEquals("/expert?lang=zh", PageFrames.withLanguage("/expert", PageLanguage.ZH));
    }
}
