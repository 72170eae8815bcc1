package org.craftrank.scoring.autoassign;

import java.util.Objects;
import java.util.Set;

/**
 * A candidate to be reviewed.
 *
 * @param code         the pseudonymous code, used in messages
 * @param group        组别, or null in a campaign without groups
 * @param affinityKeys normalised industry and trade names (see {@link Affinity#keys})
 */
public record CandidateSlot(long id, String code, String group, Set<String> affinityKeys) {

    public CandidateSlot {
        Objects.requireNonNull(code, "code");
        affinityKeys = affinityKeys == null ? Set.of() : Set.copyOf(affinityKeys);
    }
}
