package org.craftrank.candidate.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13912341234", "18600001111", "19912345678"})
    void anElevenDigitMobileNumberIsAccepted(String number) {
        assertTrue(PhoneNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "01012345678", "0571-8888888", "021-12345678-123"})
    void aLandlineWithItsAreaCodeIsAccepted(String number) {
        assertTrue(PhoneNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12912341234",    // mobile numbers do not start with 12
            "1391234123",     // 10 digits
            "139123412345",   // 12 digits
            "12345678",       // landline without an area code
            "010-123456",     // landline too short
            "1391234abcd",
            "+8613912341234",
            ""})
    void aNumberThatIsNeitherMobileNorLandlineIsRefused(String number) {
        assertFalse(PhoneNumber.isValid(number));
    }

    @Test
    void blanksTypedAsSeparatorsAreRemoved() {
        String normalised = PhoneNumber.normalise(" 139 1234 1234 ");

        assertEquals("13912341234", normalised);
        assertTrue(PhoneNumber.isValid(normalised));
    }

    @Test
    void theMaskShowsTheFirstThreeAndLastFourDigits() {
        assertEquals("139****1234", PhoneNumber.mask("13912341234"));
    }

    @Test
    void aShortNumberIsMaskedWhole() {
        assertEquals("*******", PhoneNumber.mask("1234567"));
    }
}
