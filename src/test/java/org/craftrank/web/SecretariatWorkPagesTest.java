package org.craftrank.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.craftrank.testing.Auth;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.craftrank.testing.Auth.asAdmin;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat's working pages over plain HTTP: the formal review, automatic assignment and reopening a sheet,
 * the shortlist and the public notice, and the ranking page's single audit entry. Each page renders in Chinese
 * and English, a bad value comes back beside its field (400), and an accepted form redirects with a flash.
 */
@QuarkusTest
class SecretariatWorkPagesTest {

    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"");

    @Test
    void theFormalReviewRunsAndEachResultIsConfirmedOrOverriddenWithAReason() {
        PageFixtures.Scoring world = PageFixtures.formalReviewCampaign("页面测试：形式审查", 2, 1);
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + world.campaign() + "/formal-review";
        admin.get(page).then().statusCode(200).body(allOf(containsString("形式审查结果"),
                containsString("尚未运行形式审查"), containsString("运行形式审查")));
        admin.get(page + "?lang=en").then().statusCode(200).body(allOf(containsString("Formal review results"),
                containsString("Run the formal review")));

        Response ran = admin.post(page + "/run", Map.of());
        ran.then().statusCode(303).cookie("craftrank_flash", "REVIEW_RUN");
        long first = world.candidates().get(0);
        admin.follow(ran).then().statusCode(200).body(allOf(containsString("形式审查已运行"),
                containsString("id=\"review-counts\""), containsString("准予评分"),
                containsString("id=\"candidate-" + first + "\""), containsString("重新运行形式审查")));

        admin.post(page + "/decision", Map.of("candidateId", String.valueOf(first), "decision", "OVERRIDDEN",
                "reason", "")).then().statusCode(400).body(allOf(
                containsString("id=\"reason-" + first + "-error\" role=\"alert\">改判须填写理由。")));
        Response confirmed = admin.post(page + "/decision", Map.of("candidateId", String.valueOf(first),
                "decision", "CONFIRMED", "reason", "材料齐全"));
        confirmed.then().statusCode(303).cookie("craftrank_flash", "REVIEW_DECIDED");
        admin.follow(confirmed).then().body(allOf(containsString("审查决定已记录。"), containsString("已确认")));
        asAdmin().get("/api/campaigns/" + world.campaign() + "/formal-review/" + first).then()
                .body("decision", equalTo("CONFIRMED"), "decisionReason", equalTo("材料齐全"));
        asAdmin().get("/api/audit?campaignId=" + world.campaign() + "&action=FORMAL_REVIEW_CONFIRMED").then()
                .body("total", equalTo(1));
    }

    @Test
    void anAutomaticAssignmentIsPreviewedWithoutStoringThenCommittedWithItsFingerprint() {
        PageFixtures.Scoring world = PageFixtures.formalReviewCampaign("页面测试：自动分配", 4, 3);
        asAdmin().contentType(io.restassured.http.ContentType.JSON).body(Map.of())
                .post("/api/campaigns/" + world.campaign() + "/formal-review").then().statusCode(200);
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + world.campaign() + "/assignments";
        admin.get(page).then().statusCode(200).body(allOf(containsString("自动分配评审专家"),
                containsString("name=\"reviewsPerCandidate\"")));
        admin.get(page + "?lang=en").then().statusCode(200).body(containsString("Assign experts automatically"));

        admin.post(page + "/auto/preview", Map.of("reviewsPerCandidate", "两位")).then().statusCode(400)
                .body(containsString("id=\"auto-reviewsPerCandidate-error\" role=\"alert\">须为 1–100 之间的整数。"));
        Response preview = admin.post(page + "/auto/preview", Map.of("reviewsPerCandidate", "2", "seed", "7"));
        preview.then().statusCode(200).body(allOf(containsString("新增分配 8 条，保留已有分配 0 条。"),
                containsString("每位专家评审 2–3 人。"), containsString("4 / 4 位推荐对象达到所需评审人数。"),
                containsString("id=\"preview-expert-loads\"")));
        asAdmin().get("/api/campaigns/" + world.campaign() + "/assignments").then().body("$", hasSize(0));

        admin.post(page + "/auto/preview", Map.of("reviewsPerCandidate", "5")).then().statusCode(422)
                .body(allOf(containsString("无法按这些条件分配：推荐对象"),
                        containsString("只有 3 位无回避的专家，需要 5 位（共有 4 位推荐对象专家不足）。"),
                        not(containsString("conflict-free"))));
        admin.post(page + "/auto", Map.of("reviewsPerCandidate", "2", "seed", "7", "fingerprint", "0000"))
                .then().statusCode(412).body(allOf(containsString("方案在预览之后已有变化"),
                        containsString("id=\"auto-preview-result\"")));
        asAdmin().get("/api/campaigns/" + world.campaign() + "/assignments").then().body("$", hasSize(0));

        Matcher fingerprint = FINGERPRINT.matcher(preview.asString());
        assertTrue(fingerprint.find(), "the preview carries its fingerprint to the commit form");
        Response committed = admin.post(page + "/auto", Map.of("reviewsPerCandidate", "2", "seed", "7",
                "fingerprint", fingerprint.group(1)));
        committed.then().statusCode(303).cookie("craftrank_flash", "ASSIGNMENTS_CREATED");
        admin.follow(committed).then().body(allOf(containsString("自动分配已保存。"), containsString("共 8 条评审分配")));
        asAdmin().get("/api/campaigns/" + world.campaign() + "/assignments").then().body("$", hasSize(8));
        asAdmin().get("/api/audit?campaignId=" + world.campaign() + "&action=AUTO_ASSIGNMENT_RUN").then()
                .body("total", equalTo(1));
    }

    @Test
    void aSubmittedSheetIsReopenedFromTheAssignmentsPageWithAReason() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：退回", 1, 1);
        long candidate = world.candidates().get(0);
        long expert = world.experts().get(0);
        PageFixtures.submit(world.expertAccounts().get(0), world.campaign(), candidate, 8);
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + world.campaign() + "/assignments";
        admin.get(page).then().statusCode(200).body(containsString("退回修改"));
        Map<String, String> form = new HashMap<>(Map.of("expertId", String.valueOf(expert),
                "candidateId", String.valueOf(candidate), "reason", " "));
        admin.post(page + "/reopen", form).then().statusCode(400).body(containsString("退回须填写理由。"));
        form.put("reason", "第3项分数录入有误");
        Response reopened = admin.post(page + "/reopen", form);
        reopened.then().statusCode(303).cookie("craftrank_flash", "SHEET_REOPENED");
        admin.follow(reopened).then().body(allOf(containsString("评分表已退回专家修改。"), not(containsString("退回修改</summary>"))));
        Auth.as(world.expertAccounts().get(0), PageFixtures.PASSWORD)
                .get("/api/campaigns/" + world.campaign() + "/sheets/" + candidate).then().body("status",
                        equalTo("DRAFT"), "reopened.reason", equalTo("第3项分数录入有误"),
                        "reopened.at", notNullValue());
        asAdmin().get("/api/audit?campaignId=" + world.campaign() + "&action=SHEET_REOPENED").then()
                .body("total", equalTo(1));

        // The expert is told, on the sheet, that it came back and why; once submitted again the notice is gone.
        PageBrowser expertPages = new PageBrowser(world.expertAccounts().get(0), PageFixtures.PASSWORD);
        String sheet = "/expert/campaigns/" + world.campaign() + "/candidates/" + candidate;
        expertPages.get(sheet).then().statusCode(200).body(allOf(containsString("id=\"reopened-notice\""),
                containsString("退回此评分表，请修改后重新提交。"), containsString("退回原因：第3项分数录入有误")));
        PageFixtures.submit(world.expertAccounts().get(0), world.campaign(), candidate, 7);
        expertPages.get(sheet).then().statusCode(200).body(not(containsString("reopened-notice")));
    }

    @Test
    void aSubmittedSheetLeadsToTheNextCandidateStillToScore() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：下一位", 3, 1);
        String account = world.expertAccounts().get(0);
        List<Long> ids = world.candidates();
        PageBrowser expert = new PageBrowser(account, PageFixtures.PASSWORD);
        String list = "/expert/campaigns/" + world.campaign();
        // The second is submitted, so after the first comes the third; after the third, round to the first.
        PageFixtures.submit(account, world.campaign(), ids.get(1), 7);
        PageFixtures.submit(account, world.campaign(), ids.get(0), 8);
        expert.get(list + "/candidates/" + ids.get(0)).then().statusCode(200).body(containsString(
                "href=\"" + list + "/candidates/" + ids.get(2) + "\">下一位待评：" + PageFixtures.code(world.campaign(),
                        ids.get(2)) + " " + world.candidateNames().get(2)));
        PageFixtures.submit(account, world.campaign(), ids.get(2), 6);
        expert.get(list + "/candidates/" + ids.get(2)).then().statusCode(200).body(allOf(
                containsString("分配给您的推荐对象均已提交或回避。"), containsString("href=\"" + list + "\">返回评审任务")));
    }

    @Test
    void theShortlistShowsScoresWithTheRankingsPrecision() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：名单精度", 2, 3);
        double[] first = {8, 8.5, 8.5};
        for (int e = 0; e < 3; e++) {
            PageFixtures.submit(world.expertAccounts().get(e), world.campaign(), world.candidates().get(0), first[e]);
            PageFixtures.submit(world.expertAccounts().get(e), world.campaign(), world.candidates().get(1), 7);
        }
        PageFixtures.transition(world.campaign(), "DELIBERATION");
        String code = PageFixtures.code(world.campaign(), world.candidates().get(0));
        PageBrowser admin = PageBrowser.admin();
        String base = "/secretariat/campaigns/" + world.campaign();
        // 25/3, under the one display rule (10 places, half-even) on both pages, never 8.33 on one and 8.3333333333
        // on the other.
        admin.get(base + "/ranking").then().statusCode(200).body(containsString(
                "<th scope=\"row\" class=\"code\">" + code + "</th>\n    <td class=\"num\">8.3333333333</td>"));
        admin.get(base + "/shortlist");
        admin.post(base + "/shortlist/proposals", Map.of("note", "按得分")).then().statusCode(303);
        admin.get(base + "/shortlist").then().statusCode(200).body(allOf(
                containsString("<td class=\"code\">" + code + "</td><td class=\"num\">8.3333333333</td>"),
                containsString("总分 15.3333333333，入选分数线 7。"), not(containsString(">8.33<"))));
    }

    @Test
    void anInfeasibleShortlistSaysWhyInThePagesLanguage() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：无解");
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + world.campaign() + "/shortlist";
        admin.get(page);
        // Four candidates of one unit, one per unit, two places: one place cannot be filled.
        admin.post(page + "/rules", Map.of("maxPerUnit", "1"));
        admin.get(page);
        admin.post(page + "/proposals", Map.of("note", "试")).then().statusCode(422).body(allOf(
                containsString("无法按这些条件求解：按推荐单位上限，最多只能选出 1 人，少于 2 个名额（差 1 人）"),
                not(containsString("allow at most"))));
        admin.get(page + "?lang=en");
        admin.post(page + "/proposals?lang=en", Map.of("note", "try")).then().statusCode(422).body(
                containsString("at most 1 can be selected, fewer than the 2 places (short by 1)"));
    }

    @Test
    void theShortlistIsRuledProposedComparedAndAdoptedThenNoticedWithObjections() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：建议名单");
        long campaign = world.campaign();
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + campaign + "/shortlist";
        admin.get(page).then().statusCode(200).body(allOf(containsString("名单规则"), containsString("尚无版本。")));
        admin.get(page + "?lang=en").then().statusCode(200).body(allOf(containsString("Shortlist rules"),
                containsString("No version yet.")));

        admin.post(page + "/rules", Map.of("maxPerUnit", "五", "womenShare", "25")).then().statusCode(400)
                .body(allOf(containsString("id=\"rule-maxPerUnit-error\" role=\"alert\">须为整数。"),
                        containsString("value=\"25\"")));
        Response saved = admin.post(page + "/rules", Map.of("maxPerUnit", "5", "womenShare", "25"));
        saved.then().statusCode(303).cookie("craftrank_flash", "SHORTLIST_RULES_SAVED");
        asAdmin().get("/api/campaigns/" + campaign + "/shortlist/rules").then()
                .body("maxPerUnit", equalTo(5), "women.share", equalTo(0.25f));

        admin.get(page);
        Response proposed = admin.post(page + "/proposals", Map.of("note", "按得分"));
        proposed.then().statusCode(303).cookie("craftrank_flash", "SHORTLIST_PROPOSED");
        String first = admin.follow(proposed).then().statusCode(200).body(allOf(
                containsString("已生成新的建议名单版本。"), containsString("第 1 版"), containsString("按得分入选"),
                containsString("推荐单位上限 · U01"))).extract().asString();
        String top = asAdmin().get("/api/campaigns/" + campaign + "/shortlist/proposals/1").then()
                .extract().jsonPath().getString("result.selected[0].code");
        assertTrue(first.contains("data-code=\"" + top + "\""), "the list shows the selected codes");
        admin.post(page + "/proposals", Map.of("fixedExclusions", top.toLowerCase())).then().statusCode(303);
        admin.get(page + "?compare=1&with=2").then().statusCode(200).body(allOf(
                containsString("仅在第 1 版：" + top), containsString("评审委员会决定不予列入")));

        admin.post(page + "/adopt", Map.of("version", "2", "reason", "")).then().statusCode(400)
                .body(containsString("id=\"adopt-reason-error\" role=\"alert\">必填。"));
        Response adopted = admin.post(page + "/adopt", Map.of("version", "2", "reason", "审定第二版"));
        adopted.then().statusCode(303).cookie("craftrank_flash", "SHORTLIST_ADOPTED");
        asAdmin().get("/api/campaigns/" + campaign).then().body("phase", equalTo("APPROVED"));
        admin.follow(adopted).then().body(containsString("第 2 版（已审定名单）"));

        String notice = "/secretariat/campaigns/" + campaign + "/notice";
        admin.get(notice).then().statusCode(200).body(allOf(containsString("/notice/export.csv?lang=zh"),
                containsString("/notice/export.xlsx?lang=zh"), containsString("排名不分先后"),
                containsString("公示页面在公示阶段和公布后对公众开放。")));
        admin.get(notice + "?lang=en").then().statusCode(200).body(containsString("Download CSV"));
        PageFixtures.transition(campaign, "PUBLIC_NOTICE");
        String listed = asAdmin().get("/api/campaigns/" + campaign + "/shortlist/proposals/2").then()
                .extract().jsonPath().getString("result.selected[0].code");
        admin.get(notice).then().body(containsString("href=\"/notice/" + campaign + "?lang=zh\""));
        admin.post(notice + "/objections", Map.of("code", "", "summary", "学历造假")).then().statusCode(400)
                .body(containsString("id=\"objection-code-error\" role=\"alert\">必填。"));
        Response recorded = admin.post(notice + "/objections", Map.of("code", listed, "summary", "学历造假"));
        recorded.then().statusCode(303).cookie("craftrank_flash", "OBJECTION_RECORDED");
        admin.follow(recorded).then().body(containsString("学历造假"));
        long objection = asAdmin().get("/api/campaigns/" + campaign + "/objections").then().extract().jsonPath()
                .getLong("[0].id");
        admin.post(notice + "/objections/decision", Map.of("objectionId", String.valueOf(objection),
                "outcome", "DISMISSED", "reason", "")).then().statusCode(400)
                .body(containsString("id=\"decision-reason-" + objection + "-error\""));
        Response decided = admin.post(notice + "/objections/decision", Map.of("objectionId",
                String.valueOf(objection), "outcome", "DISMISSED", "reason", "经核实不属实"));
        decided.then().statusCode(303).cookie("craftrank_flash", "OBJECTION_DECIDED");
        admin.follow(decided).then().body(containsString("驳回，保留在名单上"));
    }

    @Test
    void oneViewOfTheRankingPageIsOneAuditedPull() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：排名审计");
        String audit = "/api/audit?campaignId=" + world.campaign() + "&action=RANKING_PULLED";
        int before = asAdmin().get(audit).then().extract().jsonPath().getInt("total");
        PageBrowser.admin().get("/secretariat/campaigns/" + world.campaign() + "/ranking").then().log().ifValidationFails().statusCode(200)
                .body(containsString("id=\"comparison-table\""));
        int after = asAdmin().get(audit).then().extract().jsonPath().getInt("total");
        assertEquals(1, after - before, "one page view writes one RANKING_PULLED row");
        asAdmin().get(audit).then().body("events.after.view", org.hamcrest.Matchers.hasItem("board"));
    }

    @Test
    void committeeAndExpertAccountsGetNoneOfTheseSecretariatPages() {
        PageFixtures.Scoring world = PageFixtures.scoringCampaign("页面测试：角色", 1, 1);
        String base = "/secretariat/campaigns/" + world.campaign();
        String member = PageFixtures.account("COMMITTEE", Map.of("campaignIds", List.of(world.campaign())));
        for (String account : List.of(member, world.expertAccounts().get(0))) {
            PageBrowser other = new PageBrowser(account, PageFixtures.PASSWORD);
            for (String path : List.of("/formal-review", "/assignments", "/shortlist", "/notice")) {
                other.get(base + path).then().statusCode(403);
            }
        }
    }

    /** The committee proposes and compares versions on its own page; rules and adoption are not offered there. */
    @Test
    void theCommitteeProposesAndComparesVersionsButNeitherRulesNorAdopts() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：评审委员会名单");
        long campaign = world.campaign();
        String member = PageFixtures.account("COMMITTEE", Map.of("campaignIds", List.of(campaign)));
        PageBrowser committee = new PageBrowser(member, PageFixtures.PASSWORD);
        String page = "/committee/campaigns/" + campaign + "/shortlist";
        committee.get("/committee/campaigns/" + campaign + "/ranking").then().statusCode(200)
                .body(containsString("href=\"" + page + "\""));
        committee.get(page).then().statusCode(200).body(allOf(containsString("尚无版本。"),
                containsString("action=\"" + page + "/proposals\""), not(containsString("/rules\"")),
                not(containsString("id=\"save-rules\"")), not(containsString("/secretariat/"))));
        committee.get(page + "?lang=en").then().statusCode(200).body(containsString("No version yet."));

        committee.post(page + "/proposals", Map.of("note", "长".repeat(1001))).then().statusCode(400)
                .body(containsString("id=\"propose-note-error\""));
        Response proposed = committee.post(page + "/proposals", Map.of("note", "委员会按得分"));
        proposed.then().statusCode(303).header("Location", containsString(page + "?version=1"))
                .cookie("craftrank_flash", "SHORTLIST_PROPOSED");
        committee.follow(proposed).then().statusCode(200).body(allOf(containsString("第 1 版"),
                containsString("按得分入选"), not(containsString("id=\"adopt-form\""))));
        String top = asAdmin().get("/api/campaigns/" + campaign + "/shortlist/proposals/1").then()
                .body("createdBy", equalTo(member)).extract().jsonPath().getString("result.selected[0].code");
        committee.post(page + "/proposals", Map.of("fixedExclusions", top)).then().statusCode(303);
        committee.get(page + "?compare=1&with=2").then().statusCode(200)
                .body(containsString("仅在第 1 版：" + top));
        // the secretariat's page is still not the committee's
        committee.get("/secretariat/campaigns/" + campaign + "/shortlist").then().statusCode(403);
    }

    /**
     * Issue 18, defect 5 on the page: the rules form carries the version it was rendered from; a save after someone
     * else changed the rules is refused with a message in Chinese, shows the current rules and stores nothing.
     */
    @Test
    void theShortlistRulesFormDoesNotOverwriteAChangeMadeAfterItWasOpened() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：名单规则版本");
        long campaign = world.campaign();
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + campaign + "/shortlist";
        String html = admin.get(page).then().statusCode(200).extract().asString();
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("name=\"version\" value=\"([^\"]*)\"").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(version.find(), "the form carries its version");
        String rendered = version.group(1).replace("&quot;", "\"");
        String api = "/api/campaigns/" + campaign + "/shortlist/rules";
        asAdmin().contentType(io.restassured.http.ContentType.JSON).header("If-Match", rendered)
                .body(Map.of("maxPerUnit", 2)).put(api).then().statusCode(200);

        admin.post(page + "/rules", Map.of("maxPerUnit", "7", "version", rendered)).then().statusCode(409)
                .body(allOf(containsString("其他人修改了名单规则"), containsString("value=\"2\"")));
        asAdmin().get(api).then().body("maxPerUnit", equalTo(2));
    }

    /**
     * Issue 18, defects 2/3 on the pages: every page form field gets the text rule at once (a NUL or another control
     * character refuses the form with a 400 page naming the field, in the page's language), and nothing is stored.
     */
    @Test
    void aControlCharacterInAnyPageFormFieldIsRefusedNamingTheFieldAndNothingIsStored() {
        PageFixtures.Scoring world = PageFixtures.deliberatingCampaign("页面测试：表单文字规则");
        long campaign = world.campaign();
        PageBrowser admin = PageBrowser.admin();
        String page = "/secretariat/campaigns/" + campaign + "/shortlist";
        admin.get(page).then().statusCode(200);
        admin.post(page + "/proposals", Map.of("note", "按\u0000得分")).then().statusCode(400)
                .body(allOf(containsString("“note”一栏含有控制字符"), containsString("本次未保存任何内容")));
        admin.post(page + "/rules", Map.of("maxPerUnit", "3", "womenShare", "2\u00075")).then().statusCode(400)
                .body(containsString("“womenShare”一栏含有控制字符"));
        admin.post(page + "/proposals?lang=en", Map.of("note", "bell\u0007")).then().statusCode(400)
                .body(allOf(containsString("contains a control character"), containsString("nothing was saved")));
        asAdmin().get("/api/campaigns/" + campaign + "/shortlist/proposals").then().statusCode(200)
                .body("size()", equalTo(0));
        asAdmin().get("/api/campaigns/" + campaign + "/shortlist/rules").then().body("maxPerUnit", equalTo(null));
    }
}
