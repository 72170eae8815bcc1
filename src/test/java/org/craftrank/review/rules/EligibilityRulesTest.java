package org.craftrank.review.rules;

import org.craftrank.model.definition.CampaignLevel;
import org.craftrank.model.definition.EligibilityParameters;
import org.craftrank.model.definition.RuleSeverity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per eligibility rule, with the parameters and basis texts of the two seed models. */
class EligibilityRulesTest {

    /** The 2024 national model's parameters (national-2024.yaml). */
    static final EligibilityParameters NATIONAL_2024 = new EligibilityParameters(
            Map.of(CampaignLevel.NATIONAL, 5), null, 3, null,
            Map.of("recommendationReason", 300, "oneLineReason", 30), Map.of(),
            Map.of("minShopFloorYears", List.of("有5年以上一线生产现场工作经历"),
                    "requiredOutsideReferees", List.of("推荐人选应得到 3 位非本单位同行高级专家推荐"),
                    "textLimits", List.of("推荐理由 (300字以内)", "(30字以内)")));

    /** The 2025 measures as the 2026 notice applies them (measures-2025.yaml). */
    static final EligibilityParameters MEASURES_2025 = new EligibilityParameters(
            Map.of(CampaignLevel.NATIONAL, 7, CampaignLevel.PROVINCIAL, 5, CampaignLevel.CITY, 3), 55, 0, 1,
            Map.of("personalStatement", 200, "recommendationReason", 150),
            Map.of("recognisedGreatCraftsman", RuleSeverity.FAIL, "leadershipPost", RuleSeverity.WARN,
                    "otherTalentProgramme", RuleSeverity.FAIL),
            Map.of("minShopFloorYears", List.of("有7年以上生产现场工作经历", "有5年以上生产现场工作经历", "有3年以上生产现场工作经历"),
                    "advisoryMaxAge", List.of("推荐对象年龄一般不超过55岁"),
                    "maxPerGroupCompanyPerUnit", List.of("同一推荐单位对同一集团公司推荐人选不超过1人"),
                    "textLimits", List.of("（200字以内）", "（150字以内，推荐单位填写）"),
                    "recognisedGreatCraftsman", List.of("全国总工会已认定的大国工匠不再推荐。"),
                    "leadershipPost", List.of("原则上不推荐已担任单位领导职务的人员。"),
                    "otherTalentProgramme", List.of("已入选国家级和其他部委人才计划的人员不再纳入推荐范围。")));

    static final LocalDate REVIEW_DAY = LocalDate.of(2026, 7, 15);
    static final UnitFacts UNIT = new UnitFacts(1, "南京市总工会", 3, 2);

    static final Map<String, Boolean> ALL_DECLARED_NO = Map.of("recognisedGreatCraftsman", false,
            "leadershipPost", false, "otherTalentProgramme", false);

    static CandidateFacts candidate(long id) {
        return new CandidateFacts(id, "候选人" + id, 1, "中车南京浦镇车辆有限公司", null, 10, LocalDate.of(1980, 6, 1),
                List.of(new CandidateFacts.RefereeFacts("李四", "甲公司"),
                        new CandidateFacts.RefereeFacts("王五", "乙公司"),
                        new CandidateFacts.RefereeFacts("赵六", "丙大学")),
                Map.of("recommendationReason", "扎根一线。"), ALL_DECLARED_NO);
    }

    static EligibilityRules rules(EligibilityParameters parameters, CampaignLevel level, CandidateFacts... all) {
        return new EligibilityRules(parameters, level, REVIEW_DAY, List.of(UNIT), List.of(all));
    }

    @Test
    void aCandidateMeetingEveryRulePasses() {
        CandidateFacts c = candidate(1);
        assertEquals(Outcome.PASS, rules(NATIONAL_2024, CampaignLevel.NATIONAL, c).review(c).outcome());
        assertEquals(Outcome.PASS, rules(MEASURES_2025, CampaignLevel.PROVINCIAL, c).review(c).outcome());
    }

    @Test
    void shopFloorYearsAtLeastTheModelsMinimumForTheLevel() {
        CandidateFacts six = withYears(candidate(1), 6);
        // 2025 measures: 7 national, 5 provincial.
        Finding national = rules(MEASURES_2025, CampaignLevel.NATIONAL, six).shopFloorYearsAtLeast(six).orElseThrow();
        assertEquals(new Finding("shop-floor-years", RuleSeverity.FAIL, "生产现场工作年限为6年，少于7年",
                "有7年以上生产现场工作经历"), national);
        assertTrue(rules(MEASURES_2025, CampaignLevel.PROVINCIAL, six).shopFloorYearsAtLeast(six).isEmpty());
        CandidateFacts four = withYears(candidate(2), 4);
        assertEquals("有5年以上一线生产现场工作经历",
                rules(NATIONAL_2024, CampaignLevel.NATIONAL, four).shopFloorYearsAtLeast(four).orElseThrow().basis());
        CandidateFacts unknown = withYears(candidate(3), null);
        assertEquals("未填写生产现场工作年限，无法核对不少于5年的条件",
                rules(NATIONAL_2024, CampaignLevel.NATIONAL, unknown).shopFloorYearsAtLeast(unknown).orElseThrow().message());
        CandidateFacts five = withYears(candidate(4), 5);
        assertTrue(rules(NATIONAL_2024, CampaignLevel.NATIONAL, five).shopFloorYearsAtLeast(five).isEmpty());
    }

    @Test
    void ageOverFiftyFiveIsAWarningNotAFailure() {
        CandidateFacts old = withBirth(candidate(1), LocalDate.of(1970, 7, 1));
        EligibilityRules rules = rules(MEASURES_2025, CampaignLevel.PROVINCIAL, old);
        Finding finding = rules.ageGenerallyNotOver(old).orElseThrow();
        assertEquals(new Finding("advisory-max-age", RuleSeverity.WARN,
                "出生年月1970-07，截至2026-07-15已满56岁，超过一般不超过55岁的要求", "推荐对象年龄一般不超过55岁"), finding);
        assertEquals(Outcome.WARN, rules.review(old).outcome());
        CandidateFacts fiftyFive = withBirth(candidate(2), LocalDate.of(1970, 7, 16));
        assertTrue(rules(MEASURES_2025, CampaignLevel.PROVINCIAL, fiftyFive).ageGenerallyNotOver(fiftyFive).isEmpty());
        // The 2024 national model sets no age limit at all.
        assertTrue(rules(NATIONAL_2024, CampaignLevel.NATIONAL, old).ageGenerallyNotOver(old).isEmpty());
    }

    @Test
    void threeRefereesAllFromOutsideTheCandidatesEmployer() {
        CandidateFacts sameEmployer = withReferees(candidate(1), List.of(
                new CandidateFacts.RefereeFacts("李四", "中车南京浦镇车辆有限公司 技术中心"),
                new CandidateFacts.RefereeFacts("王五", "乙公司"),
                new CandidateFacts.RefereeFacts("王五", "乙公司")));
        List<Finding> findings = rules(NATIONAL_2024, CampaignLevel.NATIONAL, sameEmployer)
                .requiresOutsideReferees(sameEmployer);
        assertEquals(List.of(
                new Finding("outside-referees", RuleSeverity.FAIL, "仅有2位同行高级专家推荐，须有3位非本单位同行高级专家推荐",
                        "推荐人选应得到 3 位非本单位同行高级专家推荐"),
                new Finding("outside-referees", RuleSeverity.FAIL, "同行高级专家“李四”的单位“中车南京浦镇车辆有限公司 技术中心”"
                        + "与推荐对象工作单位“中车南京浦镇车辆有限公司”相同，须为非本单位专家",
                        "推荐人选应得到 3 位非本单位同行高级专家推荐")), findings);
        // The 2025 measures require no referees.
        assertTrue(rules(MEASURES_2025, CampaignLevel.NATIONAL, sameEmployer).requiresOutsideReferees(sameEmployer)
                .isEmpty());
    }

    @Test
    void textsWithinTheModelsLimits() {
        CandidateFacts c = withTexts(candidate(1), Map.of("recommendationReason", "字".repeat(301),
                "oneLineReason", "字".repeat(30), "personalStatement", "字".repeat(201)));
        assertEquals(List.of(new Finding("text-limit", RuleSeverity.FAIL, "推荐理由为301字，超过300字的限制",
                        "推荐理由 (300字以内)")),
                rules(NATIONAL_2024, CampaignLevel.NATIONAL, c).textsWithinLimits(c));
        assertEquals(List.of(
                        new Finding("text-limit", RuleSeverity.FAIL, "个人自述为201字，超过200字的限制", "（200字以内）"),
                        new Finding("text-limit", RuleSeverity.FAIL, "推荐理由为301字，超过150字的限制",
                                "（150字以内，推荐单位填写）")),
                rules(MEASURES_2025, CampaignLevel.NATIONAL, c).textsWithinLimits(c));
    }

    @Test
    void atMostOneCandidatePerGroupCompanyFromOneUnit() {
        CandidateFacts a = withGroup(candidate(1), "中国中车集团有限公司");
        CandidateFacts b = withGroup(candidate(2), "中国中车集团");
        CandidateFacts other = withGroup(candidate(3), "中国船舶集团有限公司");
        EligibilityRules rules = rules(MEASURES_2025, CampaignLevel.PROVINCIAL, a, b, other);
        assertEquals(new Finding("one-per-group-company", RuleSeverity.FAIL,
                "“南京市总工会”对同一集团公司“中国中车集团有限公司”推荐了2人（另有候选人2），超过1人",
                "同一推荐单位对同一集团公司推荐人选不超过1人"), rules.onePerGroupCompanyPerUnit(a).orElseThrow());
        assertTrue(rules.onePerGroupCompanyPerUnit(b).isPresent());
        assertTrue(rules.onePerGroupCompanyPerUnit(other).isEmpty());
        // Without a declared group company, one employer counts as one group; the 2024 model has no such rule.
        assertTrue(rules(MEASURES_2025, CampaignLevel.PROVINCIAL, candidate(4), candidate(5))
                .onePerGroupCompanyPerUnit(candidate(4)).isPresent());
        assertTrue(rules(NATIONAL_2024, CampaignLevel.NATIONAL, a, b).onePerGroupCompanyPerUnit(a).isEmpty());
    }

    @Test
    void notAlreadyARecognisedGreatCraftsman() {
        CandidateFacts recognised = withDeclaration(candidate(1), "recognisedGreatCraftsman", true);
        EligibilityRules rules = rules(MEASURES_2025, CampaignLevel.NATIONAL, recognised);
        assertEquals(new Finding("recognised-great-craftsman", RuleSeverity.FAIL,
                "推荐单位声明该推荐对象已被全国总工会认定为大国工匠", "全国总工会已认定的大国工匠不再推荐。"),
                rules.notAlreadyRecognised(recognised).orElseThrow());
        assertEquals(Outcome.FAIL, rules.review(recognised).outcome());
        CandidateFacts undeclared = withDeclaration(candidate(2), "recognisedGreatCraftsman", null);
        assertEquals(RuleSeverity.WARN, rules.notAlreadyRecognised(undeclared).orElseThrow().severity());
        assertTrue(rules(NATIONAL_2024, CampaignLevel.NATIONAL, recognised).notAlreadyRecognised(recognised).isEmpty());
    }

    @Test
    void aUnitLeadershipPostIsOnlyAWarning() {
        CandidateFacts leader = withDeclaration(candidate(1), "leadershipPost", true);
        EligibilityRules rules = rules(MEASURES_2025, CampaignLevel.NATIONAL, leader);
        assertEquals(new Finding("leadership-post", RuleSeverity.WARN, "推荐单位声明该推荐对象已担任单位领导职务",
                "原则上不推荐已担任单位领导职务的人员。"), rules.noLeadershipPost(leader).orElseThrow());
        assertEquals(Outcome.WARN, rules.review(leader).outcome());
        assertTrue(rules.noLeadershipPost(candidate(2)).isEmpty());
    }

    @Test
    void notOnAnotherNationalTalentProgramme() {
        CandidateFacts onProgramme = withDeclaration(candidate(1), "otherTalentProgramme", true);
        EligibilityRules rules = rules(MEASURES_2025, CampaignLevel.NATIONAL, onProgramme);
        assertEquals(new Finding("other-talent-programme", RuleSeverity.FAIL,
                "推荐单位声明该推荐对象已入选国家级或其他部委人才计划", "已入选国家级和其他部委人才计划的人员不再纳入推荐范围。"),
                rules.notOnOtherTalentProgramme(onProgramme).orElseThrow());
        assertTrue(rules.notOnOtherTalentProgramme(candidate(2)).isEmpty());
    }

    @Test
    void candidatesBeyondTheUnitsQuotaFailInNominationOrder() {
        CandidateFacts[] four = {candidate(11), candidate(12), candidate(13), candidate(14)};
        EligibilityRules rules = rules(NATIONAL_2024, CampaignLevel.NATIONAL, four);
        assertTrue(rules.perUnitQuota(four[2]).isEmpty());
        assertEquals(new Finding("unit-quota", RuleSeverity.FAIL,
                "“南京市总工会”共推荐4人，超出其推荐名额3人；该推荐对象按推荐顺序为第4人", null),
                rules.perUnitQuota(four[3]).orElseThrow());
    }

    @Test
    void aUnitBelowTheLowerEndOfItsRangeIsNoticed() {
        assertEquals(List.of(new UnitNotice(1, "unit-minimum", RuleSeverity.WARN, "“南京市总工会”推荐1人，少于名额规则要求的2人")),
                rules(MEASURES_2025, CampaignLevel.CITY, candidate(1)).unitNotices());
        assertTrue(rules(MEASURES_2025, CampaignLevel.CITY, candidate(1), candidate(2)).unitNotices().isEmpty());
    }

    @Test
    void reviewAllRecordsEveryReasonInCandidateOrder() {
        CandidateFacts bad = withYears(withDeclaration(candidate(2), "leadershipPost", true), 2);
        List<Verdict> verdicts = rules(MEASURES_2025, CampaignLevel.NATIONAL, bad, withGroup(candidate(1), "甲集团"))
                .reviewAll();
        assertEquals(List.of(1L, 2L), verdicts.stream().map(Verdict::candidateId).toList());
        assertEquals(Outcome.PASS, verdicts.get(0).outcome());
        assertEquals(Outcome.FAIL, verdicts.get(1).outcome());
        assertEquals(List.of("shop-floor-years", "leadership-post"),
                verdicts.get(1).findings().stream().map(Finding::rule).toList());
    }

    private static CandidateFacts withYears(CandidateFacts c, Integer years) {
        return new CandidateFacts(c.id(), c.name(), c.unitId(), c.employer(), c.groupCompany(), years, c.birthDate(),
                c.referees(), c.texts(), c.declarations());
    }

    private static CandidateFacts withBirth(CandidateFacts c, LocalDate birth) {
        return new CandidateFacts(c.id(), c.name(), c.unitId(), c.employer(), c.groupCompany(), c.shopFloorYears(),
                birth, c.referees(), c.texts(), c.declarations());
    }

    private static CandidateFacts withReferees(CandidateFacts c, List<CandidateFacts.RefereeFacts> referees) {
        return new CandidateFacts(c.id(), c.name(), c.unitId(), c.employer(), c.groupCompany(), c.shopFloorYears(),
                c.birthDate(), referees, c.texts(), c.declarations());
    }

    private static CandidateFacts withTexts(CandidateFacts c, Map<String, String> texts) {
        return new CandidateFacts(c.id(), c.name(), c.unitId(), c.employer(), c.groupCompany(), c.shopFloorYears(),
                c.birthDate(), c.referees(), texts, c.declarations());
    }

    private static CandidateFacts withGroup(CandidateFacts c, String group) {
        return new CandidateFacts(c.id(), c.name(), c.unitId(), c.employer() + c.id(), group, c.shopFloorYears(),
                c.birthDate(), c.referees(), c.texts(), c.declarations());
    }

    private static CandidateFacts withDeclaration(CandidateFacts c, String flag, Boolean value) {
        Map<String, Boolean> declarations = new HashMap<>(c.declarations());
        declarations.put(flag, value);
        return new CandidateFacts(c.id(), c.name(), c.unitId(), c.employer(), c.groupCompany(), c.shopFloorYears(),
                c.birthDate(), c.referees(), c.texts(), declarations);
    }
}
