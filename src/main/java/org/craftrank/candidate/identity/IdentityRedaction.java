package org.craftrank.candidate.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Blanks out the words that name a candidate (their name, employer, recommending unit, referees' names and
 * employers) where they appear literally in free text, for blind scoring. This is a safety net, not anonymisation:
 * a nickname, an abbreviation ("浦镇公司" for "中车南京浦镇车辆有限公司"), a place or a famous achievement still
 * identifies a person, and the unit that writes the text is responsible for keeping it neutral.
 */
public final class IdentityRedaction {

    /** What a blanked-out word becomes; the same in every language, so a reader sees that something was hidden. */
    public static final String BLANK = "〔已隐去〕";

    /** Words shorter than this are not blanked out: a one-character name part would shred ordinary text. */
    private static final int MIN_LENGTH = 2;

    private final List<String> words;

    private IdentityRedaction(List<String> words) {
        this.words = words;
    }

    /** @param identifying the words to blank out; nulls and blanks are ignored */
    public static IdentityRedaction of(Collection<String> identifying) {
        List<String> words = identifying.stream().filter(Objects::nonNull).map(String::strip)
                .filter(w -> w.length() >= MIN_LENGTH).distinct()
                // Longest first, so "中车南京浦镇车辆有限公司" goes before a shorter word it contains.
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return new IdentityRedaction(words);
    }

    /** The text with every identifying word replaced by {@link #BLANK}; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String word : words) {
            result = result.replace(word, BLANK);
        }
        return result;
    }
}
