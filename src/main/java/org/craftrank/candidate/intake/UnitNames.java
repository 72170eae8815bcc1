package org.craftrank.candidate.intake;

import org.craftrank.candidate.field.CellText;

/**
 * Whether a 推荐单位 written in a table names a campaign's unit. The quota table names units by their row
 * ("北京", "新疆(含兵团)") while units write their full name ("北京市总工会"), so a name matches when, with width,
 * blanks and bracketed notes ignored, it equals the unit's name or one begins with the other.
 */
public final class UnitNames {

    private UnitNames() {
    }

    public static boolean matches(String written, String unitName) {
        String a = key(written);
        String b = key(unitName);
        if (a.length() < 2 || b.length() < 2) {
            return !a.isEmpty() && a.equals(b);
        }
        return a.equals(b) || a.startsWith(b) || b.startsWith(a);
    }

    private static String key(String name) {
        return CellText.normalise(name).replaceAll("\\([^()]*\\)", "");
    }
}
