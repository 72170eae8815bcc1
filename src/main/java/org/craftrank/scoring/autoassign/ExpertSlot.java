package org.craftrank.scoring.autoassign;

import java.util.Objects;
import java.util.Set;

/**
 * An expert who may review.
 *
 * @param label        how messages name the expert (the secretariat's view: the name)
 * @param group        组别, or null; an expert reviews only candidates of the same group (null with null)
 * @param bounds       total load bounds, counting the expert's kept assignments
 * @param affinityKeys normalised specialty names (see {@link Affinity#keys})
 */
public record ExpertSlot(long id, String label, String group, LoadBounds bounds, Set<String> affinityKeys) {

    public ExpertSlot {
        Objects.requireNonNull(label, "label");
        bounds = bounds == null ? LoadBounds.FREE : bounds;
        affinityKeys = affinityKeys == null ? Set.of() : Set.copyOf(affinityKeys);
    }
}
