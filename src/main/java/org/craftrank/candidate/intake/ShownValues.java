package org.craftrank.candidate.intake;

import org.craftrank.candidate.field.CellText;
import org.craftrank.candidate.identity.PhoneNumber;
import org.craftrank.security.pii.PersonalDataMasking;

/**
 * Cell values as an import report may show them: ID and phone numbers masked even when they are malformed (a
 * mistyped number is still somebody's number), anything shaped like one masked in every other column too, and
 * long texts shortened.
 */
public final class ShownValues {

    static final int MAX_SHOWN = 40;

    private ShownValues() {
    }

    public static String shown(SummaryColumn column, String text) {
        if (text == null || text.isBlank()) {
            return text == null ? null : "";
        }
        if (column == SummaryColumn.ID_NUMBER) {
            return maskIdNumber(CellText.normalise(text));
        }
        if (column == SummaryColumn.PHONE || column == SummaryColumn.UNIT_CONTACT_PHONE) {
            return maskPhone(CellText.normalise(text));
        }
        String masked = PersonalDataMasking.mask(text.strip());
        return masked.codePointCount(0, masked.length()) <= MAX_SHOWN ? masked
                : masked.substring(0, masked.offsetByCodePoints(0, MAX_SHOWN)) + "…";
    }

    /** Region code and last four kept only for a number long enough that they are a small part of it. */
    static String maskIdNumber(String text) {
        if (text.length() < 15) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 6) + "*".repeat(text.length() - 10) + text.substring(text.length() - 4);
    }

    static String maskPhone(String text) {
        if (text.length() < 11) {
            return "*".repeat(text.length());
        }
        return PhoneNumber.mask(text);
    }
}
