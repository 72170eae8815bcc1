package org.craftrank.security.access;

import org.craftrank.common.access.Caller;

import org.craftrank.common.access.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void anAdminKnowsEveryCampaignUnlessATokenRestrictsIt() {
        Caller admin = new Caller(1, "admin", Role.ADMIN, null, null, true, Set.of(), null);
        assertTrue(admin.mayKnowCampaign(42));
        Caller scoped = admin.restrictedTo(7L, 3L);
        assertTrue(scoped.mayKnowCampaign(7));
        assertFalse(scoped.mayKnowCampaign(42));
        assertTrue(admin.restrictedTo(null, 3L).mayKnowCampaign(42));
    }

    @Test
    void aTokenCannotWidenWhatItsAccountMayKnow() {
        Caller member = new Caller(2, "c", Role.COMMITTEE, null, null, false, Set.of(5L, 6L), null);
        assertTrue(member.restrictedTo(5L, 1L).mayKnowCampaign(5));
        assertFalse(member.restrictedTo(5L, 1L).mayKnowCampaign(6));
        assertFalse(member.restrictedTo(9L, 1L).mayKnowCampaign(9));
    }

    @Test
    void aUnitOperatorKnowsOnlyTheirOwnUnitOthersAreNotRestrictedByUnit() {
        Caller unit = new Caller(3, "u", Role.UNIT, 11L, null, false, Set.of(5L), null);
        assertTrue(unit.mayKnowUnit(11));
        assertFalse(unit.mayKnowUnit(12));
        Caller committee = new Caller(2, "c", Role.COMMITTEE, null, null, false, Set.of(5L), null);
        assertTrue(committee.mayKnowUnit(12));
    }
}
