package org.craftrank.ranking.view;

import org.craftrank.ranking.engine.CutRobustness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How firmly the shortlist cut stands (issue 19), beside the ranking: per candidate near the cut, how often it is
 * among the top {@code places} when each expert's sheets are left out in turn and in a seeded bootstrap of the
 * sheets. Codes and expert pseudonyms only.
 *
 * @param method           the ranking's method the scores were recomputed with
 * @param restsOnOneExpert true when leaving out one expert's sheets changes who is selected
 * @param pivotalExperts   the experts whose sheets, left out alone, change who is selected
 * @param methodExplained  the method in one sentence (English; pages word it from their bundles)
 * @param unavailableReason why there are no figures (e.g. a method that refits the whole panel), else null
 */
@Schema(name = "CutRobustness")
public record RobustnessView(long campaignId, String method, int trimCount, int places, int window, int resamples,
                             long seed, int leaveOneOutRuns, boolean restsOnOneExpert, List<String> pivotalExperts,
                             String methodExplained, String unavailableReason, List<Candidate> candidates) {

    /**
     * @param leaveOneOutSelected in how many of the {@code leaveOneOutRuns} runs it was selected
     * @param leaveOneOutShare    the same as a share, 3 places
     * @param bootstrapSelected   in how many of the {@code resamples} it was selected
     * @param bootstrapShare      the same as a share, 3 places
     * @param movedByExperts      the experts whose leaving out alone changes this candidate's selection
     */
    @Schema(name = "CutRobustnessCandidate")
    public record Candidate(String code, int rank, boolean selected, int leaveOneOutSelected,
                            BigDecimal leaveOneOutShare, int bootstrapSelected, BigDecimal bootstrapShare,
                            List<String> movedByExperts) {
    }

    public static RobustnessView of(long campaignId, String method, int trimCount, CutRobustness r) {
        return new RobustnessView(campaignId, method, trimCount, r.places(), r.window(), r.resamples(), r.seed(),
                r.leaveOneOutRuns(), r.restsOnOneExpert(), r.pivotalExperts(), CutRobustness.METHOD,
                r.unavailableReason(), r.candidates().stream().map(c -> new Candidate(c.candidateId(), c.rank(),
                        c.selected(), c.leaveOneOutSelected(), share(c.leaveOneOutSelected(), r.leaveOneOutRuns()),
                        c.bootstrapSelected(), share(c.bootstrapSelected(), r.resamples()),
                        c.expertsWhoseAbsenceMovesIt())).toList());
    }

    private static BigDecimal share(int count, int of) {
        return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 3, RoundingMode.HALF_EVEN);
    }

    public Candidate candidate(String code) {
        return candidates.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
