package org.craftrank.scoring.page;

import java.util.Comparator;
import java.util.List;

/**
 * Scoring progress arranged to show who is behind: experts and candidates with sheets outstanding come first,
 * most outstanding first, so the secretariat reads the top of each table and knows whom to chase.
 *
 * @param required  sheets the campaign needs (one per assignment)
 * @param submitted sheets submitted so far
 * @param drafts    sheets started but not submitted
 */
public record ProgressBoard(int required, int submitted, int drafts, List<ExpertRow> experts,
                            List<CandidateRow> candidates) {

    /** @param outstanding assigned sheets not yet submitted (not started, draft, or blocked by a declared conflict) */
    public record ExpertRow(long id, String name, int assigned, int notStarted, int draft, int submitted,
                            int declaredConflicts, int outstanding) {

        public boolean behind() {
            return outstanding > 0;
        }
    }

    public record CandidateRow(long id, String code, String name, int required, int submitted, int outstanding) {

        public boolean behind() {
            return outstanding > 0;
        }
    }

    /** An expert's counts as the progress service reports them. */
    public record ExpertCounts(long id, String name, int assigned, int notStarted, int draft, int submitted,
                               int declaredConflicts) {
    }

    /** A candidate's counts as the progress service reports them. */
    public record CandidateCounts(long id, String code, String name, int required, int submitted) {
    }

    public static ProgressBoard of(List<ExpertCounts> experts, List<CandidateCounts> candidates) {
        List<ExpertRow> expertRows = experts.stream()
                .map(e -> new ExpertRow(e.id(), e.name(), e.assigned(), e.notStarted(), e.draft(), e.submitted(),
                        e.declaredConflicts(), e.assigned() - e.submitted()))
                .sorted(Comparator.comparingInt(ExpertRow::outstanding).reversed()
                        .thenComparing(ExpertRow::name).thenComparingLong(ExpertRow::id))
                .toList();
        List<CandidateRow> candidateRows = candidates.stream()
                .map(c -> new CandidateRow(c.id(), c.code(), c.name(), c.required(), c.submitted(),
                        c.required() - c.submitted()))
                .sorted(Comparator.comparingInt(CandidateRow::outstanding).reversed()
                        .thenComparing(CandidateRow::code))
                .toList();
        int required = experts.stream().mapToInt(ExpertCounts::assigned).sum();
        int submitted = experts.stream().mapToInt(ExpertCounts::submitted).sum();
        int drafts = experts.stream().mapToInt(ExpertCounts::draft).sum();
        return new ProgressBoard(required, submitted, drafts, expertRows, candidateRows);
    }

    public int outstanding() {
        return required - submitted;
    }

    /** The experts with sheets outstanding, most behind first. */
    public List<ExpertRow> expertsBehind() {
        return experts.stream().filter(ExpertRow::behind).toList();
    }

    public long candidatesBehind() {
        return candidates.stream().filter(CandidateRow::behind).count();
    }
}
