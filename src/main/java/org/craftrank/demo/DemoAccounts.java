package org.craftrank.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.craftrank.security.account.AccountService;
import org.craftrank.common.access.Role;
import org.craftrank.security.account.UserAccount;
import org.craftrank.security.account.UserAccountRepository;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.TreeSet;

/**
 * The demo's sign-ins, one per role, all with the published password {@value #PASSWORD}. They are flagged
 * {@code demo}, named {@code demo-*}, and the production configuration refuses to start while any exist.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "demo-password";
    public static final String ADMIN = "demo-admin";
    public static final String UNIT = "demo-unit";
    public static final String EXPERT_PREFIX = "demo-expert-";
    public static final String COMMITTEE = "demo-committee";
    /** The operator of a unit of the campaign in NOMINATION (the units' portal: nominate, submit). */
    public static final String NOMINATING_UNIT = "demo-unit-nomination";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private final AccountService service;
    private final UserAccountRepository accounts;

    public DemoAccounts(AccountService service, UserAccountRepository accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    /**
     * @param campaignId         the campaign whose unit and experts get sign-ins
     * @param committeeCampaigns the campaigns the committee sign-in sits on
     */
    public void create(long campaignId, List<Long> unitIds, List<Long> expertIds, List<Long> committeeCampaigns) {
        save(ADMIN, "演示管理员（秘书处）", Role.ADMIN, a -> { });
        save(UNIT, "演示推荐单位操作员", Role.UNIT, a -> a.unitId = unitIds.get(0));
        for (int i = 0; i < expertIds.size(); i++) {
            long expertId = expertIds.get(i);
            save(EXPERT_PREFIX + (i + 1), "演示评审专家 " + (i + 1), Role.EXPERT, a -> a.expertId = expertId);
        }
        save(COMMITTEE, "演示评审委员", Role.COMMITTEE, a -> a.campaignIds = new TreeSet<>(committeeCampaigns));
        LOG.infof("Demo accounts (password '%s'): %s, %s, %s1..%d, %s", PASSWORD, ADMIN, UNIT, EXPERT_PREFIX,
                expertIds.size(), COMMITTEE);
    }

    /** The sign-in of a unit of the campaign in NOMINATION. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createNominatingUnit(long unitId) {
        save(NOMINATING_UNIT, "演示推荐单位操作员（推荐阶段）", Role.UNIT, a -> a.unitId = unitId);
        LOG.infof("Demo account (password '%s') of a unit in nomination: %s", PASSWORD, NOMINATING_UNIT);
    }

    private void save(String username, String displayName, Role role, java.util.function.Consumer<UserAccount> bind) {
        UserAccount account = service.newAccount(username, displayName, role, PASSWORD);
        account.demo = true;
        bind.accept(account);
        accounts.persist(account);
    }
}
