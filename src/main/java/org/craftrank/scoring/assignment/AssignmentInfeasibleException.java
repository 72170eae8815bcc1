package org.craftrank.scoring.assignment;

import org.craftrank.common.UnprocessableException;
import org.craftrank.scoring.autoassign.Infeasible;

/** 422 {@code assignment-infeasible}; carries the solver's bottleneck so a page can word it in its language. */
public class AssignmentInfeasibleException extends UnprocessableException {

    private final transient Infeasible why;

    public AssignmentInfeasibleException(Infeasible why) {
        super(AutoAssignmentService.INFEASIBLE, why.message());
        this.why = why;
    }

    public Infeasible why() {
        return why;
    }
}
