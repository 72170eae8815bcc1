package org.craftrank.ranking;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers a campaign's experts E01, E02… for anonymised views. The numbering follows a secret-keyed digest of each
 * expert rather than the expert's id, so a number says nothing about who was registered first; it is stable for
 * as long as the set of experts is, which from deliberation on it is.
 */
public final class ExpertPseudonyms {

    private ExpertPseudonyms() {
    }

    /**
     * @param expertIds the experts to number (each once)
     * @param keyOf     a keyed digest per expert, e.g. an HMAC the committee cannot compute
     * @return pseudonym per expert id, in pseudonym order
     */
    public static Map<Long, String> number(Collection<Long> expertIds, Function<Long, String> keyOf) {
        List<Long> ordered = expertIds.stream().distinct()
                .sorted(Comparator.comparing(keyOf).thenComparing(Comparator.naturalOrder()))
                .toList();
        int width = Math.max(2, String.valueOf(ordered.size()).length());
        Map<Long, String> pseudonyms = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            pseudonyms.put(ordered.get(i), "E" + String.format("%0" + width + "d", i + 1));
        }
        return pseudonyms;
    }
}
