package org.craftrank.scoring.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Parameters of an automatic assignment, for the preview and for the commit alike. */
@Schema(name = "AutoAssignRequest")
public record AutoAssignRequest(
        @Min(1) @Max(100) @Schema(description = "R: experts per candidate, kept assignments included; "
                + "give this or allEligibleExperts") Integer reviewsPerCandidate,
        @Schema(description = "true: every conflict-free expert of the candidate's group reviews it")
        Boolean allEligibleExperts,
        @Min(0) @Schema(description = "lower load bound of every expert (kept assignments count); "
                + "default none: loads are only kept as even as possible") Integer minLoad,
        @Min(0) @Schema(description = "upper load bound of every expert; default none") Integer maxLoad,
        @Size(max = 10_000) @Schema(description = "per-expert bounds; a side given here replaces the global one")
        List<@Valid @NotNull ExpertLoad> expertLoads,
        @Schema(description = "prefer experts whose specialty (专业领域) fits the candidate's industry or trade; "
                + "default false") Boolean affinity,
        @Schema(description = "breaks ties among equally good plans pseudo-randomly; the same seed and data give "
                + "the same plan. Default: none (canonical plan)") Long seed,
        @Schema(description = "true: the server draws a secret seed and returns it; commit with that seed to get "
                + "the previewed plan") Boolean randomSeed,
        @Size(max = 64) @Schema(description = "commit only: the preview's fingerprint; when the plan would now "
                + "differ (data changed since), the commit is refused with 412") String fingerprint) {

    /** Bounds of one expert's total load. */
    @Schema(name = "AutoAssignExpertLoad")
    public record ExpertLoad(@NotNull Long expertId, @Min(0) Integer minLoad, @Min(0) Integer maxLoad) {
    }
}
