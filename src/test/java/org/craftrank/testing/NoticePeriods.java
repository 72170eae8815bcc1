package org.craftrank.testing;

/** Moves a campaign's public notice into the past, so a test can publish without waiting days. */
public final class NoticePeriods {

    private NoticePeriods() {
    }

    /**
     * Backdates the campaign's entry into PUBLIC_NOTICE to Monday 1 June 2026 (08:00 in Shanghai), so the notice's
     * minimum period (5 working days by default: it ends on Friday 5 June) is over whenever the test runs, and a
     * test can publish without waiting days.
     */
    public static void elapse(long campaignId) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get()
                .createQuery("update CampaignTransition t set t.happenedAt = :at where t.campaignId = :campaign"
                        + " and t.toPhase = :phase")
                .setParameter("at", java.time.Instant.parse("2026-06-01T00:00:00Z"))
                .setParameter("campaign", campaignId)
                .setParameter("phase", org.craftrank.campaign.phase.CampaignPhase.PUBLIC_NOTICE)
                .executeUpdate());
    }
}
