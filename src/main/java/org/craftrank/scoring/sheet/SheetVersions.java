package org.craftrank.scoring.sheet;

import org.craftrank.common.version.IfMatch;

/**
 * Entity tags of sheets. A sheet not yet saved is {@code "v0"}; a saved one is {@code "v<version+1>"}, so
 * "never saved" and "saved once" differ and two tabs cannot both create it.
 */
public final class SheetVersions {

    public static final String UNSAVED = "\"v0\"";

    private SheetVersions() {
    }

    public static String of(ScoreSheet sheet) {
        return sheet == null || sheet.id == null ? UNSAVED : "\"v" + (sheet.version + 1) + "\"";
    }

    /** If-Match may list several tags, or {@code *}; weak tags compare by their opaque part. */
    public static boolean matches(String ifMatch, String current) {
        return IfMatch.matches(ifMatch, current);
    }
}
