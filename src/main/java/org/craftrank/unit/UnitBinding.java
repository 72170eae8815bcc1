package org.craftrank.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.security.access.BindableRecords;

import java.util.Optional;

/** Finds the recommending unit an account is bound to, for sign-in and account checks. */
@ApplicationScoped
public class UnitBinding implements BindableRecords {

    private final EntityManager em;

    public UnitBinding(EntityManager em) {
        this.em = em;
    }

    @Override
    public Kind kind() {
        return Kind.UNIT;
    }

    @Override
    public Optional<Long> campaignOf(long id) {
        return em.createQuery("select e.campaignId from RecommendingUnit e where e.id = :id", Long.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
