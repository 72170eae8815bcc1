package org.craftrank.candidate.page;

import org.craftrank.common.FieldError;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field errors of a nomination — Bean Validation's rules and the service's model checks — as sentences in the
 * page's language. A rule without a translation keeps the service's own sentence.
 */
final class NominationErrorWording {

    private static final Pattern LIMIT = Pattern.compile("(?:limit of|at most|between \\d+ and) (\\d+)");

    private NominationErrorWording() {
    }

    /** @param max the constraint's limit when known, else read from the service's message */
    static String of(FieldError e, UnitMsg texts, String max) {
        return switch (e.rule()) {
            case "not-blank", "not-null", "required" -> texts.error_required();
            case "size", "max-length" -> texts.error_too_long(max != null ? max : limit(e.message()));
            case "pattern" -> texts.error_year_month();
            case "min", "max" -> texts.error_range("0", "60");
            case "gb11643" -> texts.error_id_number();
            case "phone-format" -> texts.error_phone();
            case "known-group" -> texts.error_choice();
            default -> e.message();
        };
    }

    private static String limit(String message) {
        Matcher m = LIMIT.matcher(message == null ? "" : message);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found == null ? "?" : found;
    }
}
