package org.craftrank.web;

import java.util.List;

/**
 * What the shared layout needs on every page: the language, who is signed in, the role's navigation, a flash
 * message shown once, and the link to the other language.
 *
 * @param lang               IETF tag for {@code <html lang>}
 * @param langParam          {@code zh} or {@code en}, for links that must keep the language (sign-out)
 * @param otherLanguageHref  the current page in the other language
 * @param colon              between a label and its text, in the page's language
 * @param separator          between notes that are sentences of their own (；or ;)
 * @param forms              whether the page may carry forms: a request refused before the CSRF filter ran
 *                           (a 403 page) has no token for them, so its header has no sign-out button
 * @param posted             the page answers a form post (an error beside a field, a refusal, a preview): the
 *                           page script then turns the history entry back into the form's page, so that
 *                           reloading shows that page again instead of posting the form a second time
 */
public record PageFrame(String lang, String langParam, String username, String roleLabel, List<NavLink> nav,
                        String flash, String flashKind, String otherLanguageHref, String otherLanguageLabel,
                        String otherLanguageTag, String colon, String separator, boolean forms,
                        boolean posted) {

    public boolean signedIn() {
        return username != null;
    }

    public PageFrame withoutForms() {
        return new PageFrame(lang, langParam, username, roleLabel, nav, flash, flashKind, otherLanguageHref,
                otherLanguageLabel, otherLanguageTag, colon, separator, false, posted);
    }
}
