package org.craftrank.security.pii;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything shaped like a resident ID number or a mainland mobile number in free text (log lines).
 * It errs on the side of masking: an 18-character run of digits (optionally ending in X) or an 11-digit run
 * starting with 1[3-9] is masked whether or not its check digit is valid.
 */
public final class PersonalDataMasking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(ID_NUMBER, text, "********");
        return replace(MOBILE, masked, "****");
    }

    private static String replace(Pattern pattern, String text, String stars) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + stars + m.group(2)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
