package org.craftrank.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.common.access.Caller;

import java.time.Clock;
import java.time.Instant;

/**
 * Appends to the audit log. There is deliberately no update or delete here or anywhere else.
 *
 * <p>{@link #append} joins the caller's transaction, so a change and its audit line commit or roll back
 * together. {@link #appendIndependently} commits on its own: a refused login must be recorded even though the
 * request that caused it fails.
 */
@ApplicationScoped
public class AuditLog {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Instance<SecurityIdentity> identity;
    private final Instance<RequestInfo> request;
    private final Clock clock;

    public AuditLog(EntityManager em, ObjectMapper json, Instance<SecurityIdentity> identity,
                    Instance<RequestInfo> request, Clock clock) {
        this.em = em;
        this.json = json;
        this.identity = identity;
        this.request = request;
        this.clock = clock;
    }

    /** Records the entry as done by the current caller, in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEntry entry) {
        String[] who = currentActor();
        AuditEvent event = toEvent(who[0], who[1], entry);
        Caller.ViaToken token = currentToken();
        if (token != null) {
            event.viaTokenId = token.id();
            event.viaTokenLabel = token.label();
        }
        em.persist(event);
    }

    /** Records the entry for an explicitly named actor (e.g. a login attempt) in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendIndependently(String actor, String actorRole, AuditEntry entry) {
        em.persist(toEvent(actor, actorRole, entry));
    }

    /** Records the entry for an explicitly named actor in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAs(String actor, String actorRole, AuditEntry entry) {
        em.persist(toEvent(actor, actorRole, entry));
    }

    private AuditEvent toEvent(String actor, String actorRole, AuditEntry entry) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = Instant.now(clock);
        e.actor = actor;
        e.actorRole = actorRole;
        e.action = entry.action().name();
        e.objectType = entry.objectType();
        e.objectId = entry.objectId();
        e.campaignId = entry.campaignId();
        e.beforeState = toJson(entry.before());
        e.afterState = toJson(entry.after());
        e.reason = entry.reason();
        RequestInfo info = requestInfo();
        if (info != null) {
            e.requestId = info.requestId();
            e.address = info.address();
        }
        return e;
    }

    private String[] currentActor() {
        try {
            SecurityIdentity id = identity.get();
            if (id == null || id.isAnonymous()) {
                return new String[] {ANONYMOUS, null};
            }
            String role = id.getRoles().stream().sorted().findFirst().orElse(null);
            return new String[] {id.getPrincipal().getName(), role};
        } catch (ContextNotActiveException e) {
            return new String[] {SYSTEM, null};
        }
    }

    /** The API token the current caller authenticated with, if any. */
    private Caller.ViaToken currentToken() {
        try {
            SecurityIdentity id = identity.get();
            if (id == null || id.isAnonymous()) {
                return null;
            }
            Caller caller = id.getAttribute(Caller.ATTRIBUTE);
            return caller == null ? null : caller.token();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private RequestInfo requestInfo() {
        try {
            RequestInfo info = request.get();
            return info.requestId() == null ? null : info;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state is not serialisable: " + state.getClass(), e);
        }
    }
}
