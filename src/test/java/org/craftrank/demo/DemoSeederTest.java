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

    @Test
    void seedsOneRealisticCampaignOnceThroughTheValidatingServices() {
        seeder.seedOnce();
        seeder.seedOnce();
        List<Campaign> demo = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> campaigns.list("name", DemoCampaign.NAME));
        assertEquals(1, demo.size(), "seeding twice keeps one demo campaign");
        long id = demo.get(0).id;
        asAdmin().get("/api/campaigns/" + id).then().statusCode(200)
                .body("phase", equalTo("FORMAL_REVIEW"))
                .body("model.id", equalTo("national-2024"))
                .body("counts.units", equalTo(7))
                .body("counts.candidates", equalTo(30))
                .body("counts.experts", equalTo(7));
        asAdmin().get("/api/campaigns/" + id + "/candidates").then().statusCode(200)
                .body("items", hasSize(30))
                .body("items.idNumberMasked", everyItem(matchesPattern("\\d{6}\\*{8}\\d{3}[0-9X]")))
                .body("items.referees", everyItem(hasSize(3)));
    }
}
