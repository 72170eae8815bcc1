package org.craftrank.scoring.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.candidate.identity.IdentityRedaction;
import org.craftrank.common.FieldError;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.model.definition.ExtraField;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.conflict.ConflictDeclaration;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.scoring.sheet.ScoreSheetService;
import org.craftrank.scoring.sheet.ScoreValue;
import org.craftrank.scoring.sheet.SheetRules;
import org.craftrank.scoring.sheet.SheetStatus;
import org.craftrank.scoring.sheet.SheetTotals;
import org.craftrank.scoring.sheet.SheetView;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an expert reads while scoring, each read in one transaction: the work list, the score sheet with the
 * candidate's materials, and the confirmation before submitting. The JSON API and the pages both read through
 * here, so they show the same states, and the blind-scoring redaction (a confidentiality rule) is applied here,
 * once, before anything leaves the service. Writes of sheets go through {@link ScoreSheetService}.
 */
@ApplicationScoped
public class ExpertWorkService {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final CandidateRepository candidates;
    private final ExpertRepository experts;
    private final AssignmentService assignments;
    private final ScoreSheetService sheets;
    private final ConflictService conflicts;
    private final RecommendingUnitRepository units;

    public ExpertWorkService(EntityManager em, CampaignService campaigns, CandidateRepository candidates,
                             ExpertRepository experts, AssignmentService assignments, ScoreSheetService sheets,
                             ConflictService conflicts, RecommendingUnitRepository units) {
        this.em = em;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.experts = experts;
        this.assignments = assignments;
        this.sheets = sheets;
        this.conflicts = conflicts;
        this.units = units;
    }

    /**
     * The expert's work list. One query reads every assigned candidate with the state of the expert's sheet and
     * whether the expert declared a conflict, whatever the number of assignments. A declared conflict outranks
     * the sheet's state: the candidate is no longer the expert's to score.
     */
    @Transactional
    public ExpertWork work(long campaignId, long expertId) {
        Campaign campaign = campaigns.require(campaignId);
        expert(campaignId, expertId);
        boolean blind = campaign.blindScoring;
        // Scoring's rows in one query, the candidates' shown fields in a second (the candidate feature's own).
        List<Object[]> assigned = assignedWithStates(campaignId, expertId);
        Map<Long, CandidateRepository.Summary> shown = candidates.summaries(campaignId,
                assigned.stream().map(r -> (Long) r[0]).toList());
        List<ExpertWork.Row> rows = assigned.stream().filter(r -> shown.containsKey((Long) r[0])).map(r -> {
            CandidateRepository.Summary c = shown.get((Long) r[0]);
            // Blind scoring: the list names the candidate by code only.
            return new ExpertWork.Row(c.id(), c.code(), blind ? null : c.name(), blind ? null : c.employer(),
                    c.trade(), c.group(), state((SheetStatus) r[1], r[2] != null));
        }).toList();
        return new ExpertWork(CampaignRef.of(campaign), SheetRules.WRITABLE_PHASES.contains(campaign.phase),
                campaigns.modelOf(campaign).hasGroups(), blind, rows);
    }

    /**
     * Each assigned candidate, in assignment order, with the state of the expert's sheet and the id of a declared
     * conflict ({@code [candidateId, SheetStatus or null, conflict id or null]}), in one query.
     */
    private List<Object[]> assignedWithStates(long campaignId, long expertId) {
        return em.createQuery("select a.candidateId, s.status, d.id from Assignment a"
                        + " left join ScoreSheet s on s.campaignId = a.campaignId and s.expertId = a.expertId"
                        + " and s.candidateId = a.candidateId"
                        + " left join ConflictDeclaration d on d.campaignId = a.campaignId"
                        + " and d.expertId = a.expertId and d.candidateId = a.candidateId"
                        + " where a.campaignId = :c and a.expertId = :e order by a.id", Object[].class)
                .setParameter("c", campaignId).setParameter("e", expertId).getResultList();
    }

    /**
     * The next candidate the expert still has to score after {@code candidateId}: the first one after it in
     * work-list order (wrapping round to the start) that is neither submitted nor given up for a conflict.
     */
    private ExpertSheet.NextCandidate next(Campaign campaign, long expertId, long candidateId) {
        List<Object[]> assigned = assignedWithStates(campaign.id, expertId);
        int at = 0;
        while (at < assigned.size() && (Long) assigned.get(at)[0] != candidateId) {
            at++;
        }
        for (int step = 1; step < assigned.size(); step++) {
            Object[] row = assigned.get((at + step) % assigned.size());
            SheetState state = state((SheetStatus) row[1], row[2] != null);
            if (state == SheetState.NOT_STARTED || state == SheetState.DRAFT) {
                long id = (Long) row[0];
                CandidateRepository.Summary c = candidates.summaries(campaign.id, List.of(id)).get(id);
                return c == null ? null : new ExpertSheet.NextCandidate(id, c.code(),
                        campaign.blindScoring ? null : c.name());
            }
        }
        return null;
    }

    /** The model's item codes, in model order: the fields the scoring form has. */
    @Transactional
    public List<String> itemCodes(long campaignId) {
        return campaigns.modelOf(campaigns.require(campaignId)).subIndicators().map(SubIndicator::code).toList();
    }

    /** The items a submission would still lack ({@code required} errors), judged by the sheet rules. */
    @Transactional
    public List<FieldError> missingForSubmission(long campaignId, SheetView sheet) {
        return missing(campaigns.modelOf(campaigns.require(campaignId)), sheet);
    }

    /** The sheet page's data; a conflicted expert gets the materials and no sheet. 404 unless assigned. */
    @Transactional
    public ExpertSheet sheet(long campaignId, long expertId, long candidateId) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = expert(campaignId, expertId);
        requireAssigned(campaignId, expertId, candidateId);
        Candidate candidate = candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        ScoringModel model = campaigns.modelOf(campaign);
        boolean conflicted = !conflicts.conflicts(campaign, expert, candidate).isEmpty();
        // Opening checks the conflict rules again and refuses; a conflicted expert sees the materials only.
        SheetView sheet = conflicted ? null : sheets.open(campaignId, expertId, candidateId);
        SheetState state = conflicted ? SheetState.CONFLICT
                : sheet.status() == SheetStatus.SUBMITTED ? SheetState.SUBMITTED
                : sheet.updatedAt() == null ? SheetState.NOT_STARTED : SheetState.DRAFT;
        boolean editable = (state == SheetState.DRAFT || state == SheetState.NOT_STARTED)
                && SheetRules.WRITABLE_PHASES.contains(campaign.phase);
        return new ExpertSheet(CampaignRef.of(campaign), model, candidate.id, candidate.code,
                materials(candidate, model, campaign.blindScoring), sheet, state, editable,
                state == SheetState.SUBMITTED ? next(campaign, expertId, candidateId) : null);
    }

    /** The saved draft for confirmation; empty when it is not complete or already submitted. */
    @Transactional
    public Optional<ExpertConfirmation> confirmation(long campaignId, long expertId, long candidateId) {
        Campaign campaign = campaigns.require(campaignId);
        SheetView sheet = sheets.open(campaignId, expertId, candidateId);
        ScoringModel model = campaigns.modelOf(campaign);
        if (sheet.status() != SheetStatus.DRAFT || !missing(model, sheet).isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        sheet.items().forEach((code, item) -> scores.put(code, item.score()));
        return Optional.of(new ExpertConfirmation(CampaignRef.of(campaign), model, sheet, SheetTotals.of(model, scores)));
    }

    /**
     * Records the expert's own conflict declaration for an assigned candidate (404 otherwise). The caller has
     * checked the reason against {@link ConflictDeclaration#MAX_REASON}.
     *
     * <p>Not once the expert's sheet for that candidate is submitted (409 {@code conflict-after-submission},
     * issue 18 defect 10): a submitted sheet counts in the ranking, and a declaration that silently changed
     * nothing would mislead the committee, while one that silently removed the sheet would change the ranking
     * behind its back. The secretariat reopens the sheet first (audited, with a reason); the expert then
     * declares, and the reopened draft no longer counts.
     */
    @Transactional
    public ConflictDeclaration declareConflict(long campaignId, long expertId, long candidateId, String reason) {
        em.lock(assignments.find(campaignId, expertId, candidateId)
                .orElseThrow(() -> new NotFoundException("assigned candidate", candidateId)),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (sheets.find(campaignId, expertId, candidateId).filter(s -> s.status == SheetStatus.SUBMITTED)
                .isPresent()) {
            throw new RuleConflictException("conflict-after-submission", "the score sheet for this candidate is "
                    + "already submitted and counts in the ranking; ask the secretariat to reopen it, then declare "
                    + "the conflict");
        }
        return conflicts.declare(campaignId, expertId, candidateId, reason);
    }

    private static SheetState state(SheetStatus status, boolean declaredConflict) {
        return declaredConflict ? SheetState.CONFLICT
                : status == null ? SheetState.NOT_STARTED
                : status == SheetStatus.SUBMITTED ? SheetState.SUBMITTED : SheetState.DRAFT;
    }

    private static List<FieldError> missing(ScoringModel model, SheetView sheet) {
        Map<String, ScoreValue> scores = new LinkedHashMap<>();
        sheet.items().forEach((code, item) -> {
            if (item.score() != null) {
                scores.put(code, ScoreValue.of(item.score()));
            }
        });
        return new SheetRules(model).check(scores, Map.of(), true);
    }

    private void requireAssigned(long campaignId, long expertId, long candidateId) {
        if (assignments.find(campaignId, expertId, candidateId).isEmpty()) {
            throw new NotFoundException("assigned candidate", candidateId);
        }
    }

    private Expert expert(long campaignId, long expertId) {
        return experts.findInCampaign(campaignId, expertId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }

    /**
     * The nomination materials the expert reads. Under blind scoring the fields that name the person or the
     * organisations around them (name, recommending unit, employer, position — which often names the workshop —
     * and the referees' names and employers) are left out, and those words are blanked out where free texts
     * repeat them literally ({@link IdentityRedaction}). What the expert needs to judge the work (industry, trade,
     * titles, years, group, honours, awards, reasons, the model's extra counts) stays.
     */
    private CandidateMaterials materials(Candidate c, ScoringModel model, boolean blind) {
        RecommendingUnit unit = units.findInCampaign(c.campaignId, c.unitId).orElse(null);
        List<CandidateMaterials.Extra> extras = new ArrayList<>();
        for (ExtraField field : model.extraFields()) {
            String value = c.extraFields.get(field.code());
            if (value != null) {
                extras.add(new CandidateMaterials.Extra(field.name(), value));
            }
        }
        if (!blind) {
            return new CandidateMaterials(false, c.name, unit == null ? null : unit.name, c.employer, c.position,
                    c.industry, c.trade, c.title, c.skillLevel, c.shopFloorYears, c.group, c.honours, c.awards,
                    c.recommendationReason, c.oneLineReason, c.personalStatement,
                    c.referees.stream().map(r -> new CandidateMaterials.Referee(r.name, r.employer, r.title)).toList(),
                    extras);
        }
        List<String> identifying = new ArrayList<>(Arrays.asList(c.name, c.employer, c.groupCompany,
                c.employerAddress, unit == null ? null : unit.name));
        c.referees.forEach(r -> {
            identifying.add(r.name);
            identifying.add(r.employer);
        });
        IdentityRedaction redaction = IdentityRedaction.of(identifying);
        return new CandidateMaterials(true, null, null, null, null, c.industry, c.trade, c.title, c.skillLevel,
                c.shopFloorYears, c.group, redaction.redact(c.honours), redaction.redact(c.awards),
                redaction.redact(c.recommendationReason), redaction.redact(c.oneLineReason),
                redaction.redact(c.personalStatement),
                c.referees.stream().map(r -> new CandidateMaterials.Referee(null, null, redaction.redact(r.title)))
                        .toList(),
                extras);
    }
}
