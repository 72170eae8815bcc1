package org.craftrank.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.ranking.engine.ExactSheets;
import org.craftrank.ranking.engine.SheetScore;
import org.craftrank.scoring.sheet.SubmittedTotals;
import org.craftrank.security.pii.PersonalDataCipher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a campaign's submitted sheets as the ranking engine takes them, already anonymised: candidates appear
 * under their pseudonymous codes and experts as E01…, so nothing the engine returns (explanations, diagnostics)
 * can carry a database id or a name. Reads the stored exact totals only (integer numerator and denominator, never the
 * rounded decimal) — scoring's {@link SubmittedTotals} reads them column by column into primitive arrays (no
 * sheet entities, no object per sheet), and the engine takes those columns as they are ({@link ExactSheets}).
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
     * @param columns           the submitted sheets, by code and pseudonym, column by column
     * @param unscoredCodes     candidates assigned to experts but without any submitted sheet, in code order
     * @param expertPseudonyms  pseudonym of every expert with an assignment
     * @param assignedSheets    per candidate code, the number of experts assigned to it
     */
    public record Input(ExactSheets columns, Set<String> unscoredCodes, Map<Long, String> expertPseudonyms,
                        Map<String, Integer> assignedSheets) {

        /** The sheets one object each, for the views that list them (the spread); the engine takes the columns. */
        public List<SheetScore> sheets() {
            return columns.toSheetScores();
        }

        public int sheetCount() {
            return columns.size();
        }
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
        long[][] assignedPerCandidate = totals.assignmentsPerCandidate(campaignId);
        SubmittedTotals.Columns submitted = totals.columns(campaignId);

        // Every expert with an assignment is numbered (a sheet cannot outlive its assignment), so the numbers do
        // not shift when one more sheet comes in.
        Set<Long> experts = new java.util.HashSet<>();
        for (long expertId : totals.assignedExperts(campaignId)) {
            experts.add(expertId);
        }
        for (long expertId : submitted.expertIds()) {
            experts.add(expertId);
        }
        Map<Long, String> pseudonyms = Pseudonyms.number(Pseudonyms.EXPERT, experts,
                expertId -> cipher.hmac("expert-pseudonym:" + campaignId + ":" + expertId));

        // Dense indices for the engine: experts and candidates each named once, sheets refer to them by int.
        Map<Long, Integer> expertIndex = new HashMap<>();
        List<String> expertNames = new ArrayList<>();
        Map<Long, Integer> candidateIndex = new HashMap<>();
        List<String> candidateNames = new ArrayList<>();
        int n = submitted.size();
        int[] expert = new int[n];
        int[] candidate = new int[n];
        for (int i = 0; i < n; i++) {
            expert[i] = expertIndex.computeIfAbsent(submitted.expertIds()[i], id -> {
                expertNames.add(pseudonyms.get(id));
                return expertNames.size() - 1;
            });
            candidate[i] = candidateIndex.computeIfAbsent(submitted.candidateIds()[i], id -> {
                candidateNames.add(codes.get(id));
                return candidateNames.size() - 1;
            });
        }
        ExactSheets columns = new ExactSheets(expertNames.toArray(new String[0]),
                candidateNames.toArray(new String[0]), expert, candidate, submitted.totalNumerators(),
                submitted.totalDenominators(), submitted.capabilityCodes(), submitted.capabilityNumerators(),
                submitted.capabilityDenominators());

        Set<String> unscored = new TreeSet<>();
        Map<String, Integer> assignedSheets = new HashMap<>();
        for (int i = 0; i < assignedPerCandidate[0].length; i++) {
            long candidateId = assignedPerCandidate[0][i];
            String code = codes.get(candidateId);
            assignedSheets.put(code, Math.toIntExact(assignedPerCandidate[1][i]));
            if (!candidateIndex.containsKey(candidateId)) {
                unscored.add(code);
            }
        }
        return new Input(columns, unscored, pseudonyms, assignedSheets);
    }
}
