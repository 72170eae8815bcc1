package org.craftrank.candidate;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.craftrank.common.version.IfMatch;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.identity.PhoneNumber;
import org.craftrank.candidate.identity.PseudonymCodes;
import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.common.FieldErrors;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.security.pii.PersonalDataCipher;
import org.craftrank.unit.RecommendingUnit;
import org.craftrank.unit.RecommendingUnitRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Candidates of a campaign: nomination, correction and removal, always against the frozen model. */
@ApplicationScoped
public class CandidateService {

    public static final int MAX_PAGE_SIZE = 1000;

    private final CandidateRepository candidates;
    private final RecommendingUnitRepository units;
    private final CampaignService campaigns;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final PseudonymCodes codes = new PseudonymCodes(new SecureRandom());
    private final Clock clock = Clock.systemDefaultZone();

    public CandidateService(CandidateRepository candidates, RecommendingUnitRepository units,
                            CampaignService campaigns, PersonalDataCipher cipher, AuditLog audit) {
        this.candidates = candidates;
        this.audit = audit;
        this.cipher = cipher;
        this.units = units;
        this.campaigns = campaigns;
    }

    @Transactional
    public CandidatePage list(long campaignId, Long unitId, int page, int size) {
        campaigns.require(campaignId);
        if (page < 0) {
            throw InvalidInputException.of("page", "min", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "range", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        var query = candidates.byCampaign(campaignId, unitId).page(Page.of(page, size));
        Map<Long, String> unitNames = unitNames(campaignId);
        List<CandidateView> items = query.list().stream().map(c -> view(c, unitNames)).toList();
        return new CandidatePage(items, page, size, query.count());
    }

    @Transactional
    public Optional<CandidateView> find(long campaignId, long candidateId) {
        campaigns.require(campaignId);
        return candidates.findInCampaign(campaignId, candidateId).map(c -> view(c, unitNames(campaignId)));
    }

    /** Nominates as the secretariat (the demo seeder and ADMIN callers). */
    @Transactional
    public CandidateView create(long campaignId, CandidateRequest request) {
        return create(campaignId, request, Nominator.SECRETARIAT);
    }

    @Transactional
    public CandidateView create(long campaignId, CandidateRequest request, Nominator by) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, by.nominating, "nominate a candidate");
        RecommendingUnit unit = unitOf(campaignId, request.recommendingUnitId());
        requireListOpen(unit, by);
        checkFields(campaign, request);
        String idNumberHmac = requireUniqueIdNumber(campaignId, request.idNumber(), null);
        requireQuotaLeft(unit, 1);
        Candidate candidate = persistNew(campaignId, request, unit, idNumberHmac);
        return view(candidate, unitNames(campaignId));
    }

    /** Stores a candidate whose fields, ID number and unit quota were already checked in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Candidate persistNew(long campaignId, CandidateRequest request, RecommendingUnit unit, String idNumberHmac) {
        return persistNew(campaignId, request, unit, idNumberHmac, null);
    }

    /**
     * As above, but draws the pseudonymous code outside {@code takenCodes} (the campaign's codes, read once by the
     * caller, and kept up to date here) instead of asking the database. The import stores thousands of rows in one
     * transaction, and each code query made Hibernate flush-check every candidate persisted so far: quadratic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Candidate persistNew(long campaignId, CandidateRequest request, RecommendingUnit unit, String idNumberHmac,
                         Set<String> takenCodes) {
        Candidate candidate = new Candidate();
        candidate.idNumberHmac = idNumberHmac;
        candidate.campaignId = campaignId;
        candidate.code = takenCodes == null ? freshCode(campaignId) : freshCode(takenCodes);
        candidate.createdAt = Instant.now(clock);
        apply(candidate, request, unit);
        candidates.persist(candidate);
        return candidate;
    }

    @Transactional
    public CandidateView update(long campaignId, long candidateId, CandidateRequest request) {
        return update(campaignId, candidateId, request, Nominator.SECRETARIAT, IfMatch.any());
    }

    @Transactional
    public CandidateView update(long campaignId, long candidateId, CandidateRequest request, Nominator by,
                                IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        Candidate candidate = require(campaignId, candidateId);
        ifMatch.check("candidate", candidate.version);
        CampaignService.requirePhase(campaign, by.correcting, "change a candidate");
        RecommendingUnit unit = unitOf(campaignId, request.recommendingUnitId());
        requireListOpen(unit, by);
        if (!unit.id.equals(candidate.unitId)) {
            requireListOpen(unitOf(campaignId, candidate.unitId), by);
        }
        checkFields(campaign, request);
        candidate.idNumberHmac = requireUniqueIdNumber(campaignId, request.idNumber(), candidate.id);
        if (!unit.id.equals(candidate.unitId)) {
            requireQuotaLeft(unit, 1);
        }
        apply(candidate, request, unit);
        candidates.flush();
        return view(candidate, unitNames(campaignId));
    }

    /**
     * A correction from a page, which never shows ID and phone numbers unmasked: a blank ID number or phone keeps
     * the stored one, a typed one replaces it. Otherwise as {@link #update}.
     */
    @Transactional
    public CandidateView correct(long campaignId, long candidateId, CandidateRequest request, Nominator by,
                                 IfMatch ifMatch) {
        Candidate stored = require(campaignId, candidateId);
        CandidateRequest filled = request.withPersonalNumbers(
                blank(request.idNumber()) ? stored.idNumber : request.idNumber(),
                blank(request.phone()) ? stored.phone : request.phone());
        return update(campaignId, candidateId, filled, by, ifMatch);
    }

    @Transactional
    public void delete(long campaignId, long candidateId, Nominator by, IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        Candidate candidate = require(campaignId, candidateId);
        ifMatch.check("candidate", candidate.version);
        CampaignService.requirePhase(campaign, by.nominating, "withdraw a candidate");
        requireListOpen(unitOf(campaignId, candidate.unitId), by);
        candidates.delete(candidate);
    }

    /** The unit that nominated the candidate, for per-unit access checks; 404 when there is no such candidate. */
    @Transactional
    public long unitIdOf(long campaignId, long candidateId) {
        return require(campaignId, candidateId).unitId;
    }

    /** The full ID and phone numbers, for the ADMIN only; the reveal is audited with its reason in the same transaction. */
    @Transactional
    public PersonalDataView reveal(long campaignId, long candidateId, String reason) {
        Candidate c = require(campaignId, candidateId);
        audit.append(AuditEntry.of(AuditAction.PERSONAL_DATA_REVEALED, "candidate", candidateId)
                .inCampaign(campaignId).because(reason));
        return new PersonalDataView(c.id, c.name, c.idNumber, c.phone);
    }

    private Candidate require(long campaignId, long candidateId) {
        return candidates.findInCampaign(campaignId, candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
    }

    private RecommendingUnit unitOf(long campaignId, long unitId) {
        return units.findInCampaign(campaignId, unitId).orElseThrow(() -> InvalidInputException.of(
                "recommendingUnitId", "known-unit", "recommendingUnitId: no unit " + unitId + " in this campaign"));
    }

    private void checkFields(Campaign campaign, CandidateRequest request) {
        FieldErrors errors = new CandidateInputChecks(campaigns.modelOf(campaign), LocalDate.now(clock))
                .check(request);
        errors.throwIfAny();
    }

    /** The HMAC of the (valid) ID number, after checking nobody else in the campaign has it; null if none. */
    private String requireUniqueIdNumber(long campaignId, String idNumber, Long candidateId) {
        if (blank(idNumber)) {
            return null;
        }
        String hmac = cipher.hmac(ResidentIdNumber.normalise(idNumber));
        if (candidates.idNumberTaken(campaignId, hmac, candidateId)) {
            throw new RuleConflictException("duplicate-id-number",
                    "another candidate of this campaign has the same ID number");
        }
        return hmac;
    }

    /**
     * Refuses (409 {@code unit-quota}) unless the unit has room for {@code adding} more. The unit's row is locked
     * first, so two nominations racing for the last place cannot both see it free.
     */
    /**
     * Refuses (409 {@code list-submitted}) a unit's change to its candidates once it has submitted its list (上报),
     * until the secretariat returns it; the secretariat's own corrections go on. The unit's row is locked and read
     * afresh, so a nomination and the submission of the list never interleave.
     */
    void requireListOpen(RecommendingUnit unit, Nominator by) {
        if (by != Nominator.UNIT) {
            return;
        }
        units.getEntityManager().refresh(unit, LockModeType.PESSIMISTIC_WRITE);
        if (!unit.listStatus.openToTheUnit()) {
            throw new RuleConflictException("list-submitted", "unit '" + unit.name + "' has submitted its list; "
                    + "the secretariat must return it before the unit changes its candidates");
        }
    }

    void requireQuotaLeft(RecommendingUnit unit, int adding) {
        units.getEntityManager().lock(unit, LockModeType.PESSIMISTIC_WRITE);
        long nominated = candidates.countByUnit(unit.id);
        if (nominated + adding > unit.quota) {
            throw new RuleConflictException("unit-quota", "unit '" + unit.name + "' has used its quota of "
                    + unit.quota + " (" + nominated + " nominated)");
        }
    }

    /** As {@link #freshCode(long)}, against codes already in memory; the new code is added to them. */
    private String freshCode(Set<String> takenCodes) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = codes.next();
            if (takenCodes.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("could not find a free pseudonymous code");
    }

    /** Random codes, retried on the rare collision inside the campaign (1 in about 10^9 per pair). */
    private String freshCode(long campaignId) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = codes.next();
            if (!candidates.codeTaken(campaignId, code)) {
                return code;
            }
        }
        throw new IllegalStateException("could not find a free pseudonymous code");
    }

    private static void apply(Candidate c, CandidateRequest r, RecommendingUnit unit) {
        c.unitId = unit.id;
        c.name = r.name().strip();
        c.gender = r.gender();
        c.birthYearMonth = r.birthYearMonth();
        c.ethnicity = trim(r.ethnicity());
        c.education = trim(r.education());
        c.politicalStatus = trim(r.politicalStatus());
        c.idNumber = blank(r.idNumber()) ? null : ResidentIdNumber.normalise(r.idNumber());
        c.employer = r.employer().strip();
        c.position = trim(r.position());
        c.industry = trim(r.industry());
        c.trade = trim(r.trade());
        c.title = trim(r.title());
        c.skillLevel = trim(r.skillLevel());
        c.workStart = r.workStart();
        c.shopFloorYears = r.shopFloorYears();
        c.enterpriseType = trim(r.enterpriseType());
        c.personnelCategory = trim(r.personnelCategory());
        c.migrantWorker = r.migrantWorker();
        c.honours = trim(r.honours());
        c.awards = trim(r.awards());
        c.referees.clear();
        if (r.referees() != null) {
            for (CandidateRequest.RefereeRequest given : r.referees()) {
                Referee referee = new Referee();
                referee.name = given.name().strip();
                referee.employer = given.employer().strip();
                referee.title = trim(given.title());
                c.referees.add(referee);
            }
        }
        c.recommendationReason = trim(r.recommendationReason());
        c.oneLineReason = trim(r.oneLineReason());
        c.personalStatement = trim(r.personalStatement());
        c.employerAddress = trim(r.employerAddress());
        c.postcode = r.postcode();
        c.phone = blank(r.phone()) ? null : PhoneNumber.normalise(r.phone());
        c.group = trim(r.group());
        c.groupCompany = trim(r.groupCompany());
        CandidateRequest.Declarations declared = r.declarations();
        c.recognisedGreatCraftsman = declared == null ? null : declared.recognisedGreatCraftsman();
        c.leadershipPost = declared == null ? null : declared.leadershipPost();
        c.otherTalentProgramme = declared == null ? null : declared.otherTalentProgramme();
        c.extraFields.clear();
        if (r.extraFields() != null) {
            r.extraFields().forEach((code, value) -> {
                if (value != null) {
                    c.extraFields.put(code, CandidateInputChecks.storedForm(value));
                }
            });
        }
    }

    private Map<Long, String> unitNames(long campaignId) {
        return units.listByCampaign(campaignId).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u.name, (a, b) -> a));
    }

    private static CandidateView view(Candidate c, Map<Long, String> unitNames) {
        return new CandidateView(c.id, c.campaignId, c.code, c.unitId, unitNames.get(c.unitId), c.name, c.gender,
                c.birthYearMonth, c.ethnicity, c.education, c.politicalStatus,
                c.idNumber == null ? null : ResidentIdNumber.mask(c.idNumber),
                c.employer, c.position, c.industry, c.trade, c.title, c.skillLevel, c.workStart, c.shopFloorYears,
                c.enterpriseType, c.personnelCategory, c.migrantWorker, c.honours, c.awards,
                c.referees.stream().map(r -> new CandidateView.RefereeView(r.name, r.employer, r.title)).toList(),
                c.recommendationReason, c.oneLineReason, c.personalStatement, c.employerAddress, c.postcode,
                c.phone == null ? null : PhoneNumber.mask(c.phone), c.group, c.groupCompany,
                new TreeMap<>(c.extraFields),
                new CandidateRequest.Declarations(c.recognisedGreatCraftsman, c.leadershipPost, c.otherTalentProgramme),
                c.version);
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
