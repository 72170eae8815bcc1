package org.craftrank.scoring.sheet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A capability's weighted score on a submitted sheet: exact fraction and its rounded decimal. */
@Embeddable
public class CapabilityTotal {

    @Column(name = "total_exact")
    public String exact;

    @Column(precision = 20, scale = 10)
    public BigDecimal total;

    public CapabilityTotal() {
    }

    public CapabilityTotal(String exact, BigDecimal total) {
        this.exact = exact;
        this.total = total;
    }
}
