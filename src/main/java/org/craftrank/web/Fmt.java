package org.craftrank.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Formatting for values that may be missing ({@code {fmt:places(x, 2)}}): a method called on a missing value
 * would stop the page, a function of it can say "—" instead.
 */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    private Fmt() {
    }

    /** A statistic to the given number of places, or "—" when there is none (not applicable, or undefined). */
    static String places(Double value, int places) {
        return TemplateFormats.places(value, places);
    }
}
