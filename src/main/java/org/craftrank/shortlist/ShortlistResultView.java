package org.craftrank.shortlist;

import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.shortlist.solver.ConstraintStatus;
import org.craftrank.shortlist.solver.NonSelectedEntry;
import org.craftrank.shortlist.solver.Optimality;
import org.craftrank.shortlist.solver.Reason;
import org.craftrank.shortlist.solver.SelectedEntry;
import org.craftrank.shortlist.solver.Shortlist;
import org.craftrank.shortlist.solver.TieGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A solved shortlist as the committee reads it: codes only, each selected entry with why it is in, and each
 * candidate left out at or above the cut score (or tied at it) with why it is out. Units in reasons are U01….
 *
 * @param optimality anything but PROVEN_OPTIMAL means the solver ran out of time and the list may not be the best
 * @param outAboveCut candidates not on the list although their score is at or above the cut score, or tied with a
 *                    listed candidate: each with the constraint or decision that keeps it out
 */
@Schema(name = "ShortlistResult")
public record ShortlistResultView(int placesRequested, int placesFilled, int candidateCount, int eligibleCount,
                                  BigDecimal totalScore, BigDecimal cutScore, Optimality optimality,
                                  List<Entry> selected, List<Entry> outAboveCut, List<Tie> ties,
                                  List<Constraint> constraints, List<String> notes) {

    @Schema(name = "ShortlistEntry")
    public record Entry(String code, Integer rank, BigDecimal score, boolean tied, List<Why> reasons) {
    }

    /** @param relatedCodes the candidates the reason is about (held off, displacing, tied with) */
    @Schema(name = "ShortlistReason")
    public record Why(String kind, String key, Integer limit, List<String> relatedCodes, String text) {
    }

    @Schema(name = "ShortlistTie")
    public record Tie(BigDecimal score, List<String> selected, List<String> notSelected, boolean atCutLine,
                      boolean exchangeable) {
    }

    @Schema(name = "ShortlistConstraintStatus")
    public record Constraint(String kind, String key, int limit, int selected, boolean binding) {
    }

    public static ShortlistResultView of(Shortlist list) {
        return new ShortlistResultView(list.placesRequested(), list.placesFilled(), list.candidateCount(),
                list.eligibleCount(), ExactDecimals.plain(list.totalScore()), ExactDecimals.plain(list.cutScore()),
                list.optimality(), list.selected().stream().map(ShortlistResultView::entry).toList(),
                list.notSelected().stream().filter(e -> e.aboveCut() || e.tied()).map(ShortlistResultView::entry)
                        .toList(),
                list.ties().stream().map(ShortlistResultView::tie).toList(),
                list.constraints().stream().map(ShortlistResultView::constraint).toList(), list.notes());
    }

    public List<String> selectedCodes() {
        return selected.stream().map(Entry::code).toList();
    }

    private static Entry entry(SelectedEntry e) {
        return new Entry(e.code(), e.rank(), ExactDecimals.plain(e.score()), e.tied(),
                e.reasons().stream().map(ShortlistResultView::why).toList());
    }

    private static Entry entry(NonSelectedEntry e) {
        return new Entry(e.code(), e.rank(), ExactDecimals.plain(e.score()), e.tied(),
                e.reasons().stream().map(ShortlistResultView::why).toList());
    }

    private static Why why(Reason r) {
        return new Why(r.kind().name(), r.key(), r.limit(), r.relatedCodes(), r.text());
    }

    private static Tie tie(TieGroup t) {
        return new Tie(ExactDecimals.plain(t.score()), t.selected(), t.notSelected(), t.atCutLine(), t.exchangeable());
    }

    private static Constraint constraint(ConstraintStatus c) {
        return new Constraint(c.kind().name(), c.key(), c.limit(), c.selected(), c.binding());
    }
}
