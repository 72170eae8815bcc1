package org.craftrank.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.ranking.engine.SheetScore;
import org.craftrank.scoring.sheet.SubmittedTotals;
import org.craftrank.security.pii.PersonalDataCipher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a campaign's submitted sheets as the ranking engine takes them, already anonymised: candidates appear
 * under their pseudonymous codes and experts as E01…, so nothing the engine returns (explanations, diagnostics)
 * can carry a database id or a name. Reads the stored exact totals only (integer numerator and denominator, never the
 * rounded decimal) — projection queries of scoring's {@link SubmittedTotals}, no sheet entities.
 */
@ApplicationScoped
public class RankingSheets {

    private final SubmittedTotals totals;
    private final PersonalDataCipher cipher;
    private final CandidateRepository candidates;

    public RankingSheets(SubmittedTotals totals, PersonalDataCipher cipher, CandidateRepository candidates) {
        this.candidates = candidates;
        this.totals = totals;
        this.cipher = cipher;
    }

    /**
     * @param sheets            the submitted sheets, by code and pseudonym
     * @param unscoredCodes     candidates assigned to experts but without any submitted sheet, in code order
     * @param expertPseudonyms  pseudonym of every expert with an assignment
     * @param assignedSheets    per candidate code, the number of experts assigned to it
     */
    public record Input(List<SheetScore> sheets, Set<String> unscoredCodes, Map<Long, String> expertPseudonyms,
                        Map<String, Integer> assignedSheets) {
    }

    /**
     * What a ranking is computed from, in a few numbers: the submitted sheets (count, the sum of their versions,
     * the last change) and the assignments (count, newest id). Any submission, reopening, resubmission or
     * assignment change moves one of them, so two equal states mean equal {@link #load} results.
     */
    public record State(long submitted, long versionSum, Instant lastChange, long assignments,
                        long lastAssignment) {
    }

    /** One aggregate query per table, a small fraction of {@link #load}; within the caller's transaction. */
    public State state(long campaignId) {
        SubmittedTotals.State state = totals.state(campaignId);
        return new State(state.submitted(), state.versionSum(), state.lastChange(), state.assignments(),
                state.lastAssignment());
    }

    /** Within the caller's transaction. */
    public Input load(long campaignId) {
        Map<Long, String> codes = candidates.codesById(campaignId);
        List<SubmittedTotals.Pair> assigned = totals.assignedPairs(campaignId);
        List<SubmittedTotals.Sheet> submitted = totals.submitted(campaignId);

        // Every expert with an assignment is numbered (a sheet cannot outlive its assignment), so the numbers do
        // not shift when one more sheet comes in.
        Set<Long> experts = new TreeSet<>();
        assigned.forEach(p -> experts.add(p.expertId()));
        submitted.forEach(sheet -> experts.add(sheet.expertId()));
        Map<Long, String> pseudonyms = Pseudonyms.number(Pseudonyms.EXPERT, experts,
                expertId -> cipher.hmac("expert-pseudonym:" + campaignId + ":" + expertId));

        List<SheetScore> sheets = new ArrayList<>();
        Set<String> scored = new TreeSet<>();
        for (SubmittedTotals.Sheet sheet : submitted) {
            String code = codes.get(sheet.candidateId());
            Map<String, BigFraction> capabilities = new TreeMap<>();
            sheet.capabilities().forEach((capability, f) -> capabilities.put(capability, BigFraction.of(f[0], f[1])));
            sheets.add(new SheetScore(pseudonyms.get(sheet.expertId()), code,
                    BigFraction.of(sheet.totalNumerator(), sheet.totalDenominator()), capabilities));
            scored.add(code);
        }
        Set<String> unscored = new TreeSet<>();
        Map<String, Integer> assignedSheets = new HashMap<>();
        for (SubmittedTotals.Pair pair : assigned) {
            String code = codes.get(pair.candidateId());
            assignedSheets.merge(code, 1, Integer::sum);
            if (!scored.contains(code)) {
                unscored.add(code);
            }
        }
        return new Input(sheets, unscored, pseudonyms, assignedSheets);
    }


}
