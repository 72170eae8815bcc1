package org.craftrank.candidate.field;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two written organisation names mean the same organisation. Forms spell names with full- or half-width
 * characters, spaces and brackets, and a department is often written after its company
 * (中车株洲电力机车有限公司技术中心), so names are normalised and one containing the other counts as the same.
 * Very short names (under four characters, e.g. "公司") never match by containment alone.
 */
public final class OrganisationNames {

    static final int MIN_CONTAINED_LENGTH = 4;
    /** Compiled once: planning an assignment compares every expert with every candidate. */
    private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]（）【】·.,，、\"“”'‘’-]");

    private OrganisationNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return IGNORED.matcher(nfkc).replaceAll("");
    }

    public static boolean same(String a, String b) {
        return sameNormalised(normalise(a), normalise(b));
    }

    /** {@link #same} on names already passed through {@link #normalise}. */
    public static boolean sameNormalised(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_CONTAINED_LENGTH && longer.contains(shorter);
    }

    /** Personal names: compared after normalisation only (no containment: 王伟 is not 王伟华). */
    public static boolean samePerson(String a, String b) {
        return samePersonNormalised(normalise(a), normalise(b));
    }

    public static boolean samePersonNormalised(String x, String y) {
        return !x.isEmpty() && x.equals(y);
    }
}
