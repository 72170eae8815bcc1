package org.craftrank;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout by feature: each top-level package under {@code org.craftrank} is a feature (or the shared
 * {@code common}, {@code export} and the page shell {@code web}); features depend on each other without cycles,
 * their HTTP adapters ({@code api/} for JSON, {@code page/} for HTML) sit on top of their services, and each
 * feature's tables are queried only by that feature. Each rule was broken once by hand to see it fail.
 */
class StructureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.craftrank");
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        assertTrue(classes.contain("org.craftrank.scoring.sheet.ScoreSheetService"), "classes were imported");
        slices().matching("org.craftrank.(*)..").should().beFreeOfCycles()
                .because("a feature that must ask a higher one asks through an interface the higher one implements")
                .check(classes);
    }

    @Test
    void thePageShellKnowsNoFeature() {
        assertTrue(classes.contain("org.craftrank.web.PageFrames"));
        classes().that().resideInAPackage("org.craftrank.web..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("org.craftrank..")
                        .or(JavaClass.Predicates.resideInAnyPackage("org.craftrank.web..", "org.craftrank.common..")))
                .because("every page shares the shell, so the shell cannot know any one page's feature")
                .check(classes);
    }

    @Test
    void adaptersAreReachedFromNothingBelowThem() {
        assertTrue(classes.contain("org.craftrank.scoring.api.MyScoringResource"));
        assertTrue(classes.contain("org.craftrank.scoring.page.ExpertPages"));
        noClasses().that().resideOutsideOfPackages("org.craftrank.*.api..", "org.craftrank.*.page..",
                        "org.craftrank.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.craftrank.*.api..", "org.craftrank.*.page..")
                .because("services, entities and the pure core must work without the HTTP side")
                .check(classes);
    }

    @Test
    void adaptersHoldNoTransactionsAndNoEntityManager() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.craftrank.*.api..",
                        "org.craftrank.*.page..", "org.craftrank.web..")
                .should().notBeAnnotatedWith("jakarta.transaction.Transactional")
                .because("transactions belong to services, so a page and the API share one transactional read path")
                .check(classes);
        classes().that().resideInAnyPackage("org.craftrank.*.api..", "org.craftrank.*.page..",
                        "org.craftrank.web..")
                .should().notBeAnnotatedWith("jakarta.transaction.Transactional")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.craftrank.*.api..", "org.craftrank.*.page..",
                        "org.craftrank.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void noTwoClassesShareASimpleName() {
        Map<String, List<String>> byName = classes.stream().filter(c -> c.isTopLevelClass())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        Map<String, List<String>> twice = new TreeMap<>(byName);
        twice.values().removeIf(names -> names.size() < 2);
        assertEquals(Map.of(), twice, "one name, one class: a reader (and an IDE search) finds the right one");
    }

    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern ENTITY_IN_QUERY = Pattern.compile(
            "\\b(?:from|join|update|delete from|into)\\s+([A-Z][A-Za-z]+)\\b");

    /**
     * A JPQL string names the entities it reads; the entity belongs to one feature, and only that feature may
     * name it, so a query cannot reach past a feature's service unseen by the import rules above.
     */
    @Test
    void eachFeatureQueriesOnlyItsOwnEntities() throws IOException {
        Map<String, String> featureOfEntity = new TreeMap<>();
        classes.stream().filter(c -> c.isAnnotatedWith("jakarta.persistence.Entity"))
                .forEach(c -> featureOfEntity.put(c.getSimpleName(), feature(c.getPackageName())));
        assertTrue(featureOfEntity.containsKey("ScoreSheet") && featureOfEntity.containsKey("Campaign"),
                "entities found: " + featureOfEntity.keySet());
        Path root = Path.of("src/main/java/org/craftrank");
        List<String> trespasses = new ArrayList<>();
        int queries = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = root.relativize(file).getName(0).toString();
                if (Set.of("demo").contains(feature)) {
                    continue; // the demo seeds every feature's rows on purpose, like a test fixture
                }
                String source = Files.readString(file);
                Matcher string = STRING.matcher(source);
                while (string.find()) {
                    Matcher entity = ENTITY_IN_QUERY.matcher(string.group(1));
                    while (entity.find()) {
                        String owner = featureOfEntity.get(entity.group(1));
                        if (owner == null) {
                            continue;
                        }
                        queries++;
                        if (!owner.equals(feature)) {
                            trespasses.add(root.relativize(file) + " names " + entity.group(1) + " of " + owner);
                        }
                    }
                }
            }
        }
        assertTrue(queries > 20, "the scan found the project's queries (" + queries + ")");
        assertEquals(List.of(), trespasses);
    }

    private static String feature(String packageName) {
        String rest = packageName.substring("org.craftrank.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
