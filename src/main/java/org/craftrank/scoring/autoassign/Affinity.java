package org.craftrank.scoring.autoassign;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an expert's specialty fits a candidate's industry or trade (行业/工种). Only a preference: it never
 * outweighs coverage, conflicts, groups or balanced loads.
 *
 * <p>Specialties are free text ("数控加工、机械制造"), so texts are split at list separators and normalised
 * (width, case, spaces, brackets). Two keys match when equal, or when one contains the other and the shorter
 * has at least {@value #MIN_CONTAINED_LENGTH} characters ("数控" fits "数控装调维修工").
 */
public final class Affinity {

    static final int MIN_CONTAINED_LENGTH = 2;
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/|\\s]+");
    private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]（）【】·.\"“”'‘’-]");

    private Affinity() {
    }

    /** Normalised keys of the given texts; null and blank texts give none. */
    public static Set<String> keys(String... texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String part : SEPARATORS.split(text)) {
                String key = normalise(part);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return IGNORED.matcher(nfkc).replaceAll("");
    }

    public static boolean matches(Set<String> expertKeys, Set<String> candidateKeys) {
        for (String e : expertKeys) {
            for (String c : candidateKeys) {
                if (keysMatch(e, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean keysMatch(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter);
    }
}
