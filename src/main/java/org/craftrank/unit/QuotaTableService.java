package org.craftrank.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.common.FieldError;
import org.craftrank.common.InvalidInputException;
import org.craftrank.unit.quota.QuotaPlan;
import org.craftrank.unit.quota.QuotaTable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Quota tables as data, and loading one into a campaign's recommending units. */
@ApplicationScoped
public class QuotaTableService {

    private final QuotaTableCatalog catalog;
    private final RecommendingUnitRepository units;
    private final RecommendingUnitService unitService;
    private final CampaignService campaigns;
    private final AuditLog audit;

    public QuotaTableService(QuotaTableCatalog catalog, RecommendingUnitRepository units,
                             RecommendingUnitService unitService, CampaignService campaigns, AuditLog audit) {
        this.catalog = catalog;
        this.units = units;
        this.unitService = unitService;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    public Collection<QuotaTable> tables() {
        return catalog.all();
    }

    /**
     * Creates and updates the campaign's units so that they have the table's places (DRAFT or NOMINATION).
     * All or nothing; applying the same table again changes nothing.
     */
    @Transactional
    public QuotaTableApplication apply(long campaignId, ApplyQuotaTableRequest request) {
        Campaign campaign = campaigns.require(campaignId);
        CampaignService.requirePhase(campaign, RecommendingUnitService.EDITABLE, "load a quota table");
        QuotaTable table = catalog.find(request.table().strip()).orElseThrow(() -> InvalidInputException.of("table",
                "known-table", "table: no quota table '" + request.table() + "'; GET /api/quota-tables lists them"));
        List<RecommendingUnit> current = units.listByCampaign(campaignId);
        List<QuotaPlan.ExistingUnit> existing = current.stream().map(u -> new QuotaPlan.ExistingUnit(u.id, u.name,
                u.kind, u.quota, u.minimum, unitService.nominated(u))).toList();
        List<QuotaPlan.NamedUnit> named = request.units() == null ? List.of() : request.units().stream()
                .map(u -> new QuotaPlan.NamedUnit(u.name().strip(), u.kind())).toList();
        QuotaPlan.Result plan = QuotaPlan.of(table, existing, named);
        if (!plan.problems().isEmpty()) {
            throw new InvalidInputException(plan.problems().stream()
                    .map(p -> new FieldError(p.field(), p.rule(), p.message())).toList());
        }
        Map<Long, RecommendingUnit> byId = current.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        for (QuotaPlan.Change change : plan.changes()) {
            switch (change.action()) {
                case CREATE -> {
                    RecommendingUnit unit = new RecommendingUnit();
                    unit.campaignId = campaignId;
                    set(unit, change);
                    units.persist(unit);
                }
                case UPDATE -> set(byId.get(change.unitId()), change);
                case UNCHANGED -> { }
            }
        }
        List<QuotaPlan.Change> changed = plan.changes().stream()
                .filter(c -> c.action() != QuotaPlan.Action.UNCHANGED).toList();
        audit.append(AuditEntry.of(AuditAction.QUOTA_TABLE_APPLIED, "campaign", campaignId).inCampaign(campaignId)
                .change(null, Map.of("table", table.id(), "changes", changed)));
        List<UnitView> after = unitService.list(campaignId);
        return new QuotaTableApplication(table.id(), plan.changes(), after.stream().mapToInt(UnitView::quota).sum(),
                after);
    }

    private static void set(RecommendingUnit unit, QuotaPlan.Change change) {
        unit.name = change.name();
        unit.kind = change.kind();
        unit.quota = change.quota();
        unit.minimum = change.minimum();
    }
}
