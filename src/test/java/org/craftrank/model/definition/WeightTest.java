package org.craftrank.model.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightTest {

    private static final Weight ONE_THIRD = Weight.parse("1/3");

    @Test
    void aFractionIsReadExactly() {
        assertEquals("1/3", ONE_THIRD.toExactString());
    }

    @Test
    void aDecimalIsReadAsTheFractionItDenotes() {
        assertEquals(Weight.parse("1/5"), Weight.parse("0.2"));
        assertEquals("1/5", Weight.parse("0.2").toExactString());
    }

    @Test
    void aWholeNumberIsReadAsThatNumber() {
        assertEquals(Weight.ONE, Weight.parse("1"));
        assertEquals("1", Weight.parse("1").toExactString());
    }

    @Test
    void anUnreducedFractionWithBlanksEqualsItsReducedForm() {
        Weight twoSixths = Weight.parse(" 2 / 6 ");

        assertEquals(ONE_THIRD, twoSixths);
        assertEquals(ONE_THIRD.hashCode(), twoSixths.hashCode(), "equal weights hash alike");
        assertEquals("1/3", twoSixths.toExactString());
    }

    @Test
    void aDecimalNumberFromTheFileEqualsTheSameWeightWrittenAsText() {
        assertEquals(Weight.parse("0.25"), Weight.of(new BigDecimal("0.250")));
        assertEquals(Weight.parse("1/4"), Weight.of(new BigDecimal("0.25")));
        assertEquals(Weight.parse("20"), Weight.of(new BigDecimal("2E+1")), "a negative scale is a whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1/0", "", "1/3/4", "one/3", "0.2.1"})
    void textThatIsNeitherADecimalNorAFractionIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Weight.parse(text));
    }

    @Test
    void aZeroDenominatorIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weight.parse("1/0"));

        assertTrue(e.getMessage().contains("zero denominator"), e.getMessage());
    }

    @Test
    void aMalformedWeightIsNamedInTheRefusal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weight.parse("abc"));

        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
    }

    @Test
    void oneThirdIsDisplayedRoundedToTenDecimals() {
        assertEquals(new BigDecimal("0.3333333333"), ONE_THIRD.toDisplayDecimal());
        assertEquals(new BigDecimal("0.6666666667"), Weight.parse("2/3").toDisplayDecimal());
    }

    @Test
    void aTerminatingWeightIsDisplayedWithoutTrailingZeros() {
        assertEquals(new BigDecimal("0.2"), Weight.parse("1/5").toDisplayDecimal());
    }

    @Test
    void threeThirdsSumToExactlyOne() {
        assertEquals(Weight.ONE, ONE_THIRD.plus(ONE_THIRD).plus(ONE_THIRD));
    }

    @Test
    void decimalsSumExactlyWhereFloatingPointWouldNot() {
        Weight sum = Stream.of("0.7", "0.2", "0.1").map(Weight::parse).reduce(Weight.ZERO, Weight::plus);

        assertEquals(Weight.ONE, sum);
    }

    @Test
    void theRoundedDisplayOfAThirdDoesNotCountAsAThird() {
        Weight almost = ONE_THIRD.plus(ONE_THIRD).plus(Weight.parse("0.3333333333"));

        assertNotEquals(Weight.ONE, almost);
        assertTrue(almost.compareTo(Weight.ONE) < 0);
    }

    @Test
    void onlyWeightsAboveZeroArePositive() {
        assertTrue(ONE_THIRD.isPositive());
        assertFalse(Weight.ZERO.isPositive());
        assertFalse(Weight.parse("-1/3").isPositive());
    }

    @Test
    void aNegativeDenominatorMovesItsSignToTheNumerator() {
        assertEquals("-1/2", Weight.parse("1/-2").toExactString());
        assertEquals("1/2", Weight.parse("-1/-2").toExactString());
    }
}
