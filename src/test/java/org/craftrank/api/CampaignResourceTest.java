package org.craftrank.api;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignRepository;
import org.craftrank.model.LoadedModel;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.craftrank.api.Api.post;
import static org.craftrank.api.Api.put;
import static org.craftrank.api.Api.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CampaignResourceTest {

    @Inject
    CampaignRepository campaigns;

    @Test
    void openingACampaignFreezesItsModelAndStartsInDraft() {
        String modelHash = asAdmin().get("/api/scoring-models/national-2024").then().extract().path("contentHash");
        var created = post("/api/campaigns", Map.of("name", "2024年大国工匠培育对象推选", "level", "NATIONAL",
                "year", 2024, "modelId", "national-2024", "shortlistSize", 200,
                "aggregation", Map.of("method", "TRIMMED_MEAN", "trimCount", 1,
                        "tieBreakOrder", List.of("CAPABILITY:PRAC", "MEDIAN"))))
                .statusCode(201)
                .header("Location", containsString("/api/campaigns/"))
                .body("phase", equalTo("DRAFT"))
                .body("nextPhase", equalTo("NOMINATION"))
                .body("model.contentHash", equalTo(modelHash))
                .body("aggregation.method", equalTo("TRIMMED_MEAN"))
                .body("aggregation.tieBreakOrder", contains("CAPABILITY:PRAC", "MEDIAN"))
                .body("counts.candidates", equalTo(0))
                .extract().jsonPath();
        long id = created.getLong("id");
        asAdmin().get("/api/campaigns/" + id).then().statusCode(200).body("shortlistSize", equalTo(200));
        asAdmin().get("/api/campaigns").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void aCampaignKeepsReadingItsFrozenCopyWhenTheModelChangesLater() {
        long id = Api.createNationalCampaign();
        // Simulate the model file having been edited after the campaign was opened: only the campaign's own
        // stored copy may matter from then on.
        String edited = QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = campaigns.findById(id);
            campaign.modelContent = campaign.modelContent.replace(
                    "name: 2024年大国工匠培育对象推选评价指标", "name: 冻结副本");
            campaign.modelHash = LoadedModel.sha256(campaign.modelContent);
            return campaign.modelHash;
        });
        asAdmin().get("/api/campaigns/" + id + "/model").then().statusCode(200)
                .body("name", equalTo("冻结副本")).body("contentHash", equalTo(edited));
        asAdmin().get("/api/scoring-models/national-2024").then().body("name", equalTo("2024年大国工匠培育对象推选评价指标"));
    }

    @Test
    void unknownModelIsA400NamingTheField() {
        post("/api/campaigns", Map.of("name", "x", "level", "NATIONAL", "year", 2024, "modelId", "nope"))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("modelId"))
                .body("errors[0].rule", equalTo("known-model"));
    }

    @Test
    void aLevelTheModelDoesNotCoverIsRefused() {
        post("/api/campaigns", Map.of("name", "x", "level", "CITY", "year", 2024, "modelId", "national-2024"))
                .statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].rule", equalTo("model-covers-level"));
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        post("/api/campaigns", Map.of("level", "NATIONAL", "year", 1800, "modelId", "national-2024"))
                .statusCode(400)
                .body("errors.field", contains("name", "year"))
                .body("errors.rule", contains("not-blank", "min"));
        post("/api/campaigns", Map.of("name", "x", "level", "NATIONAL", "year", "soon", "modelId", "national-2024"))
                .statusCode(400).body("errors[0].field", equalTo("year")).body("errors[0].rule", equalTo("type"));
        post("/api/campaigns", Map.of("name", "x", "level", "GALACTIC", "year", 2024, "modelId", "national-2024"))
                .statusCode(400).body("errors[0].field", equalTo("level"))
                .body("detail", containsString("NATIONAL"));
        post("/api/campaigns", Map.of("name", "x", "level", "NATIONAL", "year", 2024, "modelId", "national-2024",
                "colour", "red"))
                .statusCode(400).body("errors[0].field", equalTo("colour")).body("errors[0].rule", equalTo("known-field"));
        asAdmin().contentType("application/json").body("{\"name\": ").post("/api/campaigns").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("jackson")));
    }

    @Test
    void aggregationSettingsAreCheckedAgainstTheModel() {
        post("/api/campaigns", Map.of("name", "x", "level", "NATIONAL", "year", 2024, "modelId", "national-2024",
                "aggregation", Map.of("method", "TRIMMED_MEAN", "tieBreakOrder", List.of("CAPABILITY:ACHV", "COIN"))))
                .statusCode(400)
                .body("errors.field", contains("aggregation.trimCount", "aggregation.tieBreakOrder[0]",
                        "aggregation.tieBreakOrder[1]"))
                .body("errors.rule", contains("trim-count-needed", "known-capability", "known-tie-break"));
    }

    @Test
    void unknownCampaignIs404() {
        asAdmin().get("/api/campaigns/987654").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("campaign 987654 not found"));
        transition(987654, "NOMINATION").statusCode(404);
    }

    @Test
    void illegalPhaseMovesAre409NamingBothPhases() {
        long id = Api.createNationalCampaign();
        transition(id, "SCORING").statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("phase-order"))
                .body("detail", equalTo("cannot move from DRAFT to SCORING: the only allowed move is to NOMINATION"));
        transition(id, "DRAFT").statusCode(409).body("rule", equalTo("phase-order"));
        post("/api/campaigns/" + id + "/transitions", Map.of("to", "LATER")).statusCode(400)
                .body("errors[0].field", equalTo("to"));
        asAdmin().get("/api/campaigns/" + id).then().body("phase", equalTo("DRAFT"));
    }

    @Test
    void guardsNameWhatIsMissing() {
        long id = Api.createNationalCampaign();
        transition(id, "NOMINATION").statusCode(409).body("rule", equalTo("has-recommending-units"));
        Api.createUnit(id, "北京市总工会", 6);
        transition(id, "NOMINATION").statusCode(200).body("phase", equalTo("NOMINATION"));
        transition(id, "FORMAL_REVIEW").statusCode(409).body("rule", equalTo("has-candidates"));
    }

    @Test
    void aCampaignWalksThroughEveryPhaseAndKeepsItsHistory() {
        long id = Api.createNationalCampaign();
        asAdmin().get("/api/campaigns/" + id).then().body("publicNotice.length", equalTo(5))
                .body("publicNotice.unit", equalTo("WORKING_DAYS")).body("publicNotice.opensOn", nullValue());
        put("/api/campaigns/" + id, Map.of("name", "测试活动", "year", 2024,
                "publicNotice", Map.of("length", 3, "unit", "CALENDAR_DAYS"))).statusCode(200)
                .body("publicNotice.length", equalTo(3));
        put("/api/campaigns/" + id, Map.of("name", "测试活动", "year", 2024,
                "publicNotice", Map.of("length", 0, "unit", "DAYS"))).statusCode(400)
                .body("errors.field", hasItem("publicNotice.unit"));
        long unit = Api.createUnit(id, "北京市总工会", 6);
        transition(id, "NOMINATION").statusCode(200);
        long candidate = post("/api/campaigns/" + id + "/candidates", Api.candidate(unit)).statusCode(201)
                .extract().jsonPath().getLong("id");
        transition(id, "FORMAL_REVIEW").statusCode(200);
        Api.runFormalReview(id);
        transition(id, "SCORING").statusCode(409).body("rule", equalTo("has-experts"));
        long expert = Api.createExpert(id, "专家甲");
        Api.assign(id, expert, candidate);
        transition(id, "SCORING").statusCode(200);
        transition(id, "DELIBERATION").statusCode(409).body("rule", equalTo("has-submitted-sheets"));
        Auth.as(Api.expertAccount(expert), Api.PASSWORD).contentType(ContentType.JSON).body(Api.fullSheet(8))
                .post("/api/campaigns/" + id + "/sheets/" + candidate + "/submit").then().statusCode(200);
        transition(id, "DELIBERATION").statusCode(409).body("rule", equalTo("has-shortlist-size"));
        Api.shortlistSize(id, 1);
        transition(id, "DELIBERATION").statusCode(200).body("phase", equalTo("DELIBERATION"));
        transition(id, "APPROVED").statusCode(409).body("rule", equalTo("has-adopted-shortlist"));
        post("/api/campaigns/" + id + "/shortlist/proposals", Map.of()).statusCode(201);
        post("/api/campaigns/" + id + "/shortlist/proposals/1/adopt", Map.of("reason", "审定"))
                .statusCode(200);
        asAdmin().get("/api/campaigns/" + id).then().body("phase", equalTo("APPROVED"));
        // The notice runs 3 calendar days from today in Shanghai, today included: publishing waits, naming the day.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        transition(id, "PUBLIC_NOTICE").statusCode(200).body("phase", equalTo("PUBLIC_NOTICE"))
                .body("publicNotice.opensOn", equalTo(today.toString()))
                .body("publicNotice.lastDay", equalTo(today.plusDays(2).toString()))
                .body("publicNotice.publishableFrom", equalTo(today.plusDays(3).toString()));
        transition(id, "PUBLISHED").statusCode(409).body("rule", equalTo("notice-period"))
                .body("detail", containsString(today.plusDays(2).toString()));
        org.craftrank.testing.NoticePeriods.elapse(id);
        asAdmin().get("/api/campaigns/" + id).then().body("publicNotice.opensOn", equalTo("2026-06-01"))
                .body("publicNotice.lastDay", equalTo("2026-06-03"));
        transition(id, "PUBLISHED").statusCode(200).body("phase", equalTo("PUBLISHED"));
        asAdmin().get("/api/campaigns/" + id).then().body("nextPhase", nullValue());
        transition(id, "DRAFT").statusCode(409).body("detail", endsWith("it is the last phase"));
        asAdmin().get("/api/campaigns/" + id + "/transitions").then().statusCode(200)
                .body("", hasSize(7)).body("[0].from", equalTo("DRAFT")).body("[6].to", equalTo("PUBLISHED"));
    }

    @Test
    void settingsCanChangeUntilScoringEnds() {
        long id = Api.createNationalCampaign();
        put("/api/campaigns/" + id, Map.of("name", "改名后的活动", "year", 2025,
                "aggregation", Map.of("method", "MEDIAN"), "shortlistSize", 10))
                .statusCode(200).body("name", equalTo("改名后的活动")).body("aggregation.method", equalTo("MEDIAN"));
        Campaign stored = QuarkusTransaction.requiringNew().call(() -> campaigns.findById(id));
        assertEquals(10, stored.shortlistSize);
        QuarkusTransaction.requiringNew().run(() -> campaigns.findById(id).phase =
                org.craftrank.campaign.phase.CampaignPhase.DELIBERATION);
        put("/api/campaigns/" + id, Map.of("name", "again", "year", 2025)).statusCode(409)
                .body("rule", equalTo("phase"));
        asAdmin().get("/api/campaigns/" + id).then().body("name", equalTo("改名后的活动"));
    }

    /** Issue 19: a partial `aggregation` object is merged, on create onto the defaults, on update onto the stored. */
    @Test
    void partialAggregationSettingsKeepTheDefaultsAndTheStoredValues() {
        long id = post("/api/campaigns", Map.of("name", "部分设置", "level", "NATIONAL", "year", 2024,
                "modelId", "national-2024", "aggregation", Map.of("method", "MEDIAN")))
                .statusCode(201)
                .body("aggregation.method", equalTo("MEDIAN"))
                .body("aggregation.trimCount", equalTo(0))
                .body("aggregation.tieBreakOrder", contains("MEDIAN", "HIGHER_RANKED_COUNT"))
                .body("aggregation.disagreementThreshold", equalTo(0.2f))
                .body("aggregation.leniencyMargin", equalTo(0.25f))
                .extract().jsonPath().getLong("id");

        put("/api/campaigns/" + id, Map.of("name", "部分设置", "year", 2024,
                "aggregation", Map.of("tieBreakOrder", List.of("CAPABILITY:PRAC"), "disagreementThreshold", 0.3)))
                .statusCode(200)
                .body("aggregation.method", equalTo("MEDIAN"))
                .body("aggregation.tieBreakOrder", contains("CAPABILITY:PRAC"))
                .body("aggregation.disagreementThreshold", equalTo(0.3f))
                .body("aggregation.leniencyMargin", equalTo(0.25f));

        put("/api/campaigns/" + id, Map.of("name", "部分设置", "year", 2024,
                "aggregation", Map.of("method", "TRIMMED_MEAN", "trimCount", 1)))
                .statusCode(200).body("aggregation.trimCount", equalTo(1))
                .body("aggregation.tieBreakOrder", contains("CAPABILITY:PRAC"))
                .body("aggregation.disagreementThreshold", equalTo(0.3f));
        // Back to the mean without naming k: k follows the method rather than being refused as unused.
        put("/api/campaigns/" + id, Map.of("name", "部分设置", "year", 2024,
                "aggregation", Map.of("method", "MEAN")))
                .statusCode(200).body("aggregation.method", equalTo("MEAN")).body("aggregation.trimCount", equalTo(0))
                .body("aggregation.leniencyMargin", equalTo(0.25f));
    }

    /** The threshold is a share of the scale's range now; a value in points (the old meaning) is refused. */
    @Test
    void aDisagreementThresholdAboveTheWholeRangeIsRefusedByName() {
        post("/api/campaigns", Map.of("name", "阈值", "level", "NATIONAL", "year", 2024, "modelId", "national-2024",
                "aggregation", Map.of("disagreementThreshold", 10)))
                .statusCode(400)
                .body("errors.field", contains("aggregation.disagreementThreshold"))
                .body("errors[0].rule", org.hamcrest.Matchers.notNullValue());
    }
}
