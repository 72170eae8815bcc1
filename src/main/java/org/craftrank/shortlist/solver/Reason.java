package org.craftrank.shortlist.solver;

import java.util.List;
import java.util.Objects;

/**
 * One reason, with the constraint's key and limit where there is one.
 *
 * @param kind         what kind of reason
 * @param key          the unit, industry or group key for a cap; null otherwise
 * @param limit        the cap or the required minimum; null when there is none
 * @param relatedCodes for a candidate held in by a minimum: the better-ranked candidates it holds off; for a
 *                     displaced candidate: the selected candidates, scored no higher, it could not replace; for a
 *                     tie: the selected candidates with the same score. In merit order. Empty for caps and the rest.
 * @param text         a readable sentence
 */
public record Reason(ReasonKind kind, String key, Integer limit, List<String> relatedCodes, String text) {

    public Reason {
        Objects.requireNonNull(kind, "kind");
        relatedCodes = relatedCodes == null ? List.of() : List.copyOf(relatedCodes);
    }

    static Reason of(ReasonKind kind, String text) {
        return new Reason(kind, null, null, List.of(), text);
    }
}
