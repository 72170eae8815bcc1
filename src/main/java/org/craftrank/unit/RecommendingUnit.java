package org.craftrank.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 推荐单位: a body that nominates candidates under a quota (推荐名额). */
@Entity
@Table(name = "recommending_unit")
public class RecommendingUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public Long campaignId;

    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public UnitKind kind;

    /** Maximum number of candidates the unit may nominate. */
    public int quota;

    /** The lower end of a quota range (2026: 各设区市总工会推荐2-3名人选); null when the quota is a plain maximum. */
    @Column(name = "quota_min")
    public Integer minimum;

    @Version
    public long version;
}
