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

    /** The unit's contact (联系人及联系方式) as the secretariat typed it; optional. */
    public String contact;

    /** Where the unit's list stands: 未上报 / 已上报 / 已退回. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "list_status")
    public UnitListStatus listStatus = UnitListStatus.OPEN;

    @Column(name = "list_submitted_at")
    public java.time.Instant listSubmittedAt;

    @Column(name = "list_returned_at")
    public java.time.Instant listReturnedAt;

    /** Why the secretariat last returned the list; kept after resubmission, replaced by the next return. */
    @Column(name = "list_return_reason")
    public String listReturnReason;

    @Version
    public long version;
}
