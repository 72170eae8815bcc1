package org.craftrank.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.unit.UnitNominations;

/** Counts a unit's candidates for the unit feature (quota checks, removal, the unit's view). */
@ApplicationScoped
public class CandidateUnitNominations implements UnitNominations {

    private final CandidateRepository candidates;

    public CandidateUnitNominations(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Override
    public long nominatedBy(long unitId) {
        return candidates.countByUnit(unitId);
    }
}
