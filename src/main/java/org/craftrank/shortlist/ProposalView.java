package org.craftrank.shortlist;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Set;

/** A stored shortlist version with what was asked and the explained result. */
@Schema(name = "ShortlistProposal")
public record ProposalView(int version, ShortlistProposal.Origin origin, Integer basedOnVersion, String note,
                           String createdBy, Instant createdAt, boolean adopted, Instant adoptedAt, String adoptedBy,
                           ShortlistRules rules, Decisions decisions, ShortlistResultView result) {

    /** The committee's own decisions for this version: codes put on or kept off the list whatever their score. */
    @Schema(name = "ShortlistDecisions")
    public record Decisions(Set<String> fixedInclusions, Set<String> fixedExclusions, Set<String> withdrawn) {

        public Decisions {
            fixedInclusions = fixedInclusions == null ? Set.of() : new java.util.TreeSet<>(fixedInclusions);
            fixedExclusions = fixedExclusions == null ? Set.of() : new java.util.TreeSet<>(fixedExclusions);
            withdrawn = withdrawn == null ? Set.of() : new java.util.TreeSet<>(withdrawn);
        }
    }

    /** One line per version in a list, without the result. */
    @Schema(name = "ShortlistProposalSummary")
    public record Summary(int version, ShortlistProposal.Origin origin, String note, String createdBy,
                          Instant createdAt, boolean adopted, int placesFilled, java.math.BigDecimal totalScore) {
    }
}
