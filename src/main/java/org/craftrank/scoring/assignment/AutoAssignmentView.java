package org.craftrank.scoring.assignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A plan of automatic assignment: what would be (preview) or was (commit) created, what is kept, and how loads
 * and coverage come out.
 *
 * @param fingerprint SHA-256 of the proposed pairs; send it back with the commit to be sure the plan is the same
 */
@Schema(name = "AutoAssignment")
public record AutoAssignmentView(boolean committed, Integer reviewsPerCandidate, boolean allEligibleExperts,
                                 boolean affinity, Long seed, String fingerprint, int proposedCount, int keptCount,
                                 int affinityMatches, LoadSummary loads, List<Proposed> proposed, List<Kept> kept,
                                 List<Coverage> coverage, List<String> notes) {

    /** A new assignment; {@code assignmentId} is set once committed. */
    @Schema(name = "AutoAssignmentProposed")
    public record Proposed(Long assignmentId, long expertId, String expertName, long candidateId,
                           String candidateCode, String candidateName, String group, boolean affinityMatch) {
    }

    /**
     * An existing assignment, never removed.
     *
     * @param counts false when a conflict rule now forbids the pair: kept, but it counts for nothing
     */
    @Schema(name = "AutoAssignmentKept")
    public record Kept(Long assignmentId, long expertId, String expertName, long candidateId, String candidateCode,
                       boolean hasSheet, boolean counts) {
    }

    @Schema(name = "AutoAssignmentLoads")
    public record LoadSummary(int min, int max, List<GroupLoad> byGroup, List<ExpertLoad> experts) {
    }

    @Schema(name = "AutoAssignmentGroupLoad")
    public record GroupLoad(String group, int experts, int min, int max) {
    }

    @Schema(name = "AutoAssignmentExpertLoad")
    public record ExpertLoad(long expertId, String name, String group, Integer minLoad, Integer maxLoad, int kept,
                             int proposed, int total) {
    }

    @Schema(name = "AutoAssignmentCoverage")
    public record Coverage(long candidateId, String code, String group, int required, int kept, int proposed,
                           int total) {
    }
}
