package org.craftrank.ranking.engine;

import java.util.Comparator;

/**
 * The fixed order of candidate and expert ids wherever the engine needs one that scores do not give (listing
 * candidates still tied, attributing a trimmed copy among equal totals). Numeric ids sort as numbers (9 before 10)
 * and before any other text; the rest sort as text. Never the order sheets arrived in.
 */
final class IdOrder {

    static final Comparator<String> NATURAL = IdOrder::compare;

    private IdOrder() {
    }

    static int compare(String a, String b) {
        boolean aNumeric = isDigits(a);
        boolean bNumeric = isDigits(b);
        if (aNumeric && bNumeric) {
            String aDigits = withoutLeadingZeros(a);
            String bDigits = withoutLeadingZeros(b);
            int byMagnitude = aDigits.length() != bDigits.length()
                    ? Integer.compare(aDigits.length(), bDigits.length())
                    : aDigits.compareTo(bDigits);
            if (byMagnitude != 0) {
                return byMagnitude;
            }
        } else if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
