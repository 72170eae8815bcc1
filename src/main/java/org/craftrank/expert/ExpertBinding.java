package org.craftrank.expert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.security.access.BindableRecords;

import java.util.Optional;

/** Finds the expert record an account is bound to, for sign-in and account checks. */
@ApplicationScoped
public class ExpertBinding implements BindableRecords {

    private final EntityManager em;

    public ExpertBinding(EntityManager em) {
        this.em = em;
    }

    @Override
    public Kind kind() {
        return Kind.EXPERT;
    }

    @Override
    public Optional<Long> campaignOf(long id) {
        return em.createQuery("select e.campaignId from Expert e where e.id = :id", Long.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
