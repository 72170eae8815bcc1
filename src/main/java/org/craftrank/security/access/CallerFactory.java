package org.craftrank.security.access;

import org.craftrank.common.access.Caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.craftrank.common.access.Role;
import org.craftrank.security.account.UserAccount;

import java.util.List;
import java.util.Set;

/** Resolves what an account is bound to into a {@link Caller}: its unit's, expert's or committee's campaigns. */
@ApplicationScoped
public class CallerFactory {

    private final EntityManager em;

    public CallerFactory(EntityManager em) {
        this.em = em;
    }

    public Caller of(UserAccount account) {
        Role role = account.role();
        return switch (role) {
            case ADMIN -> new Caller(account.id, account.username, role, null, null, true, Set.of(), null);
            case UNIT -> new Caller(account.id, account.username, role, account.unitId, null, false,
                    campaignOf("RecommendingUnit", account.unitId), null);
            case EXPERT -> new Caller(account.id, account.username, role, null, account.expertId, false,
                    campaignOf("Expert", account.expertId), null);
            case COMMITTEE -> new Caller(account.id, account.username, role, null, null, false,
                    Set.copyOf(account.campaignIds), null);
        };
    }

    /** The campaign of the bound record; none when the record has since been removed. */
    private Set<Long> campaignOf(String entity, Long id) {
        if (id == null) {
            return Set.of();
        }
        List<Long> campaign = em.createQuery("select e.campaignId from " + entity + " e where e.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        return Set.copyOf(campaign);
    }
}
