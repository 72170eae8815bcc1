package org.craftrank.candidate.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    /** A fixed "today" so that no test depends on the day it runs. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static final String VALID = "11010519491231002X";

    @Test
    void theCheckCharacterFollowsIso7064Mod11Dash2() {
        assertEquals('X', ResidentIdNumber.checkChar("11010519491231002"));
        assertEquals('X', ResidentIdNumber.checkChar("44030419900307123"));
    }

    @Test
    void aWellFormedNumberWithItsCheckCharacterIsAccepted() {
        assertEquals(Optional.empty(), ResidentIdNumber.problem(VALID, TODAY));
    }

    @Test
    void aLowerCaseXIsNormalisedToUpperCaseAndAccepted() {
        String normalised = ResidentIdNumber.normalise(" 11010519491231002x ");

        assertEquals(VALID, normalised);
        assertEquals(Optional.empty(), ResidentIdNumber.problem(normalised, TODAY));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        Optional<String> problem = ResidentIdNumber.problem("110105194912310021", TODAY);

        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("check digit"), problem.get());
    }

    @Test
    void aBirthDateThatDoesNotExistIsRefused() {
        String february30 = withCheckChar("11010519490230002");

        Optional<String> problem = ResidentIdNumber.problem(february30, TODAY);

        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("not a real date"), problem.get());
    }

    @Test
    void aBirthDateAfterTodayIsRefused() {
        String bornIn2030 = withCheckChar("11010520300101002");

        Optional<String> problem = ResidentIdNumber.problem(bornIn2030, TODAY);

        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("out of range"), problem.get());
    }

    @Test
    void aBirthDateOfTodayIsAccepted() {
        String bornToday = withCheckChar("11010520260101002");

        assertEquals(Optional.empty(), ResidentIdNumber.problem(bornToday, TODAY));
    }

    @Test
    void aBirthDateBefore1900IsRefused() {
        Optional<String> problem = ResidentIdNumber.problem(withCheckChar("11010518991231002"), TODAY);

        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("out of range"), problem.get());
    }

    @Test
    void aRegionCodeStartingWithZeroIsRefused() {
        Optional<String> problem = ResidentIdNumber.problem(withCheckChar("01010519491231002"), TODAY);

        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("region code"), problem.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99010519491231002", "10010519491231002", "72010519491231002", "11000019491231002"})
    void aRegionCodeOutsideTheProvinceCodesOrNamingAWholeProvinceIsRefused(String first17) {
        Optional<String> problem = ResidentIdNumber.problem(withCheckChar(first17), TODAY);

        assertTrue(problem.isPresent(), first17);
        assertTrue(problem.get().contains("region code " + first17.substring(0, 6)), problem.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"65010219800101001", "81000019800101001", "54010219800101001", "83000019800101001"})
    void regionCodesOfEveryProvinceLevelAreaAreAccepted(String first17) {
        String number = withCheckChar(first17.replace("0000", "0101"));

        assertEquals(Optional.empty(), ResidentIdNumber.problem(number, TODAY), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010519491231002",     // 17 characters
            "11010519491231002X1",   // 19 characters
            "11010A19491231002X",    // a letter among the digits
            "1101051949123100XX",    // X before the last place
            "110105 19491231002X",   // a blank inside
            ""})
    void aNumberOfTheWrongLengthOrWithLettersIsRefused(String number) {
        Optional<String> problem = ResidentIdNumber.problem(number, TODAY);

        assertTrue(problem.isPresent(), number);
        assertTrue(problem.get().contains("17 digits"), problem.get());
    }

    @Test
    void theBirthDateIsReadFromTheNumber() {
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), ResidentIdNumber.birthDate(VALID));
    }

    @Test
    void theMaskShowsOnlyTheRegionCodeAndTheLastFourCharacters() {
        assertEquals("110105********002X", ResidentIdNumber.mask(VALID));
    }

    @Test
    void aShortInputIsMaskedWhole() {
        assertEquals("*****", ResidentIdNumber.mask("12345"));
    }

    private static String withCheckChar(String first17) {
        return first17 + ResidentIdNumber.checkChar(first17);
    }
}
