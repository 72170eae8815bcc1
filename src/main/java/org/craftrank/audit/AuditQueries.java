package org.craftrank.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log. Read-only by construction: it exposes no persist, update or delete. */
@ApplicationScoped
public class AuditQueries {

    private final EntityManager em;

    public AuditQueries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public AuditPage search(AuditFilter filter, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        add(clauses, params, "actor", filter.actor());
        add(clauses, params, "action", filter.action());
        add(clauses, params, "objectType", filter.objectType());
        add(clauses, params, "objectId", filter.objectId());
        add(clauses, params, "campaignId", filter.campaignId());
        if (filter.from() != null) {
            clauses.add("e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            clauses.add("e.occurredAt < :to");
            params.put("to", filter.to());
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        TypedQuery<AuditEvent> lines = em.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach((k, v) -> {
            lines.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEventView> events = lines.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(AuditEventView::of).toList();
        return new AuditPage(count.getSingleResult(), page, size, events);
    }

    /** Times of failed logins for a user from an address since a moment, oldest first (the login throttle). */
    public List<Instant> failedLoginsSince(String username, String address, Instant since) {
        return em.createQuery("select e.occurredAt from AuditEvent e where e.action = :action"
                        + " and e.objectId = :user and e.address = :address and e.occurredAt >= :since"
                        + " order by e.occurredAt", Instant.class)
                .setParameter("action", AuditAction.LOGIN_FAILED.name())
                .setParameter("user", username)
                .setParameter("address", address)
                .setParameter("since", since)
                .getResultList();
    }

    private static void add(List<String> clauses, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            clauses.add("e." + field + " = :" + field);
            params.put(field, value);
        }
    }
}
