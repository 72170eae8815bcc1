package org.craftrank.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.security.access.BindableRecords;

import java.util.Optional;

/** Finds the campaign an account is bound to, for sign-in and account checks. */
@ApplicationScoped
public class CampaignBinding implements BindableRecords {

    private final EntityManager em;

    public CampaignBinding(EntityManager em) {
        this.em = em;
    }

    @Override
    public Kind kind() {
        return Kind.CAMPAIGN;
    }

    @Override
    public Optional<Long> campaignOf(long id) {
        return em.createQuery("select e.id from Campaign e where e.id = :id", Long.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
