package org.craftrank.shortlist;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two shortlist versions side by side.
 *
 * @param onlyInVersion codes on {@code version} and not on {@code other}, in merit order
 * @param onlyInOther   codes on {@code other} and not on {@code version}, in merit order
 * @param scoreDifference total score of {@code version} minus that of {@code other}
 */
@Schema(name = "ShortlistComparison")
public record ProposalComparison(int version, int other, List<String> onlyInVersion, List<String> onlyInOther,
                                 int inBoth, BigDecimal scoreDifference) {

    static ProposalComparison of(int version, ShortlistResultView a, int other, ShortlistResultView b) {
        List<String> onlyA = onlyIn(a.selectedCodes(), b.selectedCodes());
        List<String> onlyB = onlyIn(b.selectedCodes(), a.selectedCodes());
        BigDecimal difference = a.totalScore() == null || b.totalScore() == null ? null
                : org.craftrank.model.definition.ExactDecimals.plain(a.totalScore().subtract(b.totalScore()));
        return new ProposalComparison(version, other, onlyA, onlyB, a.selectedCodes().size() - onlyA.size(),
                difference);
    }

    /** The codes of {@code codes} that are not in {@code other}, in their order. */
    private static List<String> onlyIn(List<String> codes, List<String> other) {
        List<String> only = new java.util.ArrayList<>(codes);
        only.removeAll(other);
        return only;
    }
}
