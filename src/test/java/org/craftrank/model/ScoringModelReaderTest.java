package org.craftrank.model;

import org.craftrank.model.definition.CampaignLevel;
import org.craftrank.model.definition.RuleSeverity;
import org.craftrank.model.definition.Capability;
import org.craftrank.model.definition.ExtraField;
import org.craftrank.model.definition.ModelViolation;
import org.craftrank.model.definition.ScoringModel;
import org.craftrank.model.definition.SubIndicator;
import org.craftrank.model.definition.Weight;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ScoringModelReaderTest {

    private final ScoringModelReader reader = new ScoringModelReader();

    // ---------------------------------------------------------------------------------------------------
    // The three real models in scoring-models/
    // ---------------------------------------------------------------------------------------------------

    @Nested
    class RealModels {

        @ParameterizedTest
        @ValueSource(strings = {"national-2024", "measures-2025", "shanghai-2024"})
        void everyShippedModelReadsValidWithFiveCapabilitiesOfThreeDescribedSubIndicators(String id) {
            ScoringModel model = readRealModel(id);

            assertEquals(id, model.id());
            assertEquals(5, model.capabilities().size(), "capabilities");
            for (Capability capability : model.capabilities()) {
                assertEquals(3, capability.subIndicators().size(), "sub-indicators of " + capability.code());
                for (SubIndicator sub : capability.subIndicators()) {
                    assertNotNull(sub.description(), "description of " + sub.code());
                    assertFalse(sub.description().isBlank(), "description of " + sub.code());
                }
            }
        }

        @Test
        void national2024HasTheFiveCapabilitiesOfItsNotice() {
            assertEquals(List.of("引领力", "实践力", "创新力", "攻关力", "传承力"),
                    capabilityNames(readRealModel("national-2024")));
        }

        @Test
        void measures2025HasTheFiveCapabilitiesOfTheMeasures() {
            assertEquals(List.of("引领力", "成就力", "创新力", "专注力", "传承力"),
                    capabilityNames(readRealModel("measures-2025")));
        }

        @Test
        void shanghai2024HasItsElevenGroupsAndFourExtraFields() {
            ScoringModel model = readRealModel("shanghai-2024");

            assertEquals(List.of("引领力", "实践力", "创新力", "攻关力", "传承力"), capabilityNames(model));
            assertEquals(11, model.groups().size());
            assertEquals("冶金、机械和电气", model.groups().get(0), "the first group is one name containing 、");
            assertEquals(4, model.extraFields().size());
            assertEquals(ExtraField.ExtraFieldType.BOOLEAN, model.extraFields().get(0).type());
            assertEquals("INNO", model.extraFields().get(0).capability());
        }

        @Test
        void national2024KeepsTheNoticeTextsVerbatim() {
            ScoringModel model = readRealModel("national-2024");
            SubIndicator lead1 = model.capability("LEAD").orElseThrow().subIndicators().get(0);

            assertEquals("LEAD1", lead1.code());
            assertEquals("在本职岗位上兢兢业业、勇于担当,承担本单位、本行业的工作重任", lead1.description());
            assertEquals("工作重要性的证明", lead1.evidence());
        }

        @Test
        void national2024WeighsEachCapabilityOneFifthAndEachSubIndicatorOneThird() {
            ScoringModel model = readRealModel("national-2024");

            for (Capability capability : model.capabilities()) {
                assertEquals(Weight.parse("1/5"), capability.weight(), capability.code());
                for (SubIndicator sub : capability.subIndicators()) {
                    assertEquals(Weight.parse("1/3"), sub.weight(), sub.code());
                }
            }
        }

        @Test
        void national2024AsksFiveShopFloorYearsThreeOutsideRefereesAndLimitsItsTexts() {
            var eligibility = readRealModel("national-2024").eligibility();

            assertEquals(Map.of(CampaignLevel.NATIONAL, 5), eligibility.minShopFloorYears());
            assertEquals(3, eligibility.requiredOutsideReferees());
            assertEquals(300, eligibility.textLimits().get("recommendationReason"));
            assertEquals(30, eligibility.textLimits().get("oneLineReason"));
            assertNull(eligibility.advisoryMaxAge(), "the 2024 notice sets no age limit");
        }

        @Test
        void measures2025AsksSevenFiveOrThreeShopFloorYearsByLevelAndAdvisesAMaximumAgeOf55() {
            var eligibility = readRealModel("measures-2025").eligibility();

            assertEquals(Map.of(CampaignLevel.NATIONAL, 7, CampaignLevel.PROVINCIAL, 5, CampaignLevel.CITY, 3),
                    eligibility.minShopFloorYears());
            assertEquals(55, eligibility.advisoryMaxAge());
            assertEquals(1, eligibility.maxPerGroupCompanyPerUnit());
        }

        @Test
        void measures2025RulesOnTheFlagsTheUnitsDeclareAsThe2026NoticeDoes() {
            var eligibility = readRealModel("measures-2025").eligibility();

            assertEquals(Map.of("recognisedGreatCraftsman", RuleSeverity.FAIL, "leadershipPost", RuleSeverity.WARN,
                    "otherTalentProgramme", RuleSeverity.FAIL), eligibility.declarationRules());
            assertEquals(List.of("原则上不推荐已担任单位领导职务的人员。"), eligibility.basisOf("leadershipPost"));
            assertEquals(Map.of(), readRealModel("national-2024").eligibility().declarationRules());
        }

        private List<String> capabilityNames(ScoringModel model) {
            return model.capabilities().stream().map(Capability::name).toList();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Valid fixtures
    // ---------------------------------------------------------------------------------------------------

    @Nested
    class ValidModels {

        @Test
        void theMinimalFixtureTheInvalidOnesAreBuiltFromIsValid() {
            ScoringModel model = assertValid(readFixture("valid-models", "minimal.yaml"));

            assertEquals(2, model.capabilities().size());
            assertEquals(4, model.subIndicators().count());
        }

        @Test
        void threeWeightsOfOneThirdSumToExactlyOne() {
            ScoringModel model = assertValid(readFixture("valid-models", "equal-thirds.yaml"));

            assertEquals(Weight.parse("1/3"), model.capabilities().get(0).weight());
            assertEquals(3, model.capabilities().get(0).subIndicators().size());
        }

        @Test
        void decimalWeightsThatFloatingPointWouldMissSumToExactlyOne() {
            // As doubles 0.6 + 0.3 + 0.1 is 0.9999999999999999, and so is 0.7 + 0.2 + 0.1.
            assertTrue(0.6 + 0.3 + 0.1 != 1.0, "premise: floating point would get this wrong");

            ScoringModel model = assertValid(readFixture("valid-models", "decimal-weights.yaml"));

            assertEquals(Weight.parse("3/5"), model.capabilities().get(0).weight());
            assertEquals(Weight.parse("7/10"), model.capabilities().get(0).subIndicators().get(2).weight());
        }

        @Test
        void aModelWrittenAsJsonReadsToo() {
            ScoringModel model = assertValid(readFixture("valid-models", "json-model.json"));

            assertEquals("json-model", model.id());
            assertEquals(Weight.parse("1/4"), model.capabilities().get(0).weight(), "a JSON number weight");
            assertEquals(Weight.parse("3/4"), model.capabilities().get(1).weight(), "a JSON text fraction weight");
            assertEquals(Map.of(CampaignLevel.PROVINCIAL, 5, CampaignLevel.CITY, 3),
                    model.eligibility().minShopFloorYears());
            assertEquals(2, model.eligibility().requiredOutsideReferees());
        }

        @Test
        void aJsonFileIsReadAsJsonNotAsYaml() {
            // YAML would accept this flow mapping with a comment; JSON has no comments.
            String json = readText("valid-models", "json-model.json").replaceFirst("\\{", "{ # comment\n");

            ScoringModelReader.Result result = reader.read("json-model.json", json);

            assertReports(result, "line 1", "syntax");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Invalid fixtures: one fault each
    // ---------------------------------------------------------------------------------------------------

    @Nested
    class InvalidModels {

        @Test
        void capabilityWeightsMustSumToExactlyOne() {
            assertReports(readInvalid("capability-weights-not-one"), "capabilities", "weights-sum-to-one");
        }

        @Test
        void theSubIndicatorWeightsOfEachCapabilityMustSumToExactlyOne() {
            assertReports(readInvalid("sub-indicator-weights-not-one"),
                    "capabilities[1].subIndicators", "weights-sum-to-one");
        }

        @Test
        void aWeightOfZeroIsRefused() {
            assertReports(readInvalid("zero-weight"),
                    "capabilities[0].subIndicators[0].weight", "weight-positive");
        }

        @Test
        void aNegativeWeightIsRefused() {
            assertReports(readInvalid("negative-weight"), "capabilities[0].weight", "weight-positive");
        }

        @Test
        void aWeightThatIsNeitherADecimalNorAFractionIsRefused() {
            assertReports(readInvalid("malformed-weight"),
                    "capabilities[0].subIndicators[1].weight", "weight-format");
        }

        @Test
        void capabilitiesAndSubIndicatorsShareOneNamespaceOfCodes() {
            assertReports(readInvalid("duplicate-code"), "capabilities[1].subIndicators[0].code", "codes-unique");
        }

        @Test
        void aCodeMustBeUpperCaseLettersDigitsOrUnderscore() {
            assertReports(readInvalid("bad-code-shape"), "capabilities[0].subIndicators[1].code", "code-shape");
        }

        @Test
        void theScaleMaximumMustLieAboveItsMinimum() {
            assertReports(readInvalid("scale-max-not-above-min"), "scale.max", "scale-sane");
        }

        @Test
        void theScaleStepMustDivideTheRangeIntoWholeSteps() {
            assertReports(readInvalid("scale-step-not-dividing"), "scale.step", "scale-sane");
        }

        @Test
        void aModelWithoutAScaleIsRefused() {
            assertReports(readInvalid("missing-scale"), "scale", "required");
        }

        @Test
        void everySubIndicatorNeedsADescription() {
            assertReports(readInvalid("missing-description"),
                    "capabilities[0].subIndicators[1].description", "required");
        }

        @Test
        void anUnknownKeyIsRefusedWithItsNestedPath() {
            assertReports(readInvalid("unknown-key"), "capabilities[0].subIndicators[1].colour", "known-key");
        }

        @Test
        void theIdMustEqualTheFileName() {
            assertReports(readInvalid("id-not-matching-file"), "id", "id-matches-file");
        }

        @Test
        void theIdMustBeLowerCaseLettersDigitsOrHyphens() {
            assertReports(readInvalid("bad_id_shape"), "id", "id-shape");
        }

        @Test
        void theIdentityNumberCanNeverBePublished() {
            assertReports(readInvalid("personal-publishable-field"), "publishableFields[1]", "not-personal");
        }

        @Test
        void onlyKnownCandidateFieldsMayBePublished() {
            assertReports(readInvalid("unknown-publishable-field"), "publishableFields[1]", "known-field");
        }

        @Test
        void onlyKnownCandidateTextsMayBeLengthLimited() {
            assertReports(readInvalid("unknown-text-limit"), "eligibility.textLimits.biography", "known-field");
        }

        @Test
        void declarationRulesNameKnownFlagsAndSeverities() {
            assertReports(readInvalid("unknown-declaration-rule"), "eligibility.declarationRules.vegetarian",
                    "known-field");
            assertReports(readInvalid("unknown-declaration-severity"), "eligibility.declarationRules.leadershipPost",
                    "known-severity");
        }

        @Test
        void shopFloorYearsMayOnlyBeSetForNationalProvincialOrCityCampaigns() {
            assertReports(readInvalid("unknown-campaign-level"),
                    "eligibility.minShopFloorYears.COUNTY", "known-level");
        }

        @Test
        void minimumShopFloorYearsCannotBeNegative() {
            assertReports(readInvalid("negative-years"), "eligibility.minShopFloorYears.NATIONAL", "non-negative");
        }

        @Test
        void aGroupMayBeListedOnlyOnce() {
            assertReports(readInvalid("duplicate-group"), "groups[2]", "unique");
        }

        @Test
        void anExtraFieldMustBelongToACapabilityOfTheModel() {
            assertReports(readInvalid("extra-field-unknown-capability"),
                    "extraFields[0].capability", "known-capability");
        }

        @Test
        void anExtraFieldMustBeBooleanOrCount() {
            assertReports(readInvalid("extra-field-bad-type"), "extraFields[0].type", "known-type");
        }

        @Test
        void aFileThatIsNotYamlIsRefusedWithTheLineOfTheError() {
            ScoringModelReader.Result result = readInvalid("syntax-error");

            assertEquals(1, result.violations().size(), () -> describe(result.violations()));
            ModelViolation violation = result.violations().get(0);
            assertEquals("syntax", violation.rule());
            assertTrue(violation.path().matches("line \\d+"), "path names the line: " + violation.path());
            assertNull(result.model());
        }

        @Test
        void aModelNeedsAtLeastOneCapability() {
            assertReports(readInvalid("empty-capabilities"), "capabilities", "not-empty");
        }

        @Test
        void aFileWithSeveralFaultsReportsAllOfThem() {
            ScoringModelReader.Result result = readInvalid("several-faults");

            assertAll(
                    () -> assertReports(result, "capabilities", "weights-sum-to-one"),
                    () -> assertReports(result, "capabilities[1].subIndicators[0].description", "required"),
                    () -> assertReports(result, "capabilities[0].subIndicators[0].colour", "known-key"),
                    () -> assertReports(result, "publishableFields[1]", "not-personal"));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------

    private ScoringModel readRealModel(String id) {
        String fileName = id + ".yaml";
        try {
            String content = Files.readString(Path.of("scoring-models", fileName), StandardCharsets.UTF_8);
            return assertValid(reader.read(fileName, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScoringModelReader.Result readInvalid(String caseName) {
        return readFixture("invalid-models", caseName + ".yaml");
    }

    private ScoringModelReader.Result readFixture(String folder, String fileName) {
        return reader.read(fileName, readText(folder, fileName));
    }

    private static String readText(String folder, String fileName) {
        String resource = "/" + folder + "/" + fileName;
        try (InputStream in = ScoringModelReaderTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoringModel assertValid(ScoringModelReader.Result result) {
        assertTrue(result.valid(), () -> "expected a valid model, got:\n" + describe(result.violations()));
        assertNotNull(result.model());
        return result.model();
    }

    private static void assertReports(ScoringModelReader.Result result, String path, String rule) {
        assertFalse(result.valid(), "expected the model to be refused");
        assertNull(result.model(), "a refused model yields no model");
        boolean reported = result.violations().stream()
                .anyMatch(v -> v.path().equals(path) && v.rule().equals(rule));
        assertTrue(reported, () -> "expected a violation of " + rule + " at " + path + ", got:\n"
                + describe(result.violations()));
    }

    private static String describe(List<ModelViolation> violations) {
        return violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
