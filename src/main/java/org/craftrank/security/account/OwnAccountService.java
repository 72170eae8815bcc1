package org.craftrank.security.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.common.FieldErrors;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.Sha256;
import org.craftrank.security.session.LoginSession;

import java.time.Instant;
import java.util.List;

/**
 * What every signed-in user does with their own account (issue 21): see their sessions and change their password.
 * The one read path of the account page and of {@code GET /api/session/sessions}.
 */
@ApplicationScoped
public class OwnAccountService {

    private final UserAccountRepository accounts;
    private final EntityManager em;
    private final AuditLog audit;

    public OwnAccountService(UserAccountRepository accounts, EntityManager em, AuditLog audit) {
        this.accounts = accounts;
        this.em = em;
        this.audit = audit;
    }

    /**
     * One of the caller's sessions: when it began and was last used, and whether it is the one asking. The id of a
     * session is never shown (only its hash is stored, and that is not shown either).
     */
    public record SessionView(Instant startedAt, Instant lastSeenAt, boolean current) {
    }

    /** The account's live sessions, newest first; {@code currentRawSessionId} marks the caller's own (may be null). */
    @Transactional
    public List<SessionView> sessions(long accountId, String currentRawSessionId) {
        String current = currentRawSessionId == null ? null : Sha256.hex(currentRawSessionId);
        return em.createQuery("select s from LoginSession s where s.accountId = :account order by s.createdAt desc",
                        LoginSession.class).setParameter("account", accountId).getResultStream()
                .map(s -> new SessionView(s.createdAt, s.lastSeenAt, s.tokenHash.equals(current))).toList();
    }

    /**
     * Changes the caller's own password after checking the current one: at least
     * {@value AccountService#MIN_PASSWORD_LENGTH} characters and different from it. Every other session of the
     * account ends (a session opened with a stolen password does not survive the change); the caller's own goes
     * on. API tokens are separate credentials the secretariat issues and revokes, so they stay. Audited without
     * the passwords.
     *
     * @return how many other sessions ended
     */
    @Transactional
    public int changePassword(long accountId, ChangePasswordRequest request, String currentRawSessionId) {
        UserAccount account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        FieldErrors errors = new FieldErrors();
        boolean currentMatches = request.currentPassword() != null
                && BcryptUtil.matches(request.currentPassword(), account.passwordHash);
        errors.check(currentMatches, "currentPassword", "current-password", "the current password is not right");
        String next = request.newPassword();
        errors.check(next != null && next.codePointCount(0, next.length()) >= AccountService.MIN_PASSWORD_LENGTH,
                "newPassword", "password-length", "the new password needs at least "
                        + AccountService.MIN_PASSWORD_LENGTH + " characters");
        errors.check(next == null || !next.equals(request.currentPassword()), "newPassword", "same-password",
                "the new password must differ from the current one");
        errors.throwIfAny();
        account.passwordHash = BcryptUtil.bcryptHash(next);
        String keep = currentRawSessionId == null ? "" : Sha256.hex(currentRawSessionId);
        int ended = em.createQuery("delete from LoginSession s where s.accountId = :account and s.tokenHash <> :keep")
                .setParameter("account", accountId).setParameter("keep", keep).executeUpdate();
        audit.append(AuditEntry.of(AuditAction.ACCOUNT_PASSWORD_CHANGED, "account", accountId)
                .change(null, java.util.Map.of("otherSessionsEnded", ended)));
        return ended;
    }
}
