package org.craftrank.scoring.sheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.campaign.CampaignContents;
import org.craftrank.campaign.CampaignTally;
import org.craftrank.campaign.SheetProgress;

/** Tells the campaign feature how many sheets are submitted, and how far scoring is for the overview. */
@ApplicationScoped
public class SheetCampaignContents implements CampaignContents {

    private final EntityManager em;

    public SheetCampaignContents(EntityManager em) {
        this.em = em;
    }

    @Override
    public void countInto(long campaignId, CampaignTally tally) {
        tally.submittedSheets(em.createQuery("select count(s) from ScoreSheet s where s.campaignId = ?1"
                + " and s.status = ?2", Long.class).setParameter(1, campaignId)
                .setParameter(2, SheetStatus.SUBMITTED).getSingleResult());
    }

    /** Counts sheets of current assignments only, as the progress page does (one sheet required per assignment). */
    @Override
    public void progressInto(long campaignId, CampaignTally tally) {
        long required = em.createQuery("select count(a) from Assignment a where a.campaignId = ?1", Long.class)
                .setParameter(1, campaignId).getSingleResult();
        long submitted = 0;
        long drafts = 0;
        for (Object[] row : em.createQuery("select s.status, count(s) from ScoreSheet s where s.campaignId = ?1"
                        + " and exists (select a from Assignment a where a.campaignId = s.campaignId"
                        + " and a.expertId = s.expertId and a.candidateId = s.candidateId) group by s.status",
                Object[].class).setParameter(1, campaignId).getResultList()) {
            if (row[0] == SheetStatus.DRAFT) {
                drafts += (Long) row[1];
            } else {
                submitted += (Long) row[1];
            }
        }
        tally.progress(new SheetProgress((int) required, (int) submitted, (int) drafts));
    }
}
