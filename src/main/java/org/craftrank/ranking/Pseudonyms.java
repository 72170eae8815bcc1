package org.craftrank.ranking;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers a campaign's experts E01, E02… (or its units U01…) for anonymised views. The numbering follows a
 * secret-keyed digest of each rather than its id, so a number says nothing about who was registered first; it is
 * stable for as long as the set is, which from deliberation on it is.
 */
public final class Pseudonyms {

    public static final String EXPERT = "E";
    public static final String UNIT = "U";

    private Pseudonyms() {
    }

    /**
     * @param prefix {@link #EXPERT} or {@link #UNIT}
     * @param ids    the experts or units to number (each once)
     * @param keyOf  a keyed digest per id, e.g. an HMAC the committee cannot compute
     * @return pseudonym per id, in pseudonym order
     */
    public static Map<Long, String> number(String prefix, Collection<Long> ids, Function<Long, String> keyOf) {
        // Each key once (a keyed digest), not once per comparison.
        Map<Long, String> keys = new java.util.HashMap<>();
        ids.forEach(id -> keys.computeIfAbsent(id, keyOf));
        List<Long> ordered = keys.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> keys.get(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
        int width = Math.max(2, String.valueOf(ordered.size()).length());
        Map<Long, String> pseudonyms = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            pseudonyms.put(ordered.get(i), prefix + String.format("%0" + width + "d", i + 1));
        }
        return pseudonyms;
    }
}
