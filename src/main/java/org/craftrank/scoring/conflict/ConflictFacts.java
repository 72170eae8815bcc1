package org.craftrank.scoring.conflict;

import java.util.List;

/** What the conflict rules look at. */
public final class ConflictFacts {

    private ConflictFacts() {
    }

    public record Expert(String name, String employer) {
    }

    public record Referee(String name, String employer) {
    }

    public record Candidate(String employer, String recommendingUnitName, List<Referee> referees) {

        public Candidate {
            referees = List.copyOf(referees);
        }
    }

    /** A conflict the expert declared for this candidate, or null. */
    public record Declaration(String reason) {
    }
}
