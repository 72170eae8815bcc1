package org.craftrank.scoring.sheet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.apache.commons.numbers.fraction.BigFraction;
import org.craftrank.model.definition.ExactDecimals;

import java.math.BigDecimal;

/**
 * A capability's weighted score on a submitted sheet: the exact fraction (as text and as two integers, which the
 * ranking reads) and its rounded decimal.
 */
@Embeddable
public class CapabilityTotal {

    @Column(name = "total_exact")
    public String exact;

    @Column(precision = 20, scale = 10)
    public BigDecimal total;

    @Column(name = "total_numerator")
    public long numerator;

    @Column(name = "total_denominator")
    public long denominator;

    public CapabilityTotal() {
    }

    public static CapabilityTotal of(BigFraction value) {
        CapabilityTotal total = new CapabilityTotal();
        total.exact = ExactDecimals.toText(value);
        total.total = SheetTotals.decimal(value);
        total.numerator = value.getNumerator().longValueExact();
        total.denominator = value.getDenominator().longValueExact();
        return total;
    }
}
