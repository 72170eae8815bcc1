package org.craftrank.scoring.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.common.ConcurrentWrites;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.PreconditionFailedException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.expert.Expert;
import org.craftrank.expert.ExpertRepository;
import org.craftrank.model.definition.ExactDecimals;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.scoring.assignment.AssignmentService;
import org.craftrank.scoring.conflict.ConflictService;
import org.craftrank.operations.OperationsMetrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Score sheets: open, save drafts, submit (computing the stored totals), and reopen. Every write re-checks the
 * assignment, the phase and the conflict rules, and loses cleanly (412) to a concurrent writer.
 */
@ApplicationScoped
public class ScoreSheetService {

    private final EntityManager em;
    private final CampaignService campaigns;
    private final ExpertRepository experts;
    private final CandidateRepository candidates;
    private final AssignmentService assignments;
    private final ConflictService conflicts;
    private final AuditLog audit;
    private final Clock clock;
    private final OperationsMetrics metrics;

    public ScoreSheetService(EntityManager em, CampaignService campaigns, ExpertRepository experts,
                             CandidateRepository candidates, AssignmentService assignments,
                             ConflictService conflicts, AuditLog audit, Clock clock, OperationsMetrics metrics) {
        this.metrics = metrics;
        this.em = em;
        this.campaigns = campaigns;
        this.experts = experts;
        this.candidates = candidates;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The expert's sheet for an assigned candidate (blank if never saved). */
    @Transactional
    public SheetView open(long campaignId, long expertId, long candidateId) {
        Scope scope = scope(campaignId, expertId, candidateId);
        conflicts.requireNone(scope.campaign, scope.expert, scope.candidate);
        return view(scope, find(campaignId, expertId, candidateId).orElse(null));
    }

    @Transactional
    public SheetView save(long campaignId, long expertId, long candidateId, SheetContent content, String ifMatch) {
        Scope scope = writableScope(campaignId, expertId, candidateId);
        ScoreSheet sheet = find(campaignId, expertId, candidateId).orElseGet(() -> blank(scope));
        requireCurrent(sheet, ifMatch);
        requireDraft(sheet);
        check(scope.model, content, false);
        Map<String, SheetView.Item> before = itemsOf(sheet);
        apply(sheet, content);
        persist(sheet);
        audit.append(AuditEntry.of(AuditAction.SHEET_SAVED, "score-sheet", sheet.id).inCampaign(campaignId)
                .change(before.isEmpty() ? null : before, itemsOf(sheet)));
        return view(scope, sheet);
    }

    /**
     * Submits the sheet, optionally writing {@code content} first. Every item must then have a valid score; the
     * weighted totals are computed exactly and stored with the sheet.
     */
    @Transactional
    public SheetView submit(long campaignId, long expertId, long candidateId, SheetContent content, String ifMatch) {
        Scope scope = writableScope(campaignId, expertId, candidateId);
        ScoreSheet sheet = find(campaignId, expertId, candidateId).orElseGet(() -> blank(scope));
        requireCurrent(sheet, ifMatch);
        requireDraft(sheet);
        if (content != null) {
            check(scope.model, content, false);
            apply(sheet, content);
        }
        Map<String, ScoreValue> stored = new TreeMap<>();
        sheet.items.forEach((code, item) -> stored.put(code, item.score == null ? ScoreValue.absent()
                : ScoreValue.of(item.score)));
        check(scope.model, new SheetContent(stored, Map.of(), null), true);

        Map<String, BigDecimal> scores = new TreeMap<>();
        sheet.items.forEach((code, item) -> scores.put(code, item.score));
        SheetTotals totals = SheetTotals.of(scope.model, scores);
        totals.set(sheet);
        sheet.status = SheetStatus.SUBMITTED;
        sheet.submittedAt = Instant.now(clock);
        persist(sheet);
        metrics.sheetSubmitted();
        audit.append(AuditEntry.of(AuditAction.SHEET_SUBMITTED, "score-sheet", sheet.id).inCampaign(campaignId)
                .change(null, Map.of("items", itemsOf(sheet), "total", ExactDecimals.plain(sheet.total))));
        return view(scope, sheet);
    }

    /** ADMIN: back to DRAFT so the expert can correct it; the reason is mandatory and audited. */
    @Transactional
    public SheetView reopen(long campaignId, long expertId, long candidateId, String reason) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = experts.findInCampaign(campaignId, expertId)
                .orElseThrow(() -> new NotFoundException("expert", expertId));
        Candidate candidate = candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        ScoreSheet sheet = find(campaignId, expertId, candidateId)
                .orElseThrow(() -> new NotFoundException("score sheet of expert " + expertId + " for candidate",
                        candidateId));
        CampaignService.requirePhase(campaign, SheetRules.WRITABLE_PHASES, "reopen a score sheet");
        if (sheet.status != SheetStatus.SUBMITTED) {
            throw new RuleConflictException("sheet-not-submitted", "only a submitted sheet can be reopened");
        }
        BigDecimal previousTotal = ExactDecimals.plain(sheet.total);
        sheet.status = SheetStatus.DRAFT;
        sheet.submittedAt = null;
        sheet.reopenedAt = Instant.now(clock);
        sheet.reopenReason = reason;
        SheetTotals.clear(sheet);
        persist(sheet);
        audit.append(AuditEntry.of(AuditAction.SHEET_REOPENED, "score-sheet", sheet.id).inCampaign(campaignId)
                .change(Map.of("status", "SUBMITTED", "total", previousTotal), Map.of("status", "DRAFT"))
                .because(reason));
        return view(new Scope(campaign, campaigns.modelOf(campaign), expert, candidate), sheet);
    }

    /** The state of each of the expert's sheets in the campaign, by candidate id, in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, SheetStatus> statusesOf(long campaignId, long expertId) {
        Map<Long, SheetStatus> statuses = new java.util.HashMap<>();
        em.createQuery("select s.candidateId, s.status from ScoreSheet s where s.campaignId = :c and s.expertId = :e",
                        Object[].class).setParameter("c", campaignId).setParameter("e", expertId).getResultList()
                .forEach(row -> statuses.put((Long) row[0], (SheetStatus) row[1]));
        return statuses;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ScoreSheet> find(long campaignId, long expertId, long candidateId) {
        return em.createQuery("select s from ScoreSheet s where s.campaignId = :c and s.expertId = :e"
                        + " and s.candidateId = :k", ScoreSheet.class)
                .setParameter("c", campaignId).setParameter("e", expertId).setParameter("k", candidateId)
                .getResultStream().findFirst();
    }

    private record Scope(Campaign campaign, ScoringModel model, Expert expert, Candidate candidate) {
    }

    /** 404 unless the candidate is assigned to the expert: others' candidates are not theirs to know. */
    private Scope scope(long campaignId, long expertId, long candidateId) {
        return scope(campaignId, expertId, candidateId, false);
    }

    /**
     * With {@code lock}, the assignment's row is locked until the transaction ends, so a write of the sheet and a
     * conflict declaration on the same pair (which checks the sheet's status) never interleave.
     */
    private Scope scope(long campaignId, long expertId, long candidateId, boolean lock) {
        Campaign campaign = campaigns.require(campaignId);
        Expert expert = experts.findInCampaign(campaignId, expertId)
                .orElseThrow(() -> new NotFoundException("expert", expertId));
        var assignment = assignments.find(campaignId, expertId, candidateId)
                .orElseThrow(() -> new NotFoundException("assigned candidate", candidateId));
        if (lock) {
            em.lock(assignment, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        Candidate candidate = candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        return new Scope(campaign, campaigns.modelOf(campaign), expert, candidate);
    }

    private Scope writableScope(long campaignId, long expertId, long candidateId) {
        Scope scope = scope(campaignId, expertId, candidateId, true);
        CampaignService.requirePhase(scope.campaign, SheetRules.WRITABLE_PHASES, "write a score sheet");
        conflicts.requireNone(scope.campaign, scope.expert, scope.candidate);
        return scope;
    }

    private static void requireCurrent(ScoreSheet sheet, String ifMatch) {
        String current = SheetVersions.of(sheet);
        if (!SheetVersions.matches(ifMatch, current)) {
            throw new PreconditionFailedException("stale-version", "the sheet changed since you loaded it (now "
                    + current + ", you sent " + ifMatch + "); reload it and apply your change again");
        }
    }

    private static void requireDraft(ScoreSheet sheet) {
        if (sheet.status == SheetStatus.SUBMITTED) {
            throw new RuleConflictException("sheet-submitted",
                    "the sheet is submitted and read-only; the secretariat can reopen it");
        }
    }

    private static void check(ScoringModel model, SheetContent content, boolean submitting) {
        List<FieldError> errors = new java.util.ArrayList<>(new SheetRules(model)
                .check(content.scores(), content.comments(), submitting));
        if (content.overallComment() != null && content.overallComment().length() > SheetRules.MAX_OVERALL_COMMENT) {
            errors.add(new FieldError("overallComment", "max-length",
                    "overallComment: at most " + SheetRules.MAX_OVERALL_COMMENT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ScoreSheet blank(Scope scope) {
        ScoreSheet sheet = new ScoreSheet();
        sheet.campaignId = scope.campaign.id;
        sheet.expertId = scope.expert.id;
        sheet.candidateId = scope.candidate.id;
        sheet.status = SheetStatus.DRAFT;
        return sheet;
    }

    /** A save replaces the draft's content: items left out are cleared. */
    private void apply(ScoreSheet sheet, SheetContent content) {
        sheet.items.clear();
        Set<String> codes = new java.util.TreeSet<>(content.scores().keySet());
        codes.addAll(content.comments().keySet());
        for (String code : codes) {
            ScoreValue v = content.scores().getOrDefault(code, ScoreValue.absent());
            String comment = blankToNull(content.comments().get(code));
            if (v.value() != null || comment != null) {
                sheet.items.put(code, new SheetItem(v.value(), comment));
            }
        }
        sheet.overallComment = blankToNull(content.overallComment());
    }

    /**
     * Flushes now so that a lost race (the row version moved, or a concurrent first save inserted the same
     * sheet) surfaces here as a 412, and not at commit. Any other persistence failure is a bug and stays a 500.
     */
    private void persist(ScoreSheet sheet) {
        // Always dirties the row, so the version moves even when only the item table changed.
        sheet.updatedAt = Instant.now(clock);
        try {
            if (sheet.id == null) {
                em.persist(sheet);
            }
            em.flush();
        } catch (PersistenceException e) {
            if (ConcurrentWrites.lostRace(e).isEmpty()) {
                throw e;
            }
            throw new PreconditionFailedException("concurrent-change",
                    "another save of this sheet came first; reload it and apply your change again");
        }
    }

    private static Map<String, SheetView.Item> itemsOf(ScoreSheet sheet) {
        Map<String, SheetView.Item> items = new LinkedHashMap<>();
        new TreeMap<>(sheet.items).forEach((code, item) -> items.put(code,
                new SheetView.Item(ExactDecimals.plain(item.score), item.comment)));
        return items;
    }

    private static SheetView view(Scope scope, ScoreSheet sheet) {
        if (sheet == null) {
            return new SheetView(scope.campaign.id, scope.expert.id, scope.candidate.id, scope.candidate.code,
                    SheetStatus.DRAFT, Map.of(), null, null, null, null, null, SheetVersions.UNSAVED);
        }
        SheetView.Totals totals = null;
        if (sheet.status == SheetStatus.SUBMITTED) {
            Map<String, BigDecimal> caps = new LinkedHashMap<>();
            scope.model.capabilities().forEach(c -> {
                CapabilityTotal t = sheet.capabilityTotals.get(c.code());
                caps.put(c.code(), t == null ? null : ExactDecimals.plain(t.total));
            });
            totals = new SheetView.Totals(ExactDecimals.plain(sheet.total), sheet.totalExact, caps);
        }
        return new SheetView(sheet.campaignId, sheet.expertId, sheet.candidateId, scope.candidate.code, sheet.status,
                itemsOf(sheet), sheet.overallComment, totals, sheet.submittedAt, sheet.updatedAt,
                sheet.status == SheetStatus.DRAFT && sheet.reopenedAt != null
                        ? new SheetView.Reopened(sheet.reopenedAt, sheet.reopenReason) : null,
                SheetVersions.of(sheet));
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
