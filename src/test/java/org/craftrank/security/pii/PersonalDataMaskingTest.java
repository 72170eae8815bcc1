package org.craftrank.security.pii;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalDataMaskingTest {

    @Test
    void masksIdNumbersIncludingALowerCaseX() {
        assertEquals("id 110105********002X.", PersonalDataMasking.mask("id 11010519491231002X."));
        assertEquals("110105********002x", PersonalDataMasking.mask("11010519491231002x"));
    }

    @Test
    void masksMobileNumbersInsideText() {
        assertEquals("电话139****5678，谢谢", PersonalDataMasking.mask("电话13912345678，谢谢"));
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertEquals("campaign 42, 2024-06-12, 1234567890123", PersonalDataMasking.mask("campaign 42, 2024-06-12, 1234567890123"));
        assertEquals("hash d9f29940c31bd3f48e942f75260894064e8a2cfddb1c4ffbdd6984ffcb67ad8c",
                PersonalDataMasking.mask("hash d9f29940c31bd3f48e942f75260894064e8a2cfddb1c4ffbdd6984ffcb67ad8c"));
    }
}
