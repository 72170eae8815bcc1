package org.craftrank.security.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.common.InvalidInputException;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.Sha256;
import org.craftrank.security.Secrets;
import org.craftrank.common.access.Caller;
import org.craftrank.security.access.CallerFactory;
import org.craftrank.common.access.Role;
import org.craftrank.security.account.UserAccount;
import org.craftrank.security.account.UserAccountRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Issues, lists, revokes and resolves API tokens. */
@ApplicationScoped
public class ApiTokenService {

    /** Tokens start with this, so they are recognisable in a leaked config file or a secret scanner. */
    public static final String TOKEN_PREFIX = "crk_";

    private final EntityManager em;
    private final UserAccountRepository accounts;
    private final CallerFactory callers;
    private final AuditLog audit;
    private final Clock clock;

    public ApiTokenService(EntityManager em, UserAccountRepository accounts, CallerFactory callers, AuditLog audit,
                           Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public TokenView issue(IssueTokenRequest request, String issuedBy) {
        UserAccount account = accounts.findByIdOptional(request.accountId()).orElseThrow(() ->
                InvalidInputException.of("accountId", "known-account", "accountId: no account " + request.accountId()));
        if (!account.enabled) {
            throw InvalidInputException.of("accountId", "enabled-account",
                    "accountId: account " + account.username + " is disabled");
        }
        Caller owner = callers.of(account);
        if (request.campaignId() == null && account.role() != Role.ADMIN) {
            throw InvalidInputException.of("campaignId", "required-for-role",
                    "campaignId: a " + account.role + " token must be scoped to one campaign");
        }
        if (request.campaignId() != null && !owner.mayKnowCampaign(request.campaignId())) {
            throw InvalidInputException.of("campaignId", "account-campaign",
                    "campaignId: account " + account.username + " has no part in campaign " + request.campaignId());
        }
        String raw = TOKEN_PREFIX + Secrets.randomToken();
        ApiToken token = new ApiToken();
        token.tokenHash = Sha256.hex(raw);
        token.tokenPrefix = raw.substring(0, TOKEN_PREFIX.length() + 6);
        token.label = request.label().strip();
        token.accountId = account.id;
        token.role = account.role;
        token.campaignId = request.campaignId();
        token.issuedBy = issuedBy;
        token.createdAt = Instant.now(clock);
        token.expiresAt = token.createdAt.plus(Duration.ofDays(request.validForDays()));
        em.persist(token);
        TokenView view = view(token, account.username, null);
        audit.append(AuditEntry.of(AuditAction.TOKEN_ISSUED, "api-token", token.id)
                .inCampaign(token.campaignId).change(null, view));
        return view(token, account.username, raw);
    }

    @Transactional
    public List<TokenView> list() {
        Map<Long, String> names = accounts.listAll().stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.username));
        return em.createQuery("select t from ApiToken t order by t.id", ApiToken.class).getResultStream()
                .map(t -> view(t, names.get(t.accountId), null)).toList();
    }

    @Transactional
    public TokenView revoke(long id) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, id))
                .orElseThrow(() -> new NotFoundException("token", id));
        String username = accounts.findByIdOptional(token.accountId).map(a -> a.username).orElse(null);
        if (token.revokedAt == null) {
            TokenView before = view(token, username, null);
            token.revokedAt = Instant.now(clock);
            audit.append(AuditEntry.of(AuditAction.TOKEN_REVOKED, "api-token", token.id)
                    .inCampaign(token.campaignId).change(before, view(token, username, null)));
        }
        return view(token, username, null);
    }

    /** The caller a bearer token stands for, if the token is known, unexpired, unrevoked and its account enabled. */
    @Transactional
    public Optional<Caller> resolve(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(TOKEN_PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Sha256.hex(rawToken)).getResultStream().findFirst()
                .filter(t -> t.usableAt(now))
                .flatMap(t -> accounts.findByIdOptional(t.accountId)
                        .filter(a -> a.enabled && a.role.equals(t.role))
                        .map(a -> {
                            if (t.lastUsedAt == null || Duration.between(t.lastUsedAt, now).toMinutes() >= 1) {
                                t.lastUsedAt = now;
                            }
                            return callers.of(a).restrictedTo(t.campaignId, t.id);
                        }));
    }

    private TokenView view(ApiToken t, String username, String raw) {
        return new TokenView(t.id, t.label, t.tokenPrefix, t.accountId, username, t.role, t.campaignId, t.issuedBy,
                t.createdAt, t.expiresAt, t.revokedAt, t.lastUsedAt, t.usableAt(Instant.now(clock)), raw);
    }
}
