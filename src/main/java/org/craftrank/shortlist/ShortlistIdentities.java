package org.craftrank.shortlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignService;
import org.craftrank.candidate.Candidate;
import org.craftrank.candidate.CandidateRepository;
import org.craftrank.unit.RecommendingUnitRepository;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Controlled de-anonymisation: the one way from the adopted list's codes back to people, for ADMIN only, only once
 * the list is approved, and each time written to the audit log with who and why. ID and phone numbers are not
 * part of it (they have their own audited reveal).
 */
@ApplicationScoped
public class ShortlistIdentities {

    private final CandidateRepository candidateRepository;
    private final CampaignService campaigns;
    private final ShortlistService shortlists;
    private final AuditLog audit;
    private final RecommendingUnitRepository unitRepository;

    public ShortlistIdentities(CandidateRepository candidateRepository, CampaignService campaigns, ShortlistService shortlists,
                               AuditLog audit, RecommendingUnitRepository unitRepository) {
        this.candidateRepository = candidateRepository;
        this.unitRepository = unitRepository;
        this.campaigns = campaigns;
        this.shortlists = shortlists;
        this.audit = audit;
    }

    @Schema(name = "ShortlistIdentity")
    public record Identity(int position, String code, long candidateId, String name, String employer,
                           String recommendingUnit) {
    }

    @Schema(name = "ShortlistIdentities")
    public record View(long campaignId, int version, List<Identity> identities) {
    }

    @Transactional
    public View reveal(long campaignId, String reason) {
        Campaign campaign = campaigns.require(campaignId);
        ShortlistProposal adopted = shortlists.adoptedList(campaign);
        Map<Long, Candidate> candidates = new HashMap<>();
        candidateRepository.listByIds(adopted.members.values()).forEach(c -> candidates.put(c.id, c));
        Map<Long, String> units = new HashMap<>();
        unitRepository.listByCampaign(campaignId).forEach(u -> units.put(u.id, u.name));
        List<Identity> identities = new ArrayList<>();
        adopted.members.forEach((position, candidateId) -> {
            Candidate c = candidates.get(candidateId);
            identities.add(new Identity(position, c.code, c.id, c.name, c.employer, units.get(c.unitId)));
        });
        audit.append(AuditEntry.of(AuditAction.SHORTLIST_DEANONYMISED, "shortlist", adopted.version)
                .inCampaign(campaignId).change(null, Map.of("version", adopted.version, "count", identities.size()))
                .because(reason));
        return new View(campaignId, adopted.version, identities);
    }
}
