package org.craftrank.security.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.common.Sha256;
import org.craftrank.security.Secrets;
import org.craftrank.security.SecurityConfig;
import org.craftrank.common.access.Caller;
import org.craftrank.security.access.CallerFactory;
import org.craftrank.security.access.SessionLifetime;
import org.craftrank.security.account.UserAccount;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Opens, resolves and ends server-side sessions. */
@ApplicationScoped
public class SessionStore {

    private final EntityManager em;
    private final CallerFactory callers;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public SessionStore(EntityManager em, CallerFactory callers, SecurityConfig config, Clock clock) {
        this.em = em;
        this.callers = callers;
        this.lifetime = new SessionLifetime(config.sessionIdleTimeout(), config.sessionAbsoluteTimeout());
        this.clock = clock;
    }

    /** @return the raw session id for the cookie; only its hash is kept */
    @Transactional(Transactional.TxType.MANDATORY)
    public String open(UserAccount account) {
        String raw = Secrets.randomToken();
        LoginSession session = new LoginSession();
        session.tokenHash = Sha256.hex(raw);
        session.accountId = account.id;
        session.createdAt = Instant.now(clock);
        session.lastSeenAt = session.createdAt;
        em.persist(session);
        return raw;
    }

    /** The caller behind a session cookie, if the session is alive and its account still enabled. */
    @Transactional
    public Optional<Caller> resolve(String rawSessionId) {
        Optional<LoginSession> found = byRawId(rawSessionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LoginSession session = found.get();
        Instant now = Instant.now(clock);
        UserAccount account = em.find(UserAccount.class, session.accountId);
        if (account == null || !account.enabled || !lifetime.alive(session.createdAt, session.lastSeenAt, now)) {
            em.remove(session);
            return Optional.empty();
        }
        if (lifetime.worthTouching(session.lastSeenAt, now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(callers.of(account));
    }

    /** Ends one session (logout). Unknown ids are ignored: logging out twice is harmless. */
    @Transactional
    public Optional<Long> close(String rawSessionId) {
        Optional<LoginSession> found = byRawId(rawSessionId);
        found.ifPresent(em::remove);
        return found.map(s -> s.accountId);
    }

    /** Ends every session of an account (disabled, password reset). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeAllOf(long accountId) {
        return em.createQuery("delete from LoginSession s where s.accountId = :account")
                .setParameter("account", accountId).executeUpdate();
    }

    private Optional<LoginSession> byRawId(String rawSessionId) {
        if (rawSessionId == null || rawSessionId.isBlank() || rawSessionId.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select s from LoginSession s where s.tokenHash = :hash", LoginSession.class)
                .setParameter("hash", Sha256.hex(rawSessionId))
                .getResultStream().findFirst();
    }
}
