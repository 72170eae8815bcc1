package org.craftrank.shortlist;

import org.craftrank.common.UnprocessableException;
import org.craftrank.shortlist.solver.Infeasibility;

import java.util.List;

/**
 * The shortlist's constraints cannot be met together (422): the API answers with the rule and the English detail,
 * pages word each {@link Infeasibility} from its kind and numbers in their own language.
 */
public class InfeasibleShortlistException extends UnprocessableException {

    private final transient List<Infeasibility> reasons;

    public InfeasibleShortlistException(String rule, String message, List<Infeasibility> reasons) {
        super(rule, message);
        this.reasons = List.copyOf(reasons);
    }

    public List<Infeasibility> reasons() {
        return reasons;
    }
}
