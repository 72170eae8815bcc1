package org.craftrank.security.session;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.audit.AuditQueries;
import org.craftrank.common.AuthenticationRequiredException;
import org.craftrank.common.ThrottledException;
import org.craftrank.security.SecurityConfig;
import org.craftrank.security.access.LoginThrottle;
import org.craftrank.security.account.UserAccount;
import org.craftrank.security.account.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Signs people in. Every refusal reads the same whether or not the user exists, and an unknown user costs the
 * same bcrypt work as a wrong password, so neither the message nor the timing tells which usernames exist.
 */
@ApplicationScoped
public class LoginService {

    public static final String REFUSED = "invalid username or password";

    /** A bcrypt hash of a random string, checked when the user does not exist to spend the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString());

    private final IdentityProviderManager identities;
    private final UserAccountRepository accounts;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final AuditQueries auditQueries;
    private final LoginThrottle throttle;
    private final Clock clock;

    public LoginService(IdentityProviderManager identities, UserAccountRepository accounts, SessionStore sessions,
                        AuditLog audit, AuditQueries auditQueries, SecurityConfig config, Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.auditQueries = auditQueries;
        this.throttle = new LoginThrottle(config.loginMaxFailures(), config.loginWindow());
        this.clock = clock;
    }

    /** A successful sign-in: the raw session id for the cookie and who signed in. */
    public record SignedIn(String sessionId, String username, String role, String displayName) {
    }

    /**
     * @throws ThrottledException              after too many recent failures for this user and address
     * @throws AuthenticationRequiredException for a wrong username or password, or a disabled account
     */
    public SignedIn login(String rawUsername, String password, String address) {
        String username = rawUsername == null ? "" : rawUsername.strip();
        String pass = password == null ? "" : password;
        Instant now = Instant.now(clock);
        OptionalLong wait = QuarkusTransaction.requiringNew().call(() -> throttle.retryAfterSeconds(
                auditQueries.failedLoginsSince(username, address, throttle.windowStart(now)), now));
        if (wait.isPresent()) {
            audit.appendIndependently(AuditLog.ANONYMOUS, null,
                    AuditEntry.of(AuditAction.LOGIN_THROTTLED, "account", username));
            throw new ThrottledException("too many failed sign-ins; try again in " + wait.getAsLong() + " s",
                    wait.getAsLong());
        }
        Optional<UserAccount> account = QuarkusTransaction.requiringNew().call(() -> accounts.byUsername(username));
        if (account.isEmpty() || !account.get().enabled || !passwordMatches(username, pass)) {
            if (account.isEmpty()) {
                BcryptUtil.matches(pass, DUMMY_HASH);
            }
            audit.appendIndependently(AuditLog.ANONYMOUS, null,
                    AuditEntry.of(AuditAction.LOGIN_FAILED, "account", username));
            throw new AuthenticationRequiredException(REFUSED);
        }
        UserAccount user = account.get();
        String sessionId = QuarkusTransaction.requiringNew().call(() -> {
            String raw = sessions.open(user);
            audit.appendAs(user.username, user.role, AuditEntry.of(AuditAction.LOGIN_SUCCEEDED, "account", user.username));
            return raw;
        });
        return new SignedIn(sessionId, user.username, user.role, user.displayName);
    }

    /** Ends the session behind the cookie, if any, and records who left. */
    public void logout(String rawSessionId) {
        QuarkusTransaction.requiringNew().run(() -> sessions.close(rawSessionId).ifPresent(accountId ->
                accounts.findByIdOptional(accountId).ifPresent(a -> audit.appendAs(a.username, a.role,
                        AuditEntry.of(AuditAction.LOGOUT, "account", a.username)))));
    }

    /** The password check itself belongs to quarkus-security-jpa's identity provider (bcrypt, MCF). */
    private boolean passwordMatches(String username, String password) {
        try {
            identities.authenticateBlocking(new UsernamePasswordAuthenticationRequest(username,
                    new PasswordCredential(password.toCharArray())));
            return true;
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }
}
