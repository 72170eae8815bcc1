package org.craftrank.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.common.version.IfMatch;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.campaign.phase.CampaignPhase;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recommending units of a campaign and their quotas. */
@ApplicationScoped
public class RecommendingUnitService {

    /** Units and quotas are set up before and during nomination; afterwards the field is fixed. */
    static final Set<CampaignPhase> EDITABLE = EnumSet.of(CampaignPhase.DRAFT, CampaignPhase.NOMINATION);

    private final RecommendingUnitRepository units;
    private final CampaignService campaigns;
    private final UnitNominations nominations;
    private final AuditLog audit;

    public RecommendingUnitService(RecommendingUnitRepository units, CampaignService campaigns,
                                   UnitNominations nominations, AuditLog audit) {
        this.audit = audit;
        this.units = units;
        this.nominations = nominations;
        this.campaigns = campaigns;
    }

    @Transactional
    public List<UnitView> list(long campaignId) {
        campaigns.require(campaignId);
        return units.listByCampaign(campaignId).stream().map(this::view).toList();
    }

    @Transactional
    public Optional<UnitView> find(long campaignId, long unitId) {
        campaigns.require(campaignId);
        return units.findInCampaign(campaignId, unitId).map(this::view);
    }

    @Transactional
    public UnitView create(long campaignId, UnitRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, EDITABLE, "add a recommending unit");
        String name = request.name().strip();
        requireFreeName(campaignId, name, null);
        requireMinimumWithinQuota(request);
        RecommendingUnit unit = new RecommendingUnit();
        unit.campaignId = campaignId;
        apply(unit, name, request);
        units.persist(unit);
        return view(unit);
    }

    @Transactional
    public UnitView update(long campaignId, long unitId, UnitRequest request, IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        RecommendingUnit unit = require(campaignId, unitId);
        ifMatch.check("recommending unit", unit.version);
        CampaignService.requirePhase(campaign, EDITABLE, "change a recommending unit");
        String name = request.name().strip();
        requireFreeName(campaignId, name, unitId);
        requireMinimumWithinQuota(request);
        long nominated = nominated(unit);
        if (request.quota() < nominated) {
            throw InvalidInputException.of("quota", "quota-covers-nominated", "quota " + request.quota()
                    + " is below the " + nominated + " candidates the unit has already nominated");
        }
        apply(unit, name, request);
        units.flush();
        return view(unit);
    }

    @Transactional
    public void delete(long campaignId, long unitId, IfMatch ifMatch) {
        Campaign campaign = campaigns.require(campaignId);
        RecommendingUnit unit = require(campaignId, unitId);
        ifMatch.check("recommending unit", unit.version);
        CampaignService.requirePhase(campaign, EDITABLE, "remove a recommending unit");
        if (nominated(unit) > 0) {
            throw new RuleConflictException("unit-in-use", "unit '" + unit.name + "' has nominated candidates; "
                    + "remove them first");
        }
        units.delete(unit);
    }

    /**
     * 上报: the unit says its list is complete, which locks it for the unit (no nomination, correction, withdrawal or
     * import by the unit) until the secretariat returns it. Only while nomination is open; a list already submitted
     * is a 409 {@code list-submitted}. Audited with the number of candidates submitted.
     */
    @Transactional
    public UnitView submitList(long campaignId, long unitId) {
        Campaign campaign = campaigns.require(campaignId);
        RecommendingUnit unit = lockedUnit(campaignId, unitId);
        CampaignService.requirePhase(campaign, LIST_PHASES, "submit a unit's list");
        if (unit.listStatus == UnitListStatus.SUBMITTED) {
            throw new RuleConflictException("list-submitted", "the unit's list is already submitted; the secretariat "
                    + "may return it for corrections");
        }
        UnitListStatus before = unit.listStatus;
        unit.listStatus = UnitListStatus.SUBMITTED;
        unit.listSubmittedAt = java.time.Instant.now();
        long nominated = nominated(unit);
        audit.append(AuditEntry.of(AuditAction.UNIT_LIST_SUBMITTED, "unit", unitId).inCampaign(campaignId)
                .change(java.util.Map.of("listStatus", before.name()),
                        java.util.Map.of("listStatus", unit.listStatus.name(), "candidates", nominated)));
        units.flush();
        return view(unit);
    }

    /**
     * 退回: the secretariat returns a submitted list to its unit with a reason, which the unit sees; the unit may then
     * change its candidates and submit again. Only while nomination is open; a list that is not submitted is a 409
     * {@code list-not-submitted}. Audited with the reason.
     */
    @Transactional
    public UnitView returnList(long campaignId, long unitId, ReturnListRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        RecommendingUnit unit = lockedUnit(campaignId, unitId);
        CampaignService.requirePhase(campaign, LIST_PHASES, "return a unit's list");
        if (unit.listStatus != UnitListStatus.SUBMITTED) {
            throw new RuleConflictException("list-not-submitted", "the unit's list is not submitted, so there is "
                    + "nothing to return");
        }
        String reason = request.reason().strip();
        unit.listStatus = UnitListStatus.RETURNED;
        unit.listReturnedAt = java.time.Instant.now();
        unit.listReturnReason = reason;
        audit.append(AuditEntry.of(AuditAction.UNIT_LIST_RETURNED, "unit", unitId).inCampaign(campaignId)
                .change(java.util.Map.of("listStatus", UnitListStatus.SUBMITTED.name()),
                        java.util.Map.of("listStatus", unit.listStatus.name()))
                .because(reason));
        units.flush();
        return view(unit);
    }

    /** Phases in which a unit's list is submitted and returned: while nomination is open. */
    static final Set<CampaignPhase> LIST_PHASES = EnumSet.of(CampaignPhase.NOMINATION);

    /** The unit, its row locked and read afresh: a submission and a nomination of the unit never interleave. */
    private RecommendingUnit lockedUnit(long campaignId, long unitId) {
        RecommendingUnit unit = require(campaignId, unitId);
        units.getEntityManager().refresh(unit, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return unit;
    }

    /** The unit inside its campaign, or a 404. */
    public RecommendingUnit require(long campaignId, long unitId) {
        return units.findInCampaign(campaignId, unitId)
                .orElseThrow(() -> new NotFoundException("recommending unit", unitId));
    }

    public long nominated(RecommendingUnit unit) {
        return nominations.nominatedBy(unit.id);
    }

    private static void requireMinimumWithinQuota(UnitRequest request) {
        if (request.minimum() != null && request.minimum() > request.quota()) {
            throw InvalidInputException.of("minimum", "minimum-within-quota", "minimum " + request.minimum()
                    + " is above the quota " + request.quota());
        }
    }

    private void requireFreeName(long campaignId, String name, Long exceptId) {
        if (units.nameTaken(campaignId, name, exceptId)) {
            throw InvalidInputException.of("name", "unique", "a unit named '" + name + "' already exists in this campaign");
        }
    }

    private static void apply(RecommendingUnit unit, String name, UnitRequest request) {
        unit.name = name;
        unit.kind = request.kind();
        unit.quota = request.quota();
        unit.minimum = request.minimum();
        if (request.contact() != null) {
            unit.contact = request.contact().isBlank() ? null : request.contact().strip();
        }
    }

    private UnitView view(RecommendingUnit unit) {
        return new UnitView(unit.id, unit.campaignId, unit.name, unit.kind, unit.quota, unit.minimum, nominated(unit),
                unit.version, unit.contact, unit.listStatus, unit.listSubmittedAt, unit.listReturnedAt,
                unit.listReturnReason);
    }
}
