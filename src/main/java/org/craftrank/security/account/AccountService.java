package org.craftrank.security.account;

import org.craftrank.common.version.IfMatch;
import org.craftrank.common.access.Role;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.craftrank.security.access.BindableRecords;
import jakarta.transaction.Transactional;
import org.craftrank.audit.AuditAction;
import org.craftrank.audit.AuditEntry;
import org.craftrank.audit.AuditLog;
import org.craftrank.common.FieldErrors;
import org.craftrank.common.NotFoundException;
import org.craftrank.common.RuleConflictException;
import org.craftrank.security.Secrets;
import org.craftrank.security.session.SessionStore;
import org.craftrank.security.token.ApiTokenService;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Creates and changes accounts; every change is audited with its before and after. */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final SessionStore sessions;
    private final ApiTokenService tokens;
    private final Map<BindableRecords.Kind, BindableRecords> records = new EnumMap<>(BindableRecords.Kind.class);
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(UserAccountRepository accounts, SessionStore sessions, ApiTokenService tokens,
                          AuditLog audit, Clock clock, @Any Instance<BindableRecords> records) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        records.forEach(r -> this.records.put(r.kind(), r));
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<AccountView> list() {
        return accounts.allByUsername().stream().map(AccountView::of).toList();
    }

    @Transactional
    public AccountView find(long id) {
        return AccountView.of(require(id));
    }

    @Transactional
    public AccountView create(AccountRequest request) {
        FieldErrors errors = new FieldErrors();
        checkBindings(errors, request.role(), request.unitId(), request.expertId(), request.campaignIds());
        errors.throwIfAny();
        if (accounts.byUsername(request.username()).isPresent()) {
            throw new RuleConflictException("unique-username", "username '" + request.username() + "' is taken");
        }
        String password = request.password() != null ? request.password() : Secrets.randomPassword();
        UserAccount account = newAccount(request.username(), request.displayName().strip(), request.role(), password);
        account.unitId = request.unitId();
        account.expertId = request.expertId();
        account.campaignIds = new TreeSet<>(request.campaignIds() == null ? Set.of() : request.campaignIds());
        accounts.persist(account);
        AccountView view = AccountView.of(account);
        audit.append(AuditEntry.of(AuditAction.ACCOUNT_CREATED, "account", account.id).change(null, view));
        return request.password() == null ? view.withGeneratedPassword(password) : view;
    }

    @Transactional
    public AccountView update(long id, UpdateAccountRequest request, IfMatch ifMatch) {
        UserAccount account = require(id);
        ifMatch.check("account", account.version);
        if (request.campaignIds() != null && !request.campaignIds().isEmpty()) {
            FieldErrors errors = new FieldErrors();
            checkBindings(errors, account.role(), account.unitId, account.expertId, request.campaignIds());
            errors.throwIfAny();
        }
        AccountView before = AccountView.of(account);
        account.displayName = request.displayName().strip();
        account.enabled = request.enabled();
        if (request.campaignIds() != null) {
            account.campaignIds.clear();
            account.campaignIds.addAll(request.campaignIds());
        }
        if (!account.enabled) {
            sessions.closeAllOf(account.id);
            tokens.revokeAllOf(account.id);
        }
        accounts.flush();
        AccountView after = AccountView.of(account);
        audit.append(AuditEntry.of(AuditAction.ACCOUNT_UPDATED, "account", account.id).change(before, after));
        return after;
    }

    /** Sets a new password and ends the account's sessions and API tokens for good. */
    @Transactional
    public AccountView resetPassword(long id, PasswordRequest request) {
        UserAccount account = require(id);
        String password = request != null && request.password() != null ? request.password() : Secrets.randomPassword();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        sessions.closeAllOf(account.id);
        tokens.revokeAllOf(account.id);
        audit.append(AuditEntry.of(AuditAction.ACCOUNT_PASSWORD_RESET, "account", account.id));
        AccountView view = AccountView.of(account);
        return request != null && request.password() != null ? view : view.withGeneratedPassword(password);
    }

    /** A new enabled account (not yet persisted); used by the API, first start and the demo. */
    public UserAccount newAccount(String username, String displayName, Role role, String password) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = displayName;
        account.role = role.name();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.enabled = true;
        account.createdAt = Instant.now(clock);
        return account;
    }

    private UserAccount require(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private void checkBindings(FieldErrors errors, Role role, Long unitId, Long expertId, Set<Long> campaignIds) {
        boolean hasCampaigns = campaignIds != null && !campaignIds.isEmpty();
        switch (role) {
            case UNIT -> errors.check(unitId != null && exists(BindableRecords.Kind.UNIT, unitId), "unitId", "known-unit",
                    "unitId: a UNIT account needs the id of an existing recommending unit");
            case EXPERT -> errors.check(expertId != null && exists(BindableRecords.Kind.EXPERT, expertId), "expertId", "known-expert",
                    "expertId: an EXPERT account needs the id of an existing expert record");
            case COMMITTEE -> {
                for (Long c : hasCampaigns ? campaignIds : Set.<Long>of()) {
                    errors.check(c != null && exists(BindableRecords.Kind.CAMPAIGN, c), "campaignIds", "known-campaign",
                            "campaignIds: no campaign " + c);
                }
            }
            case ADMIN -> { }
        }
        errors.check(unitId == null || role == Role.UNIT, "unitId", "not-for-role",
                "unitId: only UNIT accounts are bound to a unit");
        errors.check(expertId == null || role == Role.EXPERT, "expertId", "not-for-role",
                "expertId: only EXPERT accounts are bound to an expert record");
        errors.check(!hasCampaigns || role == Role.COMMITTEE, "campaignIds", "not-for-role",
                "campaignIds: only COMMITTEE accounts are bound to campaigns");
    }

    private boolean exists(BindableRecords.Kind kind, long id) {
        return records.get(kind).campaignOf(id).isPresent();
    }
}
