package org.craftrank.demo;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.craftrank.campaign.Campaign;
import org.craftrank.campaign.CampaignRepository;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DemoSeederTest {

    @Inject
    DemoSeeder seeder;

    @Inject
    CampaignRepository campaigns;

    @Inject
    org.craftrank.security.account.FirstStartAccounts firstStart;

    @Test
    void seedsRealisticCampaignsOnceThroughTheValidatingServices() {
        seeder.seedOnce();
        seeder.seedOnce();
        List<Campaign> demo = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> campaigns.list("name", DemoCampaign.NAME));
        assertEquals(1, demo.size(), "seeding twice keeps one of each demo campaign");
        long id = demo.get(0).id;
        asAdmin().get("/api/campaigns/" + id).then().statusCode(200)
                .body("phase", equalTo("SCORING"))
                .body("model.id", equalTo("national-2024"))
                .body("counts.units", equalTo(7))
                .body("counts.candidates", equalTo(30))
                .body("counts.experts", equalTo(7));
        asAdmin().get("/api/campaigns/" + id + "/candidates").then().statusCode(200)
                .body("items", hasSize(30))
                .body("items.idNumberMasked", everyItem(matchesPattern("\\d{6}\\*{8}\\d{3}[0-9X]")))
                .body("items.referees", everyItem(hasSize(3)));
        // Every demo candidate has a fictional dossier: a drawn photo and an evidence PDF, readable back.
        long first = asAdmin().get("/api/campaigns/" + id + "/candidates").then().extract().jsonPath()
                .getLong("items[0].id");
        String dossier = "/api/campaigns/" + id + "/candidates/" + first + "/dossier";
        asAdmin().get(dossier).then().statusCode(200)
                .body("sections.find { it.code == 'PHOTO' }.files[0].mediaType", equalTo("image/png"))
                .body("sections.find { it.code == 'LEAD1' }.files[0].mediaType", equalTo("application/pdf"))
                .body("sections.find { it.code == 'LEAD1' }.files", hasSize(1));
        long pdf = asAdmin().get(dossier).then().extract().jsonPath()
                .getLong("sections.find { it.code == 'LEAD1' }.files[0].id");
        byte[] bytes = asAdmin().get(dossier + "/files/" + pdf + "/content").then().statusCode(200).extract()
                .asByteArray();
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // The second campaign is fully scored and in deliberation: the committee sees its ranking at once.
        long deliberation = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> campaigns.list("name", DemoCampaign.DELIBERATION_NAME)).get(0).id;
        org.craftrank.testing.Auth.as(DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD)
                .get("/api/campaigns/" + deliberation + "/ranking").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION")).body("method", equalTo("TRIMMED_MEAN"))
                .body("trimCount", equalTo(1))
                .body("entries", hasSize(30)).body("sheetCount", equalTo(150))
                .body("entries.rank", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("entries[0].explanation.trimmedScores", hasSize(2));

        // The committee proposes under the demo's rules, the secretariat adopts, and the list goes to PUBLISHED.
        String shortlist = "/api/campaigns/" + deliberation + "/shortlist";
        org.craftrank.testing.Auth.as(DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD)
                .contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("note", "演示建议名单"))
                .post(shortlist + "/proposals").then().statusCode(201)
                .body("result.selected", hasSize(20))
                .body("rules.maxPerUnit", equalTo(4));
        org.craftrank.testing.Auth.as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
                .contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("reason", "演示审定"))
                .post(shortlist + "/proposals/1/adopt").then().statusCode(200);
        for (String phase : List.of("PUBLIC_NOTICE", "PUBLISHED")) {
            org.craftrank.testing.Auth.as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)
                    .contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("to", phase))
                    .post("/api/campaigns/" + deliberation + "/transitions").then().statusCode(200);
            if (phase.equals("PUBLIC_NOTICE")) {
                org.craftrank.testing.NoticePeriods.elapse(deliberation);
            }
        }
        io.restassured.RestAssured.given().get("/notice/" + deliberation).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("拟入选人员名单公布"));

        // One clearly marked account per role, bound to the demo campaign's objects.
        org.craftrank.testing.Auth.as(DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD).get("/api/campaigns").then()
                .statusCode(200).body("id", org.hamcrest.Matchers.containsInAnyOrder((int) id, (int) deliberation));
        org.craftrank.testing.Auth.as(DemoAccounts.UNIT, DemoAccounts.PASSWORD)
                .get("/api/campaigns/" + id + "/candidates").then().statusCode(200)
                .body("items.recommendingUnitId", everyItem(equalTo(
                        org.craftrank.testing.Auth.as(DemoAccounts.UNIT, DemoAccounts.PASSWORD).get("/api/session")
                                .then().extract().path("unitId"))));
        org.craftrank.testing.Auth.as(DemoAccounts.EXPERT_PREFIX + "1", DemoAccounts.PASSWORD).get("/api/session")
                .then().statusCode(200).body("role", equalTo("EXPERT"));
        asAdmin().get("/api/accounts").then().body("findAll { it.demo }.username",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("demo-")));

        // Issue 21: a third campaign in NOMINATION, where a unit's operator nominates and submits on the pages.
        long nominating = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> campaigns.list("name", DemoCampaign.NOMINATION_NAME)).get(0).id;
        asAdmin().get("/api/campaigns/" + nominating).then().body("phase", equalTo("NOMINATION"))
                .body("counts.units", equalTo(7)).body("counts.candidates", equalTo(3));
        asAdmin().get("/api/campaigns/" + nominating + "/units").then()
                .body("findAll { it.listStatus == 'SUBMITTED' }", hasSize(1))
                .body("findAll { it.nominated == 0 }", hasSize(5));
        String operatorSession = org.craftrank.testing.Auth.signIn(DemoAccounts.NOMINATING_UNIT, DemoAccounts.PASSWORD);
        io.restassured.RestAssured.given().cookie(org.craftrank.security.auth.SessionCookie.NAME, operatorSession)
                .get("/unit/campaigns/" + nominating).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/candidates/new"))
                .body(org.hamcrest.Matchers.containsString("/submission"));

        // With demo accounts in the database, the production configuration refuses to start.
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                firstStart::check);
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("demo accounts"));
    }
}
