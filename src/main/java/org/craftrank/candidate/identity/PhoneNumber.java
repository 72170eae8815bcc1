package org.craftrank.candidate.identity;

import java.util.regex.Pattern;

/** Mainland phone numbers: an 11-digit mobile number, or a landline with its area code. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    /** Removes blanks, which people type as separators. */
    public static String normalise(String raw) {
        return raw.replaceAll("\\s", "");
    }

    public static boolean isValid(String normalised) {
        return MOBILE.matcher(normalised).matches() || LANDLINE.matcher(normalised).matches();
    }

    /** {@code 139****1234}: the first three and last four digits stay visible. */
    public static String mask(String normalised) {
        if (normalised.length() <= 7) {
            return "*".repeat(normalised.length());
        }
        return normalised.substring(0, 3) + "*".repeat(normalised.length() - 7)
                + normalised.substring(normalised.length() - 4);
    }
}
