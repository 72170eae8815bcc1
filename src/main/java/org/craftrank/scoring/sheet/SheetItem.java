package org.craftrank.scoring.sheet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One item's score (null while undecided in a draft) and optional comment. */
@Embeddable
public class SheetItem {

    @Column(precision = 8, scale = 4)
    public BigDecimal score;

    public String comment;

    public SheetItem() {
    }

    public SheetItem(BigDecimal score, String comment) {
        this.score = score;
        this.comment = comment;
    }
}
