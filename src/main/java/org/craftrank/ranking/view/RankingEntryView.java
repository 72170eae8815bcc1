package org.craftrank.ranking.view;

import org.craftrank.ranking.engine.Decimals;
import org.craftrank.ranking.engine.EntryExplanation;
import org.craftrank.ranking.engine.EntryFlag;
import org.craftrank.ranking.engine.RankingEntry;
import org.craftrank.ranking.engine.TieBreakDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.craftrank.model.definition.ExactDecimals.plain;

/**
 * One candidate in an anonymised ranking: its pseudonymous code and numbers, nothing that names or locates the
 * person (no name, employer, unit or ID).
 */
@Schema(name = "RankingEntry")
public record RankingEntryView(
        @Schema(description = "pseudonymous candidate code") String code,
        @Schema(description = "competition rank (1, 2, 2, 4); null without a score") Integer rank,
        @Schema(description = "aggregated total, rounded to 10 places (half-even) for display only; the order was "
                + "decided on exactScore") BigDecimal score,
        @Schema(description = "the value the ranking compared, as a fraction: exact for MEAN, TRIMMED_MEAN and "
                + "MEDIAN; for Z_SCORE and BIAS_MODEL the floating-point result rounded to 9 places",
                examples = "563/90") String exactScore,
        String scoreUnavailableReason,
        @Schema(description = "each capability's score, aggregated by the same method") Map<String, BigDecimal> capabilityScores,
        int sheetCount,
        @Schema(description = "experts assigned to the candidate; more than sheetCount raises "
                + "FEWER_SHEETS_THAN_ASSIGNED") Integer assignedSheets,
        @Schema(description = "sample standard deviation of the experts' totals") BigDecimal standardDeviation,
        @Schema(description = "highest minus lowest expert total") BigDecimal range,
        Set<EntryFlag> flags,
        Explanation explanation) {

    /**
     * @param trimmedScores   TRIMMED_MEAN: which totals were dropped, by expert pseudonym
     * @param againstPrevious how the order against the entry above was decided when their scores are equal
     * @param againstNext     the same against the entry below
     * @param notes           anything else worth knowing about the score, in English
     * @param noteCodes       the same notes as codes with parameters (for a client that words them itself)
     */
    @Schema(name = "RankingExplanation")
    public record Explanation(List<Trimmed> trimmedScores, TieBreak againstPrevious, TieBreak againstNext,
                              List<String> notes, List<org.craftrank.ranking.engine.EntryNote> noteCodes) {
    }

    @Schema(name = "TrimmedScore")
    public record Trimmed(String expert, BigDecimal total, String exactTotal, String side) {
    }

    /** @param decidedBy the step that told the two apart; null when none did and the committee decides */
    @Schema(name = "TieBreakDecision")
    public record TieBreak(String neighbourCode, String decidedBy, String description) {
    }

    static RankingEntryView of(RankingEntry entry) {
        EntryExplanation e = entry.explanation();
        Map<String, BigDecimal> capabilities = new TreeMap<>();
        entry.capabilityScores().forEach((code, score) -> capabilities.put(code, plain(score)));
        return new RankingEntryView(entry.candidateId(), entry.rank(), plain(entry.score()),
                Decimals.exactText(entry.exactScore()), entry.scoreUnavailableReason(), capabilities, entry.sheetCount(),
                entry.assignedSheets(), plain(entry.standardDeviation()),
                plain(entry.range()),
                entry.flags(), new Explanation(
                e.trimmedScores().stream().map(t -> new Trimmed(t.expertId(), plain(Decimals.forDisplay(t.total())),
                                Decimals.exactText(t.total()), t.side().name()))
                        .toList(),
                tieBreak(e.againstPrevious()), tieBreak(e.againstNext()), e.notes(), e.noteCodes()));
    }

    /** A candidate that entered scoring but has no submitted sheet: present, unranked, never a zero. */
    static RankingEntryView unscored(String code) {
        return new RankingEntryView(code, null, null, null, "no submitted score sheet", Map.of(), 0, null, null, null,
                Set.of(EntryFlag.NO_SCORE), new Explanation(List.of(), null, null, List.of(), List.of()));
    }

    private static TieBreak tieBreak(TieBreakDecision decision) {
        return decision == null ? null : new TieBreak(decision.neighbourCandidateId(),
                decision.decidedBy() == null ? null : decision.decidedBy().toString(), decision.description());
    }
}
