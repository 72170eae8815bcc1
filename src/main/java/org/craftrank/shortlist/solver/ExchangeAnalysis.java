package org.craftrank.shortlist.solver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which constraints forbid exchanging one candidate off the list for one on it.
 *
 * <p>Exchanging out-candidate c in for selected d changes only: the counts of c's and d's unit, industry and group
 * (c's goes up unless d shares it), the counts of women and of young (down if d qualifies and c does not), and d's
 * fixed or kept status. So the exchange is forbidden exactly by the blockers listed here, and by nothing else.
 *
 * <p>That is what makes the reasons exact: in the optimal, lexicographically merit-preferring list, whenever c is
 * better in merit order than d (so c's score is at least d's), exchanging them would give a higher total, or the
 * same total with a better merit order; so at least one constraint forbids it. The reasons for c being out are the
 * union of those blockers over every selected d below c; the reasons for d being in are the minima that keep a
 * better c, not itself held off by a cap, out of d's place.
 */
final class ExchangeAnalysis {

    /** One constraint that forbids an exchange; {@code key} is c's unit/industry/group for a cap. */
    record Blocker(ConstraintKind kind, String key) {

        /** Caps block on the incoming side: c's key is full. Everything else holds d in place. */
        boolean onIncomingSide() {
            return kind.isCap();
        }
    }

    private final SelectionProblem problem;
    private final boolean[] chosen;
    private final Map<ConstraintKind, Map<String, Integer>> selectedPerKey = new EnumMap<>(ConstraintKind.class);
    private final Map<ConstraintKind, Integer> selectedQualifying = new EnumMap<>(ConstraintKind.class);

    ExchangeAnalysis(SelectionProblem problem, boolean[] chosen) {
        this.problem = problem;
        this.chosen = chosen.clone();
        for (ConstraintKind cap : ConstraintKind.CAPS) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < chosen.length; i++) {
                String key = cap.keyOf(problem.candidate(i));
                if (chosen[i] && key != null) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
            selectedPerKey.put(cap, counts);
        }
        for (ConstraintKind minimum : ConstraintKind.MINIMA) {
            int count = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] && problem.qualifies(minimum, i)) {
                    count++;
                }
            }
            selectedQualifying.put(minimum, count);
        }
    }

    boolean selected(int i) {
        return chosen[i];
    }

    int selectedWithKey(ConstraintKind cap, String key) {
        return selectedPerKey.get(cap).getOrDefault(key, 0);
    }

    int selectedQualifying(ConstraintKind minimum) {
        return selectedQualifying.get(minimum);
    }

    /** The constraints that forbid taking out-candidate {@code in} onto the list in place of selected {@code out}. */
    List<Blocker> blockers(int in, int out) {
        List<Blocker> blockers = new ArrayList<>();
        ShortlistCandidate incoming = problem.candidate(in);
        ShortlistCandidate outgoing = problem.candidate(out);
        for (ConstraintKind cap : ConstraintKind.CAPS) {
            String key = cap.keyOf(incoming);
            Integer limit = problem.cap(cap, in);
            if (limit != null && !key.equals(cap.keyOf(outgoing)) && selectedWithKey(cap, key) + 1 > limit) {
                blockers.add(new Blocker(cap, key));
            }
        }
        for (ConstraintKind minimum : ConstraintKind.MINIMA) {
            if (problem.qualifies(minimum, out) && !problem.qualifies(minimum, in)
                    && selectedQualifying(minimum) - 1 < problem.required(minimum)) {
                blockers.add(new Blocker(minimum, null));
            }
        }
        if (problem.fixedIn[out]) {
            blockers.add(new Blocker(ConstraintKind.FIXED_INCLUSION, null));
        }
        if (problem.kept[out]) {
            blockers.add(new Blocker(ConstraintKind.KEPT_ON_LIST, null));
        }
        return blockers;
    }
}
