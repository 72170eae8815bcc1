package org.craftrank.scoring.autoassign;

/** Either a plan or the reason there is none. */
public sealed interface AssignmentOutcome permits AssignmentPlan, Infeasible {
}
