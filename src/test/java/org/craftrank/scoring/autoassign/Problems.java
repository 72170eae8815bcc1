package org.craftrank.scoring.autoassign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A small builder for test problems: ids are positions, codes are 4-digit numbers. */
final class Problems {

    final List<CandidateSlot> candidates = new ArrayList<>();
    final List<ExpertSlot> experts = new ArrayList<>();
    final Set<ReviewPair> forbidden = new HashSet<>();
    final Set<ReviewPair> fixed = new HashSet<>();
    Coverage coverage = Coverage.exactly(1);
    boolean affinity;
    Long seed;

    static Problems of(int experts, int candidates) {
        Problems p = new Problems();
        for (int i = 1; i <= experts; i++) {
            p.expert(i, null, LoadBounds.FREE);
        }
        for (int i = 1; i <= candidates; i++) {
            p.candidate(i, null);
        }
        return p;
    }

    Problems expert(long id, String group, LoadBounds bounds, String... specialties) {
        experts.add(new ExpertSlot(id, "专家" + id, group, bounds, Affinity.keys(specialties)));
        return this;
    }

    Problems candidate(long id, String group, String... trades) {
        candidates.add(new CandidateSlot(id, String.format("%04d", id), group, Affinity.keys(trades)));
        return this;
    }

    Problems reviews(int r) {
        coverage = Coverage.exactly(r);
        return this;
    }

    Problems forbid(long expert, long candidate) {
        forbidden.add(new ReviewPair(expert, candidate));
        return this;
    }

    Problems fix(long expert, long candidate) {
        fixed.add(new ReviewPair(expert, candidate));
        return this;
    }

    Problems bounds(LoadBounds bounds) {
        List<ExpertSlot> rebound = experts.stream()
                .map(e -> new ExpertSlot(e.id(), e.label(), e.group(), bounds, e.affinityKeys())).toList();
        experts.clear();
        experts.addAll(rebound);
        return this;
    }

    Problems seed(Long s) {
        seed = s;
        return this;
    }

    Problems affinity(boolean on) {
        affinity = on;
        return this;
    }

    AssignmentProblem build() {
        return new AssignmentProblem(candidates, experts, forbidden, fixed, coverage, affinity, seed);
    }
}
