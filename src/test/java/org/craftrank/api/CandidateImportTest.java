package org.craftrank.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.craftrank.candidate.identity.ResidentIdNumber;
import org.craftrank.candidate.intake.SummaryFiles;
import org.craftrank.candidate.intake.SummaryLayout;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Importing the units' summary tables built from the notices' own column lists: the exact dry-run report, the
 * all-or-nothing commit (a refused import leaves the database as it was), hostile files.
 */
@QuarkusTest
class CandidateImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ID_4 = id("32010219800615123");
    static final String ID_8 = id("32010219750302456");
    /** ID_4 with its check character changed. */
    static final String BAD_ID = ID_4.substring(0, 17) + (ID_4.charAt(17) == '0' ? '1' : '0');

    static String id(String first17) {
        return first17 + ResidentIdNumber.checkChar(first17);
    }

    static Object[] row2024(String sequence, String name, String gender, String birth, String education, String idNumber,
                            String years, String phone, String unit) {
        return new Object[]{sequence, name, gender, birth, "汉族", education, "中共党员", idNumber, "中车南京浦镇车辆有限公司",
                "班组长", "制造业", "焊工", "高级工程师", "高级技师", "2000.7", years, "国有企业", "一线产业工人", "否", "全国劳动模范",
                "中华技能大奖", "李四，中国中车集团，首席技师", "王五，东南大学，教授", "赵六，南京工业大学，教授", "长期扎根一线。",
                "扎根一线的焊接工匠", "南京市浦口区", "210031", phone, unit, "刘联系", "025-12345678"};
    }

    /** Title row 1, header row 2, the form's example row 3, then the candidates. */
    static SummaryFiles national2024(Object[]... rows) {
        SummaryFiles files = SummaryFiles.of(SummaryLayout.NATIONAL_2024_ANNEX_2, "大国工匠培育对象推荐汇总表")
                .row(EXAMPLE_2024);
        for (Object[] row : rows) {
            files.row(row);
        }
        return files;
    }

    static final Object[] EXAMPLE_2024 = {"示例", "张三", "男", "1980.6", "汉", "大专", "中共党员", "",
            "中车XX机车车辆有限公司", "XX车间XX班组成员", "制造业", "数控装调维修工", "高级工程师", "高级技师", "2007.7", "10",
            "非公有制", "一线产业工人", "是", "全国劳动模范", "中华技能大奖 大河大工匠", "XXX, XX 公司首席技师",
            "XXX, XX 公司首席技师", "XXX, XX 公司首席技师", "(300字以内)", "(30字以内)"};

    static final Object[] ROW_4 = row2024("1", "王秀英", "女", "1980.6", "大学本科", ID_4, "20", "139 1234 5678", "江苏省总工会");
    static final Object[] ROW_8 = row2024("4", "李强", "男", "1975年3月", "大专", ID_8, "２５", "13800001111", "江苏");

    static ValidatableResponse upload(long campaign, byte[] file, String type, String query) {
        return asAdmin().contentType(type).body(file)
                .post("/api/campaigns/" + campaign + "/candidates/import" + query).then();
    }

    static int candidateCount(long campaign) {
        return asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().statusCode(200).extract().path("total");
    }

    static long campaignWithUnit(String unit, int quota) {
        long campaign = Api.createNationalCampaign();
        Api.createUnit(campaign, unit, quota);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        return campaign;
    }

    @Test
    void aDryRunReportsEveryRowAndEveryBrokenRuleExactlyAndStoresNothing() {
        long campaign = campaignWithUnit("江苏", 4);
        Api.nominate(campaign, asAdmin().get("/api/campaigns/" + campaign + "/units").then().extract().jsonPath()
                .getLong("[0].id"));
        byte[] file = national2024(ROW_4,
                row2024("2", "赵敏", "未知", "1980.13", "大学本科", BAD_ID, "12", "12345", "江苏"),
                row2024("3", "钱伟", "男", "1980.6", "幼儿园", ID_4.toLowerCase(), "十年", "13912345679", "江苏"),
                new Object[]{"3"},
                ROW_8,
                row2024("5", "孙丽", "女", "1980.6", "大学本科", id("33010619800601002"), "10", "13912340000", "浙江"))
                .xlsx();
        int before = candidateCount(campaign);

        ValidatableResponse response = upload(campaign, file, XLSX, "").statusCode(200)
                .body("dryRun", equalTo(true)).body("committed", equalTo(false))
                .body("format", equalTo("XLSX")).body("sheet", equalTo("汇总表"))
                .body("layout", equalTo("2024年通知附件2 大国工匠培育对象推荐汇总表"))
                .body("headerRow", equalTo(2))
                .body("columns", hasSize(32))
                .body("columns[7]", equalTo(Map.of("cell", "H2", "header", "身份证号", "column", "身份证号",
                        "field", "idNumber")))
                .body("counts", equalTo(Map.of("rows", 5, "accepted", 1, "rejected", 4, "skipped", 2, "problems", 9)))
                .body("rows.row", contains(3, 4, 5, 6, 7, 8, 9))
                .body("rows.status", contains("SKIPPED", "ACCEPTED", "REJECTED", "REJECTED", "SKIPPED", "REJECTED",
                        "REJECTED"))
                .body("rows[1].name", equalTo("王秀英")).body("rows[1].unit", equalTo("江苏"))
                .body("rows[0].note", equalTo("the form's example row (示例)"))
                .body("rows[4].note", equalTo("numbered row 3 with nothing filled in"));
        List<Map<String, Object>> problems = response.extract().jsonPath().getList("problems");
        assertEquals(List.of(
                problem(5, "性别", "C5", "未知", "known-value", "性别 must be one of 男、女"),
                problem(5, "出生年月", "D5", "1980.13", "date-format",
                        "出生年月 is not a year and month; write it like 1980.6, 1980-06, 1980年6月 or 1980-06-15"),
                problem(5, "身份证号", "H5", mask(BAD_ID), "gb11643",
                        "身份证号: check digit does not match (GB 11643, ISO 7064 MOD 11-2)"),
                problem(5, "推荐对象联系电话", "AC5", "*****", "phone-format",
                        "推荐对象联系电话: must be an 11-digit mobile number or a landline with area code (e.g. 010-68591845)"),
                problem(6, "学历", "F6", "幼儿园", "known-value", "学历: '幼儿园' is not a known 学历; 学历 must be one of "
                        + "研究生、大学本科、大学专科、中等职业教育、高中、初中及以下 (a degree such as /学士 may follow)"),
                problem(6, "身份证号", "H6", mask(ID_4.toLowerCase()), "duplicate-id-number",
                        "the same 身份证号 as row 4"),
                problem(6, "生产现场工作年限", "P6", "十年", "whole-number",
                        "生产现场工作年限 must be a whole number of years, e.g. 10"),
                problem(8, "推荐单位", "AD8", "江苏", "unit-quota",
                        "'江苏' has 4 places and this row would be its candidate number 5"),
                problem(9, "推荐单位", "AD9", "浙江", "known-unit", "推荐单位 is not a unit of this campaign; its units are 江苏")),
                problems);
        // Personal data never leaves unmasked, not even from a refused row.
        String body = response.extract().asString();
        assertFalse(body.contains(ID_4.substring(6, 14)), "no birth date digits of an ID number in the report");
        assertFalse(body.contains("13912345678"));
        assertEquals(before, candidateCount(campaign), "a dry run stores nothing");
    }

    @Test
    void aCommitWithAnyBrokenRuleStoresNothingAndAValidOneStoresEveryRow() {
        long campaign = campaignWithUnit("江苏", 4);
        int before = candidateCount(campaign);
        byte[] bad = national2024(ROW_4, row2024("2", "赵敏", "女", "1980.6", "大学本科", BAD_ID, "12", "13912345670", "江苏"),
                ROW_8).xlsx();
        upload(campaign, bad, XLSX, "?dryRun=false").statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("rows[5].身份证号"))
                .body("errors[0].rule", equalTo("gb11643"))
                .body("errors[0].message", equalTo("row 5 (H5) '" + mask(BAD_ID)
                        + "': 身份证号: check digit does not match (GB 11643, ISO 7064 MOD 11-2)"));
        assertEquals(before, candidateCount(campaign), "a refused import leaves the database as it was");

        byte[] good = national2024(ROW_4, ROW_8).csv(true);
        upload(campaign, good, "text/csv", "?dryRun=false").statusCode(201)
                .body("committed", equalTo(true)).body("format", equalTo("CSV"))
                .body("counts.accepted", equalTo(2))
                .body("rows.findAll { it.status == 'ACCEPTED' }.candidateId", everyItem(org.hamcrest.Matchers.notNullValue()));
        assertEquals(before + 2, candidateCount(campaign));
        asAdmin().get("/api/campaigns/" + campaign + "/candidates").then()
                .body("items.name", contains("王秀英", "李强"))
                .body("items[1].birthYearMonth", equalTo("1975-03"))
                .body("items[1].shopFloorYears", equalTo(25))
                .body("items[0].idNumberMasked", equalTo(mask(ID_4)))
                .body("items[0].phoneMasked", equalTo("139****5678"))
                .body("items[0].referees.employer", contains("中国中车集团", "东南大学", "南京工业大学"))
                .body("items[0].enterpriseType", equalTo("国有企业"));
        asAdmin().get("/api/audit?action=CANDIDATES_IMPORTED&campaignId=" + campaign).then().body("events", hasSize(1))
                .body("events[0].after", not(containsString(ID_4.substring(6, 14))));

        // The same file again: every row is now a duplicate, and nothing more is stored.
        upload(campaign, good, "text/csv", "?dryRun=false").statusCode(400)
                .body("errors.rule", everyItem(equalTo("duplicate-id-number")));
        assertEquals(before + 2, candidateCount(campaign));
    }

    @Test
    void theProvincialTableHasNoUnitColumnSoTheUnitIsNamedInTheRequest() {
        long campaign = Api.createCampaign("measures-2025", "NATIONAL");
        long unit = Api.createUnit(campaign, "南京市总工会", 3);
        Api.transition(campaign, "NOMINATION").statusCode(200);
        byte[] file = SummaryFiles.of(SummaryLayout.PROVINCIAL_2026_ANNEX_3, "大国工匠人才推荐汇总表",
                        "推荐单位：南京市总工会                 联系人及电话：")
                .row("示例", "张三", "男", "1980.6", "汉族", "大学本科", "中共党员", "中国航天科工二院", "集团公司首席技师", "航空航天",
                        "焊工", "高级工程师", "首席技师", "2007.7", "10", "国有企业", "全国劳动模范、河北大工匠", "国家科技进步二等奖", "")
                .row("1", "周明", "男", "1978.10", "汉族", "大学本科/学士", "中共党员", "南京示例精密机械有限公司", "首席技师", "制造业",
                        "钳工", "高级工程师", "特级技师", "1996.8", "28", "民营企业", "江苏大工匠", "省科技进步一等奖", "13770001234")
                .xlsx();
        upload(campaign, file, XLSX, "").statusCode(200).body("problems", hasSize(1))
                .body("problems[0].rule", equalTo("unit-required"));
        upload(campaign, file, XLSX, "?dryRun=false&unitId=" + unit).statusCode(201)
                .body("layout", equalTo("2026年通知附件3 大国工匠人才推荐汇总表"))
                .body("rows[1].unit", equalTo("南京市总工会"));
        asAdmin().get("/api/campaigns/" + campaign + "/candidates").then().body("items[0].name", equalTo("周明"))
                .body("items[0].birthYearMonth", equalTo("1978-10"))
                .body("items[0].education", equalTo("大学本科/学士"));
    }

    @Test
    void aUnitImportsOnlyForItselfAndOnlyWhileNominationIsOpen() {
        long campaign = campaignWithUnit("江苏", 5);
        long other = Api.createUnit(campaign, "浙江", 5);
        long own = asAdmin().get("/api/campaigns/" + campaign + "/units").then().extract().jsonPath()
                .getLong("find { it.name == '江苏' }.id");
        String operator = "import-unit-" + own;
        Api.post("/api/accounts", Map.of("username", operator, "displayName", "单位", "role", "UNIT", "unitId", own,
                "password", "unit-operator-password")).statusCode(201);
        byte[] file = national2024(ROW_4, row2024("2", "孙丽", "女", "1980.6", "大学本科", id("33010619800601002"), "10",
                "13912340000", "浙江")).xlsx();
        Auth.as(operator, "unit-operator-password").contentType(XLSX).body(file)
                .post("/api/campaigns/" + campaign + "/candidates/import?unitId=" + other).then().statusCode(404);
        Auth.as(operator, "unit-operator-password").contentType(XLSX).body(file)
                .post("/api/campaigns/" + campaign + "/candidates/import").then().statusCode(200)
                .body("problems.rule", contains("unit-mismatch"))
                .body("problems[0].message", equalTo("推荐单位 names another unit than '江苏', the unit this import is for"));
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(409); // no candidates yet
        Api.nominate(campaign, own);
        Api.transition(campaign, "FORMAL_REVIEW").statusCode(200);
        Auth.as(operator, "unit-operator-password").contentType(XLSX).body(file)
                .post("/api/campaigns/" + campaign + "/candidates/import").then().statusCode(409)
                .body("rule", equalTo("phase"));
    }

    @Test
    void hostileFilesAreRefusedWithClearErrors() {
        long campaign = campaignWithUnit("江苏", 5);
        byte[] bomb = SummaryFiles.zipBomb(national2024(ROW_4).xlsx(), 200);
        upload(campaign, bomb, XLSX, "").statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].rule", equalTo("zip-bomb"));
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        upload(campaign, huge, "text/csv", "").statusCode(413).body("rule", equalTo("max-size"));
        byte[] gbk = "姓名,性别,工作单位\r\n张三,男,某公司\r\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        upload(campaign, gbk, "text/csv", "").statusCode(400).body("errors[0].rule", equalTo("encoding"));
        upload(campaign, SummaryFiles.empty().xlsx(), XLSX, "").statusCode(400)
                .body("errors[0].rule", equalTo("empty-sheet"));
        upload(campaign, new byte[0], "text/csv", "").statusCode(400).body("errors[0].rule", equalTo("empty-file"));
        assertEquals(0, candidateCount(campaign));
    }

    static Map<String, Object> problem(int row, String column, String cell, String value, String rule, String message) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("row", row);
        p.put("column", column);
        p.put("cell", cell);
        p.put("value", value);
        p.put("rule", rule);
        p.put("message", message);
        return new HashMap<>(p);
    }

    static String mask(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }


    /** Issue 18, defect 7: every formula lead Excel runs, not only '=', and control characters are refused. */
    @Test
    void cellsStartingWithAnyFormulaLeadOrHoldingControlCharactersAreRefusedInADryRunAndAnImport() {
        for (String hostile : List.of("+SUM(1,2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tcmd", "\rcmd",
                "王\u0000秀英")) {
            long campaign = campaignWithUnit("江苏省总工会", 4);
            Object[] row = row2024("1", hostile, "女", "1980.6", "大学本科", ID_4, "20", "139 1234 5678", "江苏省总工会");
            boolean nul = hostile.contains("\u0000");
            byte[] file = nul ? national2024(row).csv(true) : national2024(row).xlsx();
            String type = nul ? "text/csv" : XLSX;
            upload(campaign, file, type, "").statusCode(200)
                    .body("problems.column", hasItem("姓名"))
                    .body("problems.rule", hasItem(nul ? "control-character" : "formula"));
            upload(campaign, file, type, "?dryRun=false").statusCode(400);
            assertEquals(0, candidateCount(campaign), "nothing stored for " + hostile.charAt(0));
        }
    }
}
