package org.craftrank;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule logic (model definitions, phase policy, identity checks, the ranking engine, the shortlist and
 * assignment solvers) stays
 * plain Java, free of the framework, so that it can be tested and reasoned about without a running service.
 */
class ArchitectureTest {

    private static final String[] PURE_PACKAGES = {
            "org.craftrank.model.definition..",
            "org.craftrank.campaign.phase..",
            "org.craftrank.candidate.identity..",
            "org.craftrank.ranking.engine..",
            "org.craftrank.ranking.export..",
            "org.craftrank.export..",
            "org.craftrank.shortlist.solver..",
            "org.craftrank.scoring.autoassign..",
            "org.craftrank.candidate.field..",
            "org.craftrank.candidate.intake..",
            "org.craftrank.review.rules..",
            "org.craftrank.unit.quota..",
            "org.craftrank.campaign.calendar..",
            "org.craftrank.dossier.store..",
            "org.craftrank.dossier.content..",
            "org.craftrank.operations.readiness.."};

    private static final String[] FRAMEWORK_PACKAGES = {
            "jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..", "com.fasterxml.jackson..",
            "org.jboss..", "org.eclipse.microprofile..", "io.vertx..", "io.micrometer.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.craftrank");
    }

    @Test
    void thePurePackagesAreImportedSoTheRuleCannotPassVacuously() {
        assertTrue(classes.contain("org.craftrank.model.definition.ScoringModelValidator"));
        assertTrue(classes.contain("org.craftrank.campaign.phase.PhaseTransitionPolicy"));
        assertTrue(classes.contain("org.craftrank.candidate.identity.ResidentIdNumber"));
        assertTrue(classes.contain("org.craftrank.ranking.engine.RankingEngine"));
        assertTrue(classes.contain("org.craftrank.export.SpreadsheetText"));
        assertTrue(classes.contain("org.craftrank.shortlist.solver.ShortlistSolver"));
        assertTrue(classes.contain("org.craftrank.scoring.autoassign.AutoAssigner"));
        assertTrue(classes.contain("org.craftrank.candidate.field.DateText"));
        assertTrue(classes.contain("org.craftrank.candidate.intake.SummaryTableReader"));
        assertTrue(classes.contain("org.craftrank.review.rules.EligibilityRules"));
        assertTrue(classes.contain("org.craftrank.unit.quota.QuotaPlan"));
        assertTrue(classes.contain("org.craftrank.dossier.store.ChunkedAead"));
        assertTrue(classes.contain("org.craftrank.dossier.content.FileInspector"));
        assertTrue(classes.contain("org.craftrank.scoring.page.ScoringForm"));
        assertTrue(classes.contain("org.craftrank.operations.readiness.ProductionReadiness"));
    }

    @Test
    void theEligibilityRulesUseOnlyTheJdkAndOtherPureRules() {
        ArchRule rule = classes().that().resideInAPackage("org.craftrank.review.rules..")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAnyPackage("java..", "org.craftrank.review.rules..", "org.craftrank.model.definition..")
                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                org.craftrank.candidate.field.OrganisationNames.class)))
                .because("a formal review result must be reproducible from the model and the candidates alone");
        rule.check(classes);
    }

    @Test
    void testClassesAreNotImported() {
        assertTrue(classes.stream().noneMatch(c -> c.getName().equals(ArchitectureTest.class.getName())));
    }

    @Test
    void ruleLogicDoesNotDependOnTheFramework() {
        ArchRule rule = noClasses().that().resideInAnyPackage(PURE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("rule logic must stay plain Java, testable without Quarkus");

        rule.check(classes);
    }

    @Test
    void theRankingEngineUsesOnlyTheJdkAndApacheCommonsMath() {
        ArchRule rule = classes().that().resideInAPackage("org.craftrank.ranking.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.numbers..",
                        "org.apache.commons.math3..", "org.craftrank.ranking.engine..",
                        "org.craftrank.model.definition..")
                .because("rankings must be reproducible from the sheets alone, by code anyone can check");
        rule.check(classes);
    }

    @Test
    void theShortlistSolverUsesOnlyTheJdkAndOrTools() {
        ArchRule rule = classes().that().resideInAPackage("org.craftrank.shortlist.solver..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.ortools..",
                        "org.craftrank.shortlist.solver..")
                .because("the shortlist is solved from the anonymised ranking alone, testable without the service");
        rule.check(classes);
    }

    @Test
    void personalDataCryptoAndMaskingArePlainJava() {
        assertTrue(classes.contain("org.craftrank.security.pii.PersonalDataCipher"));
        ArchRule rule = noClasses().that()
                .haveFullyQualifiedName("org.craftrank.security.pii.PersonalDataCipher")
                .or().haveFullyQualifiedName("org.craftrank.security.pii.PersonalDataMasking")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES);

        rule.check(classes);
    }

    /** Pure rule classes that live beside their feature's entities and services. */
    private static final String[] PURE_CLASSES = {
            "org.craftrank.scoring.conflict.ConflictCheck", "org.craftrank.candidate.field.OrganisationNames",
            "org.craftrank.scoring.conflict.ConflictFacts", "org.craftrank.campaign.ConflictRule",
            "org.craftrank.scoring.page.ScoringForm", "org.craftrank.scoring.page.ProgressBoard",
            "org.craftrank.scoring.page.WeightLabels", "org.craftrank.ranking.page.Spread",
            "org.craftrank.scoring.sheet.SheetRules", "org.craftrank.scoring.sheet.SheetTotals",
            "org.craftrank.scoring.sheet.ScoreValue", "org.craftrank.scoring.sheet.SheetContent",
            "org.craftrank.candidate.Gender", "org.craftrank.unit.UnitKind",
            "org.craftrank.common.access.Caller", "org.craftrank.security.access.LoginThrottle",
            "org.craftrank.security.access.SessionLifetime", "org.craftrank.ranking.Pseudonyms"};

    @Test
    void scoringAndAccessRulesArePlainJava() {
        for (String name : PURE_CLASSES) {
            assertTrue(classes.contain(name), name + " was imported");
        }
        ArchRule rule = noClasses().that().haveNameMatching(
                        String.join("|", java.util.Arrays.stream(PURE_CLASSES).map(n -> n.replace(".", "\\.") + "(\\$.*)?").toList()))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES);
        rule.check(classes);
    }
}
