package org.craftrank.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.craftrank.ranking.RankingSheets;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The ranking route remembers rankings by the state of the sheets; every change a ranking depends on must change
 * that state, or a pull could answer from a ranking computed before the change.
 */
@QuarkusTest
class RankingStateTest {

    @Inject
    RankingSheets sheets;

    private RankingSheets.State state(long campaign) {
        return QuarkusTransaction.requiringNew().call(() -> sheets.state(campaign));
    }

    @Test
    void submittingReopeningResubmittingAndAssigningEachChangeTheState() {
        ScoringWorkflowTest.Setup s = ScoringWorkflowTest.setup(true, 1);
        RankingSheets.State assigned = state(s.campaign());
        assertEquals(assigned, state(s.campaign()), "nothing changed, the same state");

        s.asExpert().body(Api.fullSheet(7)).post(s.sheet() + "/submit").then().statusCode(200);
        RankingSheets.State submitted = state(s.campaign());
        assertNotEquals(assigned, submitted);
        assertEquals(1, submitted.submitted());

        String reopen = "/api/campaigns/" + s.campaign() + "/experts/" + s.expert() + "/sheets/" + s.candidate()
                + "/reopen";
        Api.post(reopen, Map.of("reason", "第3项需复核")).statusCode(200);
        RankingSheets.State reopened = state(s.campaign());
        assertNotEquals(submitted, reopened);

        s.asExpert().body(Api.fullSheet(7)).post(s.sheet() + "/submit").then().statusCode(200);
        RankingSheets.State resubmitted = state(s.campaign());
        assertNotEquals(submitted, resubmitted, "the same count of submitted sheets, but a newer version");

        long other = Api.createExpert(s.campaign(), "孙八", "复旦大学");
        Api.assign(s.campaign(), other, s.candidate());
        assertNotEquals(resubmitted, state(s.campaign()), "a new assignment can add an unscored candidate");
    }
}
