package org.craftrank.shortlist.solver;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The constraints cannot be met together (a 422). {@link #infeasibilities()} names each constraint that fails and
 * by how much; the message joins them.
 */
public final class ShortlistInfeasibleException extends RuntimeException {

    private final List<Infeasibility> infeasibilities;

    public ShortlistInfeasibleException(List<Infeasibility> infeasibilities) {
        super(infeasibilities.stream().map(Infeasibility::message).collect(Collectors.joining("; ")));
        if (infeasibilities.isEmpty()) {
            throw new IllegalArgumentException("an infeasibility needs a reason");
        }
        this.infeasibilities = List.copyOf(infeasibilities);
    }

    public List<Infeasibility> infeasibilities() {
        return infeasibilities;
    }

    /** The rule slug of the first failing constraint, for problem+json. */
    public String rule() {
        return infeasibilities.get(0).constraints().get(0).rule();
    }
}
