package org.craftrank.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.craftrank.model.definition.RuleSeverity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored reason of a formal review result. */
@Embeddable
public class ReviewFinding {

    @Column(name = "rule")
    public String rule;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public RuleSeverity severity;

    public String message;

    public String basis;
}
