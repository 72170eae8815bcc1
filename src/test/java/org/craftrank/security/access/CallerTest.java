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
        Caller scoped = admin.through(new Caller.ViaToken(3L, "t", 7L));
        assertTrue(scoped.mayKnowCampaign(7));
        assertFalse(scoped.mayKnowCampaign(42));
        assertTrue(admin.through(new Caller.ViaToken(3L, "t", null)).mayKnowCampaign(42));
        assertTrue(scoped.scopedToOneCampaign());
        assertFalse(admin.scopedToOneCampaign());
        assertFalse(admin.through(new Caller.ViaToken(3L, "t", null)).scopedToOneCampaign());
    }

    @Test
    void aTokenCannotWidenWhatItsAccountMayKnow() {
        Caller member = new Caller(2, "c", Role.COMMITTEE, null, null, false, Set.of(5L, 6L), null);
        assertTrue(member.through(new Caller.ViaToken(1L, "t", 5L)).mayKnowCampaign(5));
        assertFalse(member.through(new Caller.ViaToken(1L, "t", 5L)).mayKnowCampaign(6));
        assertFalse(member.through(new Caller.ViaToken(1L, "t", 9L)).mayKnowCampaign(9));
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
