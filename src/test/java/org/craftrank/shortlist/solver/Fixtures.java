package org.craftrank.shortlist.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Short ways to write candidates and requests in tests. */
final class Fixtures {

    static final ShortlistSolver SOLVER = new ShortlistSolver();

    private Fixtures() {
    }

    static ShortlistCandidate candidate(String code, Integer rank, String score, String unit, String industry,
                                        String group, Boolean woman, Boolean young) {
        return new ShortlistCandidate(code, rank, score == null ? null : new BigDecimal(score), unit, industry, group,
                woman, young);
    }

    static ShortlistCandidate man(String code, int rank, String score, String unit) {
        return candidate(code, rank, score, unit, null, null, false, false);
    }

    static ShortlistCandidate woman(String code, int rank, String score, String unit) {
        return candidate(code, rank, score, unit, null, null, true, false);
    }

    /** Candidates C01, C02... with the given scores in descending order, ranks 1, 2..., no attributes. */
    static List<ShortlistCandidate> plain(String... scores) {
        List<ShortlistCandidate> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(candidate(String.format("C%02d", i + 1), i + 1, scores[i], null, null, null, null, null));
        }
        return list;
    }

    static ShortlistRequest request(List<ShortlistCandidate> candidates, int places, ShortlistConstraints constraints) {
        return new ShortlistRequest(candidates, places, constraints);
    }

    static Shortlist solve(List<ShortlistCandidate> candidates, int places, ShortlistConstraints constraints) {
        return SOLVER.solve(request(candidates, places, constraints));
    }

    static Set<String> codes(String... codes) {
        return Set.copyOf(Arrays.asList(codes));
    }

    /** Competition ranks (1, 2, 2, 4) for candidates given in descending score order. */
    static List<ShortlistCandidate> withCompetitionRanks(List<ShortlistCandidate> byScoreDescending) {
        List<ShortlistCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < byScoreDescending.size(); i++) {
            ShortlistCandidate c = byScoreDescending.get(i);
            Integer rank = null;
            if (c.hasScore()) {
                rank = i + 1;
                if (i > 0 && ranked.get(i - 1).hasScore() && ranked.get(i - 1).score().compareTo(c.score()) == 0) {
                    rank = ranked.get(i - 1).rank();
                }
            }
            ranked.add(new ShortlistCandidate(c.code(), rank, c.score(), c.unitKey(), c.industryKey(), c.groupKey(),
                    c.woman(), c.young(), c.exactScore()));
        }
        return ranked;
    }
}
