package org.craftrank.candidate;

import org.craftrank.common.FieldError;
import org.craftrank.common.FieldErrors;
import org.craftrank.model.ScoringModelReader;
import org.craftrank.model.definition.ScoringModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The field checks beyond Bean Validation, without the service: ID/birth agreement, dates, closed lists. */
class CandidateInputChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private static final String ID_1980_06 = id("32010219800615123");

    @Test
    void aCompleteValidRequestHasNoErrors() throws IOException {
        assertEquals(List.of(), errors(request("1980-06", ID_1980_06, "2000-07", 10, "大学本科/学士", "非公有制")));
    }

    @Test
    void theStatedBirthMonthMustBeTheOneInTheIdNumber() throws IOException {
        List<FieldError> errors = errors(request("1980-07", ID_1980_06, "2000-07", 10, null, null));
        assertEquals(List.of(new FieldError("birthYearMonth", "matches-id-number",
                "birthYearMonth: 出生年月 does not match the birth date in the ID number (身份证号)")), errors);
        assertFalse(errors.get(0).message().contains("1980"), "the message repeats no part of the ID number");
        // A lower-case x is the same number, and agrees.
        String withX = id("11010519491231002");
        assertEquals(List.of(), errors(request("1949-12", withX.toLowerCase(), "1968-01", 10, null, null)));
    }

    @Test
    void datesAreNotInTheFutureAndInOrder() throws IOException {
        assertEquals(List.of("birthYearMonth:not-future"), rules(request("2027-01", null, null, null, null, null)));
        assertEquals(List.of("workStart:after-birth"), rules(request("1980-06", ID_1980_06, "1979-07", 1, null, null)));
        assertEquals(List.of("workStart:not-future"), rules(request("1980-06", ID_1980_06, "2026-08", null, null, null)));
        assertEquals(List.of("shopFloorYears:within-working-life"),
                rules(request("1980-06", ID_1980_06, "2020-07", 8, null, null)));
        assertEquals(List.of(), rules(request("1980-06", ID_1980_06, "2020-07", 7, null, null)));
    }

    @Test
    void educationAndEnterpriseTypeAreFromTheirLists() throws IOException {
        List<FieldError> errors = errors(request("1980-06", ID_1980_06, null, null, "幼儿园", "个体户"));
        assertEquals(List.of("education:known-value", "enterpriseType:known-value"),
                errors.stream().map(e -> e.field() + ":" + e.rule()).toList());
        assertTrue(errors.get(0).message().contains("研究生、大学本科、大学专科、中等职业教育、高中、初中及以下"),
                errors.get(0).message());
    }

    @Test
    void aRegionCodeOfNoProvinceIsAnInvalidIdNumber() throws IOException {
        assertEquals(List.of("idNumber:gb11643"), rules(request(null, id("99010219800615123"), null, null, null, null)));
    }

    private static List<String> rules(CandidateRequest request) throws IOException {
        return errors(request).stream().map(e -> e.field() + ":" + e.rule()).toList();
    }

    private static List<FieldError> errors(CandidateRequest request) throws IOException {
        FieldErrors errors = new CandidateInputChecks(model(), TODAY).check(request);
        return errors.list();
    }

    private static ScoringModel model() throws IOException {
        String content = Files.readString(Path.of("scoring-models", "national-2024.yaml"));
        return new ScoringModelReader().read("national-2024.yaml", content).model();
    }

    private static CandidateRequest request(String birth, String idNumber, String workStart, Integer years,
                                            String education, String enterpriseType) {
        return new CandidateRequest(1L, "张三", Gender.MALE, birth, null, education, null, idNumber, "示例公司",
                null, null, null, null, null, workStart, years, enterpriseType, null, null, null, null, List.of(),
                null, null, null, null, null, null, null, null, null, null);
    }

    private static String id(String first17) {
        return first17 + org.craftrank.candidate.identity.ResidentIdNumber.checkChar(first17);
    }
}
