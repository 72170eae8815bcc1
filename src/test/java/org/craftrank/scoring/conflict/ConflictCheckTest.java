package org.craftrank.scoring.conflict;

import org.craftrank.campaign.ConflictRule;
import org.craftrank.candidate.field.OrganisationNames;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictCheckTest {

    private static final ConflictFacts.Candidate CANDIDATE = new ConflictFacts.Candidate("中车株洲电力机车有限公司",
            "湖南省总工会", List.of(new ConflictFacts.Referee("李四", "甲公司"),
            new ConflictFacts.Referee("王五", "乙公司"), new ConflictFacts.Referee("赵六", "丙公司")));

    private static List<ConflictRule> rules(ConflictFacts.Expert expert, ConflictFacts.Declaration declaration,
                                           Set<ConflictRule> optional) {
        return new ConflictCheck(optional).conflicts(expert, CANDIDATE, declaration).stream()
                .map(Conflict::rule).toList();
    }

    @Test
    void anOutsideExpertHasNoConflict() {
        assertTrue(rules(new ConflictFacts.Expert("钱七", "清华大学"), null, Set.of()).isEmpty());
    }

    @Test
    void sameEmployerIncludingADepartmentWrittenAfterTheCompany() {
        assertEquals(List.of(ConflictRule.SAME_EMPLOYER),
                rules(new ConflictFacts.Expert("钱七", "中车株洲电力机车有限公司 技术中心"), null, Set.of()));
        assertEquals(List.of(ConflictRule.SAME_EMPLOYER),
                rules(new ConflictFacts.Expert("钱七", "中车株洲电力机车有限公司"), null, Set.of()));
    }

    @Test
    void aRefereeIsMatchedByNameAndOrganisation() {
        assertEquals(List.of(ConflictRule.EXPERT_IS_REFEREE),
                rules(new ConflictFacts.Expert("王五", "乙公司"), null, Set.of()));
        assertTrue(rules(new ConflictFacts.Expert("王五", "某大学"), null, Set.of()).isEmpty(),
                "a namesake elsewhere is another person");
    }

    @Test
    void aDeclarationIsAConflictWithItsReason() {
        List<Conflict> found = new ConflictCheck(Set.of()).conflicts(new ConflictFacts.Expert("钱七", "清华大学"),
                CANDIDATE, new ConflictFacts.Declaration("师生关系"));
        assertEquals(ConflictRule.DECLARED_CONFLICT, found.get(0).rule());
        assertTrue(found.get(0).message().contains("师生关系"));
    }

    @Test
    void theRecommendingUnitRuleAppliesOnlyWhenSwitchedOn() {
        ConflictFacts.Expert unionOfficial = new ConflictFacts.Expert("孙八", "湖南省总工会");
        assertTrue(rules(unionOfficial, null, Set.of()).isEmpty());
        assertEquals(List.of(ConflictRule.SAME_RECOMMENDING_UNIT),
                rules(unionOfficial, null, Set.of(ConflictRule.SAME_RECOMMENDING_UNIT)));
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertEquals(List.of(ConflictRule.SAME_EMPLOYER, ConflictRule.DECLARED_CONFLICT),
                rules(new ConflictFacts.Expert("钱七", "中车株洲电力机车有限公司"),
                        new ConflictFacts.Declaration("同事"), Set.of()));
    }

    @Test
    void organisationNamesIgnoreWidthSpacesAndBracketsButNotShortFragments() {
        assertTrue(OrganisationNames.same("北京（首钢）集团", "北京(首钢)集团"));
        assertTrue(OrganisationNames.same("ＡＢＣ机械有限公司", "abc机械有限公司"));
        assertFalse(OrganisationNames.same("公司", "中车株洲电力机车有限公司"));
        assertFalse(OrganisationNames.same("", ""));
        assertFalse(OrganisationNames.samePerson("王伟", "王伟华"));
        assertEquals("conflict-same-employer", ConflictRule.SAME_EMPLOYER.slug());
    }

    /**
     * One check reused over many pairs remembers normal forms; its verdicts must equal the rules applied afresh to
     * each pair through {@link OrganisationNames} (the reference the rules are written against).
     */
    @Test
    void aReusedCheckDecidesEveryPairAsTheRulesDoAfresh() {
        ConflictWorkload workload = new ConflictWorkload(7, 60, 400);
        ConflictCheck check = new ConflictCheck(Set.of(ConflictRule.SAME_RECOMMENDING_UNIT));
        int conflicted = 0;
        for (ConflictFacts.Expert expert : workload.experts) {
            for (ConflictFacts.Candidate candidate : workload.candidates) {
                List<ConflictRule> reused = check.conflicts(expert, candidate, null).stream().map(Conflict::rule).toList();
                assertEquals(reference(expert, candidate), reused, expert + " / " + candidate);
                conflicted += reused.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(conflicted > 100, "the workload must produce conflicts to compare: " + conflicted);
    }

    static List<ConflictRule> reference(ConflictFacts.Expert expert, ConflictFacts.Candidate candidate) {
        List<ConflictRule> rules = new java.util.ArrayList<>();
        if (OrganisationNames.same(expert.employer(), candidate.employer())) {
            rules.add(ConflictRule.SAME_EMPLOYER);
        }
        if (candidate.referees().stream().anyMatch(r -> OrganisationNames.samePerson(expert.name(), r.name())
                && OrganisationNames.same(expert.employer(), r.employer()))) {
            rules.add(ConflictRule.EXPERT_IS_REFEREE);
        }
        if (OrganisationNames.same(expert.employer(), candidate.recommendingUnitName())) {
            rules.add(ConflictRule.SAME_RECOMMENDING_UNIT);
        }
        return rules;
    }
}
