package org.craftrank.security.pii;

import static org.craftrank.testing.Auth.asAdmin;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PersonalDataAtRestTest {

    /** A full ID number (18 characters) or mobile number (11 digits) standing on its own. */
    private static final Pattern UNMASKED = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|1[3-9]\\d{9})(?![0-9A-Za-z])");

    @Inject
    EntityManager em;

    @Test
    void idAndPhoneNumbersAreStoredEncryptedWithAFreshIvEachTime() {
        long campaign = asAdmin().contentType("application/json")
                .body(Map.of("name", "加密测试", "level", "NATIONAL", "year", 2024, "modelId", "national-2024"))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        long unit = asAdmin().contentType("application/json").body(Map.of("name", "单位", "kind", "OTHER", "quota", 5))
                .post("/api/campaigns/" + campaign + "/units").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().contentType("application/json").body(Map.of("to", "NOMINATION"))
                .post("/api/campaigns/" + campaign + "/transitions").then().statusCode(200);
        for (String id : List.of("11010519491231002X", "110105194912310038")) {
            asAdmin().contentType("application/json").body(Map.of("recommendingUnitId", unit, "name", "某人",
                            "gender", "MALE", "employer", "某公司", "idNumber", id, "phone", "13912345678"))
                    .post("/api/campaigns/" + campaign + "/candidates").then().statusCode(201);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id_number, phone, id_number_hmac from candidate where campaign_id = ?1 order by id")
                .setParameter(1, campaign).getResultList());
        assertEquals(2, rows.size());
        for (Object[] row : rows) {
            assertTrue(((String) row[0]).startsWith("v1:"), "ID number stored encrypted");
            assertTrue(((String) row[1]).startsWith("v1:"), "phone stored encrypted");
            assertFalse(UNMASKED.matcher(row[0] + " " + row[1]).find(), "no plaintext at rest");
            assertEquals(64, ((String) row[2]).length(), "keyed HMAC in hex");
        }
        assertFalse(rows.get(0)[1].equals(rows.get(1)[1]), "the same phone encrypts differently (random IV)");
    }

    @Test
    void noResponseCarriesAnUnmaskedIdOrPhoneNumber() {
        String campaigns = asAdmin().get("/api/campaigns").then().statusCode(200).extract().asString();
        List<Integer> ids = asAdmin().get("/api/campaigns").then().extract().jsonPath().getList("id");
        StringBuilder all = new StringBuilder(campaigns);
        for (Integer id : ids) {
            all.append(asAdmin().get("/api/campaigns/" + id + "/candidates?size=1000").then().statusCode(200)
                    .extract().asString());
        }
        assertTrue(all.indexOf("idNumberMasked") >= 0 || ids.isEmpty(), "the scan saw candidates");
        assertFalse(UNMASKED.matcher(all).find(), "an unmasked ID or phone number in a response");
    }

    @Test
    void logLinesAreMaskedBeforeTheyAreWritten() throws IOException {
        Logger.getLogger("craftrank.pii-test").infof("reveal %s and %s", "11010519491231002X", "13912345678");
        Path log = Path.of("target/quarkus-test.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("reveal 110105********002X and 139****5678"), "the masked line is in the log");
        assertFalse(UNMASKED.matcher(text).find(), "an unmasked ID or phone number in the log");
    }
}
